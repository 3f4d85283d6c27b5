package org.openasc.frontdoor;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import tools.jackson.databind.JsonNode;

import org.openasc.assessment.AssessmentAuthorised;
import org.openasc.assessment.AssessmentCompleted;
import org.openasc.assessment.AssessmentStarted;
import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.AssessmentAnswers;
import org.openasc.testing.Events;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.People;
import org.openasc.testing.TestDates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front door moves a request on as the assessment module announces its assessment (ADR 20), after the assessment is
 * saved and by the system, naming who did the work:
 *
 * <pre>
 * 3 Mar 1986   request received, allocated on 5 Mar                  Awaiting assessment
 * 10 Mar 1986  assessment started            -> request              Assessment in progress, assessment started 10 Mar
 * 20 Mar 1986  assessment completed, eligible -> request             assessment completed 20 Mar
 * today        determination authorised       -> request history     "Eligibility authorised: eligible"
 * 25 Mar 1986  request closed: progress to support planning or services (by hand, as before)
 * </pre>
 * Each announcement delivered a second time leaves the request as it was (same version, same history).
 */
@EnableScenarios
class RequestFollowsItsAssessmentTest extends IntegrationTest {

    @Test
    void theRequestMovesOnAsItsAssessmentStartsCompletesAndIsAuthorisedAndOnlyOnce(Scenario scenario) {
        long team = newTeam("Locality ");
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        Api manager = staffIn(Set.of(team), Role.TEAM_MANAGER);
        String person = People.create(practitioner, "Iris");
        JsonNode received = practitioner.post("/api/v1/requests", Map.of("personId", person, "clientType", "Service user",
                "routeOfAccess", "Community/Other route", "receivedOn", "1986-03-03", "summary", "Cannot manage the stairs")).json();
        String requestId = received.path("id").asString();
        String path = "/api/v1/requests/" + requestId;
        JsonNode allocated = manager.post(path + "/allocation", Map.of("teamId", team, "worker", practitioner.username(),
                "allocatedOn", "1986-03-05", "version", received.path("version").asInt())).json();
        assertThat(allocated.path("stage").asString()).isEqualTo("AWAITING_ASSESSMENT");

        Api.Response started = practitioner.post("/api/v1/assessments", Map.of("requestId", requestId, "assessmentType", "Long term assessment",
                "method", "Face to face", "startedOn", "1986-03-10"));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        String assessmentId = started.json().path("id").asString();
        long number = started.json().path("assessmentNumber").asLong();
        Events.awaitDelivered(jdbc, assessmentId);
        JsonNode inProgress = practitioner.get(path).json();
        assertThat(inProgress.path("stage").asString()).isEqualTo("ASSESSMENT_IN_PROGRESS");
        assertThat(inProgress.path("assessmentStartedOn").asString()).isEqualTo("1986-03-10");
        assertThat(inProgress.path("version").asInt()).isGreaterThan(allocated.path("version").asInt());
        assertHistory(inProgress, "Assessment started", "Long term assessment " + number + ", started 1986-03-10 by " + practitioner.username());

        String assessment = "/api/v1/assessments/" + assessmentId;
        JsonNode answered = practitioner.put(assessment, Map.of("version", started.json().path("version").asInt(),
                "outcomes", AssessmentAnswers.unable("PERSONAL_HYGIENE", "NUTRITION"))).json();
        JsonNode completed = practitioner.post(assessment + "/complete", Map.of("completedOn", "1986-03-20",
                "version", answered.path("version").asInt())).json();
        Events.awaitDelivered(jdbc, assessmentId);
        JsonNode assessed = practitioner.get(path).json();
        assertThat(assessed.path("assessmentCompletedOn").asString()).isEqualTo("1986-03-20");
        assertThat(assessed.path("stage").asString()).isEqualTo("ASSESSMENT_IN_PROGRESS");
        assertHistory(assessed, "Assessment completed", "Long term assessment " + number + ", completed 1986-03-20 by " + practitioner.username());

        Api.Response authorised = manager.post(assessment + "/authorise", Map.of("version", completed.path("version").asInt()));
        assertThat(authorised.status()).as(authorised.toString()).isEqualTo(200);
        Events.awaitDelivered(jdbc, assessmentId);
        JsonNode decided = practitioner.get(path).json();
        assertHistory(decided, "Eligibility authorised", "Long term assessment " + number + ": eligible, authorised " + TestDates.today()
                + " by " + manager.username());

        UUID id = UUID.fromString(assessmentId);
        UUID personId = UUID.fromString(person);
        UUID request = UUID.fromString(requestId);
        LocalDate startedOn = LocalDate.of(1986, 3, 10);
        LocalDate completedOn = LocalDate.of(1986, 3, 20);
        for (Object again : new Object[] {
                new AssessmentStarted(id, number, personId, request, "Long term assessment", startedOn, practitioner.username()),
                new AssessmentCompleted(id, number, personId, request, "Long term assessment", startedOn, completedOn, "Yes", null,
                        practitioner.username()),
                new AssessmentAuthorised(id, number, personId, request, "Long term assessment", startedOn, completedOn, true, TestDates.today(),
                        manager.username())}) {
            scenario.publish(again).andWaitForStateChange(() -> Events.waiting(jdbc, assessmentId), waiting -> waiting == 0)
                    .andVerify(waiting -> {
                        JsonNode now = practitioner.get(path).json();
                        assertThat(now.path("version").asInt()).as("delivered again: %s", again).isEqualTo(decided.path("version").asInt());
                        assertThat(now.path("history")).hasSameSizeAs(decided.path("history"));
                    });
        }

        // Closed, so that the request waits on no later list another test counts.
        Api.Response closed = practitioner.post(path + "/close", Map.of("outcome", "Progress to support planning or services",
                "closedOn", "1986-03-25", "version", decided.path("version").asInt()));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
    }

    @Test
    void anAssessmentCannotStartFromARequestThatHasClosed() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        JsonNode received = practitioner.post("/api/v1/requests", Map.of("personId", People.create(practitioner, "Ida"), "clientType",
                "Service user", "routeOfAccess", "Community/Other route", "receivedOn", "1986-04-01", "summary", "Wants advice")).json();
        String requestId = received.path("id").asString();
        assertThat(practitioner.post("/api/v1/requests/" + requestId + "/close", Map.of("outcome", "NFA: Information and advice or signposting",
                "closedOn", "1986-04-02", "version", received.path("version").asInt())).status()).isEqualTo(200);

        Api.Response refused = practitioner.post("/api/v1/assessments", Map.of("requestId", requestId, "assessmentType", "Long term assessment",
                "method", "Face to face", "startedOn", "1986-04-03"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFor("requestId")).contains("Choose an open request");
    }

    /** The request's history has the line, written by the system (the listener) and naming who did the work. */
    private static void assertHistory(JsonNode request, String what, String detail) {
        assertThat(request.path("history").valueStream().map(h -> h.path("actor").asString() + " | " + h.path("what").asString() + " | "
                + h.path("detail").asString())).contains("system | " + what + " | " + detail);
    }
}
