package org.openasc.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.AssessmentAnswers;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.People;
import org.openasc.testing.TestDates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class AssessmentApiTest extends IntegrationTest {


    private JsonNode requestFor(Api practitioner) {
        String person = People.create(practitioner, "Arthur");
        Map<String, Object> request = Map.of("personId", person, "clientType", "Service user", "routeOfAccess", "Discharge from hospital",
                "receivedOn", TestDates.today().minusDays(10).toString(), "summary", "Home from hospital after a stroke");
        Api.Response created = practitioner.post("/api/v1/requests", request);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    @Test
    void aNeedsAssessmentComesOutEligibleFromItsAnswersAndTheRequestFollows() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        JsonNode request = requestFor(practitioner);

        Api.Response started = practitioner.post("/api/v1/assessments", Map.of("requestId", request.path("id").asString(),
                "assessmentType", "Long term assessment", "method", "Face to face", "startedOn", TestDates.today().minusDays(3).toString()));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        assertThat(started.json().path("personId").asString()).isEqualTo(request.path("personId").asString());
        assertThat(started.json().path("kind").asString()).isEqualTo("NEEDS");
        assertThat(started.json().path("eligible").isMissingNode()).isTrue();
        // The front door moves the request on when it hears the assessment started, just after it is saved (ADR 20).
        await().untilAsserted(() -> assertThat(practitioner.get("/api/v1/requests/" + request.path("id").asString()).json().path("stage")
                .asString()).isEqualTo("ASSESSMENT_IN_PROGRESS"));
        String path = "/api/v1/assessments/" + started.json().path("id").asString();

        Api.Response answered = practitioner.put(path, Map.of("version", started.json().path("version").asInt(),
                "outcomes", AssessmentAnswers.unable("PERSONAL_HYGIENE", "NUTRITION", "HOME_SAFELY")));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answered.json().path("eligible").asBoolean()).isTrue();
        assertThat(answered.json().path("reasons").toString()).contains("Unable to achieve 3 outcomes", "regulation 2(1)");

        Api.Response early = practitioner.post(path + "/complete", Map.of("completedOn", TestDates.today().minusDays(4).toString(),
                "version", answered.json().path("version").asInt()));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.errorFor("completedOn")).contains("cannot be completed", "before it started");

        Api.Response completed = practitioner.post(path + "/complete", Map.of("completedOn", TestDates.today().toString(),
                "version", answered.json().path("version").asInt()));
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        assertThat(completed.json().path("eligibleNeedsIdentified").asString()).isEqualTo("Yes");
        await().untilAsserted(() -> assertThat(practitioner.get("/api/v1/requests/" + request.path("id").asString()).json()
                .path("assessmentCompletedOn").asString()).isEqualTo(TestDates.today().toString()));

        Api.Response changedAfter = practitioner.put(path, Map.of("version", completed.json().path("version").asInt(), "outcomes", AssessmentAnswers.unable()));
        assertThat(changedAfter.status()).isEqualTo(400);
        assertThat(changedAfter.json().path("errors").get(0).path("message").asString()).contains("cannot be changed");
    }

    @Test
    void aManagerAuthorisesTheDeterminationButNotTheirOwnAndPractitionersCannot() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        Api manager = staffWith(Role.TEAM_MANAGER);
        String person = People.create(practitioner, "Beryl");
        JsonNode a = practitioner.post("/api/v1/assessments", Map.of("personId", person, "assessmentType", "Short term assessment",
                "method", "Telephone", "startedOn", TestDates.today().toString())).json();
        String path = "/api/v1/assessments/" + a.path("id").asString();
        JsonNode answered = practitioner.put(path, Map.of("version", a.path("version").asInt(), "outcomes", AssessmentAnswers.unable("CLOTHING"))).json();
        assertThat(answered.path("eligible").asBoolean()).isFalse();
        JsonNode completed = practitioner.post(path + "/complete", Map.of("completedOn", TestDates.today().toString(), "version", answered.path("version").asInt())).json();
        assertThat(completed.path("eligibleNeedsIdentified").asString()).isEqualTo("No");

        assertThat(practitioner.post(path + "/authorise", Map.of("version", completed.path("version").asInt())).status()).isEqualTo(403);
        Api.Response authorised = manager.post(path + "/authorise", Map.of("version", completed.path("version").asInt()));
        assertThat(authorised.status()).as(authorised.toString()).isEqualTo(200);
        assertThat(authorised.json().path("authorisedBy").asString()).isEqualTo(manager.username());

        JsonNode own = manager.post("/api/v1/assessments", Map.of("personId", person, "assessmentType", "Short term assessment",
                "method", "Telephone", "startedOn", TestDates.today().toString())).json();
        String ownPath = "/api/v1/assessments/" + own.path("id").asString();
        JsonNode ownAnswered = manager.put(ownPath, Map.of("version", own.path("version").asInt(), "outcomes", AssessmentAnswers.unable())).json();
        JsonNode ownCompleted = manager.post(ownPath + "/complete", Map.of("completedOn", TestDates.today().toString(), "version", ownAnswered.path("version").asInt())).json();
        Api.Response selfAuthorised = manager.post(ownPath + "/authorise", Map.of("version", ownCompleted.path("version").asInt()));
        assertThat(selfAuthorised.status()).isEqualTo(400);
        assertThat(selfAuthorised.json().path("errors").get(0).path("message").asString()).contains("Another manager");
    }

    @Test
    void aCarersAssessmentUsesTheCarerCriteria() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        String person = People.create(practitioner, "Carol");
        JsonNode a = practitioner.post("/api/v1/assessments", Map.of("personId", person, "assessmentType", "Unpaid carer assessment",
                "method", "Face to face", "startedOn", TestDates.today().toString())).json();
        assertThat(a.path("kind").asString()).isEqualTo("CARER");
        assertThat(a.path("outcomes").size()).isEqualTo(8);
        List<Map<String, Object>> outcomes = new ArrayList<>();
        EligibilityOutcome.forCarers().forEach(o -> outcomes.add(Map.of("outcome", o.name(), "unable", o == EligibilityOutcome.RECREATION)));

        Api.Response answered = practitioner.put("/api/v1/assessments/" + a.path("id").asString(), Map.of("version", a.path("version").asInt(),
                "outcomes", outcomes, "carer", Map.of("needsFromCaring", true, "healthAtRisk", false, "significantImpact", true)));

        assertThat(answered.json().path("eligible").asBoolean()).as(answered.toString()).isTrue();
        Api.Response adultOutcome = practitioner.put("/api/v1/assessments/" + a.path("id").asString(), Map.of("version", answered.json().path("version").asInt(),
                "outcomes", List.of(Map.of("outcome", "TOILET_NEEDS", "unable", true))));
        assertThat(adultOutcome.status()).isEqualTo(400);
        assertThat(adultOutcome.errorFor("outcomes")).contains("Unknown outcome TOILET_NEEDS");
    }

    @Test
    void aCapacityAssessmentNeedsABestInterestsDecisionWhenThePersonLacksCapacity() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        String person = People.create(practitioner, "Doris");
        JsonNode a = practitioner.post("/api/v1/assessments", Map.of("personId", person, "assessmentType", "Mental capacity assessment",
                "method", "Face to face", "startedOn", TestDates.today().toString())).json();
        String path = "/api/v1/assessments/" + a.path("id").asString();
        Map<String, Object> capacity = new HashMap<>(Map.of("decision", "Whether to move into a care home", "impairment", true,
                "unableToUnderstand", true, "unableToRetain", true, "unableToWeigh", true, "unableToCommunicate", false, "causedByImpairment", true));
        JsonNode answered = practitioner.put(path, Map.of("version", a.path("version").asInt(), "capacity", capacity)).json();
        assertThat(answered.path("lacksCapacity").asBoolean()).isTrue();

        Api.Response incomplete = practitioner.post(path + "/complete", Map.of("completedOn", TestDates.today().toString(), "version", answered.path("version").asInt()));
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.errorFor("capacity.bestInterestsDecision")).contains("record the best-interests decision");

        capacity.put("bestInterestsDecision", "Move to Oak House with her sister's agreement");
        JsonNode withDecision = practitioner.put(path, Map.of("version", answered.path("version").asInt(), "capacity", capacity)).json();
        Api.Response completed = practitioner.post(path + "/complete", Map.of("completedOn", TestDates.today().toString(), "version", withDecision.path("version").asInt()));
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        assertThat(completed.json().path("eligibleNeedsIdentified").isMissingNode()).isTrue();
    }

    @Test
    void badStartsAreRefusedPerFieldAndNothingIsSaved() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        Api.Response refused = practitioner.post("/api/v1/assessments", Map.of("assessmentType", "Gut feeling", "method", "Telepathy",
                "startedOn", TestDates.today().plusDays(2).toString()));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFor("personId")).contains("Say who is being assessed");
        assertThat(refused.errorFor("assessmentType")).contains("type of assessment");
        assertThat(refused.errorFor("method")).contains("method of assessment");
        assertThat(refused.errorFor("startedOn")).contains("today or in the past");
        assertThat(staffWith(Role.FINANCE).post("/api/v1/assessments", Map.of()).status()).isEqualTo(403);
        assertThat(staffWith(Role.COUNCILLOR).get("/api/v1/assessments/" + java.util.UUID.randomUUID()).status()).isEqualTo(403);
    }

    @Test
    void twoPeopleAnsweringAtOnceDoNotOverwriteEachOther() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        String person = People.create(practitioner, "Ernest");
        JsonNode a = practitioner.post("/api/v1/assessments", Map.of("personId", person, "assessmentType", "Long term assessment",
                "startedOn", TestDates.today().toString())).json();
        String path = "/api/v1/assessments/" + a.path("id").asString();
        assertThat(practitioner.put(path, Map.of("version", a.path("version").asInt(), "outcomes", AssessmentAnswers.unable("CLOTHING"))).status()).isEqualTo(200);
        Api.Response stale = staffIn(Set.of(), Role.PRACTITIONER).put(path, Map.of("version", a.path("version").asInt(), "outcomes", AssessmentAnswers.unable()));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(practitioner.get(path).json().path("outcomes").toString()).contains("\"outcome\":\"CLOTHING\",\"label\":\"Being appropriately clothed\",\"unable\":true");
    }
}
