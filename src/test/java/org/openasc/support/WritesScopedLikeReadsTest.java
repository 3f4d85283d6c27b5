package org.openasc.support;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.CareAndSupport;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.People;
import org.openasc.testing.TestDates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Changing a record is for the team responsible for it, as opening it is: another team's practitioner
 * or manager is refused (and the refusal audited) and the record is left as it was, while the
 * responsible team carries on. Looking at a person's support or access log is itself audited.
 */
class WritesScopedLikeReadsTest extends IntegrationTest {
    static final String COMMUNITY = "Long term support: Community";

    @Test
    void anAssessmentCannotBeStartedFromARequestAllocatedToAnotherTeam() {
        long team = newTeam("Locality ");
        Api frontDoor = staffIn(Set.of(), Role.PRACTITIONER);
        Api manager = staffIn(Set.of(team), Role.TEAM_MANAGER);
        Api worker = staffIn(Set.of(team), Role.PRACTITIONER);
        Api outsider = staffIn(Set.of(newTeam("Elsewhere ")), Role.PRACTITIONER);
        Api.Response created = frontDoor.post("/api/v1/requests", Map.of("personId", People.create(frontDoor, "Arthur"), "clientType", "Service user",
                "routeOfAccess", "Community/Other route", "receivedOn", TestDates.today().minusDays(5).toString(), "summary", "Struggling at home"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String request = "/api/v1/requests/" + created.json().path("id").asString();
        Api.Response allocated = manager.post(request + "/allocation", Map.of("teamId", team, "version", created.json().path("version").asInt()));
        assertThat(allocated.status()).as(allocated.toString()).isEqualTo(200);
        Map<String, Object> assessment = Map.of("requestId", created.json().path("id").asString(), "assessmentType", "Long term assessment",
                "method", "Face to face", "startedOn", TestDates.today().toString());

        Api.Response refused = outsider.post("/api/v1/assessments", assessment);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refusals(outsider, "request", created.json().path("id").asString())).isEqualTo(1);
        JsonNode unchanged = manager.get(request).json();
        assertThat(unchanged.path("stage").asString()).isEqualTo(allocated.json().path("stage").asString());
        assertThat(unchanged.path("history")).hasSameSizeAs(allocated.json().path("history"));
        assertThat(unchanged.has("assessmentStartedOn")).isFalse();
        assertThat(unchanged.path("version").asInt()).isEqualTo(allocated.json().path("version").asInt());

        Api.Response started = worker.post("/api/v1/assessments", assessment);
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        await().untilAsserted(() -> assertThat(manager.get(request).json().path("stage").asString()).isEqualTo("ASSESSMENT_IN_PROGRESS"));
    }

    @Test
    void anotherTeamMayReadAServiceButNotChangeOrEndIt() {
        long team = newTeam("Locality ");
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        Api outsider = staffIn(Set.of(newTeam("Elsewhere ")), Role.PRACTITIONER);
        JsonNode service = CareAndSupport.start(practitioner, CareAndSupport.service(People.create(practitioner, "Hilda"), team, COMMUNITY,
                "Home Support", "CASSR commissioned support", TestDates.today().minusMonths(6).toString(), "21.50", "Hourly", "10.5"));
        String path = "/api/v1/services/" + service.path("id").asString();
        int version = service.path("version").asInt();
        Map<String, Object> change = Map.of("version", version, "effectiveFrom", TestDates.today().minusMonths(1).toString(), "unitCost", "22.00",
                "costFrequency", "Hourly", "plannedUnitsPerWeek", "12", "reason", "Annual uplift");
        Map<String, Object> end = Map.of("version", version, "endDate", TestDates.today().toString(), "outcome", "NFA: Support ended as planned");

        assertThat(outsider.get(path).status()).as("reading another team's service for continuity of care").isEqualTo(200);
        assertThat(outsider.post(path + "/changes", change).status()).isEqualTo(403);
        assertThat(outsider.post(path + "/end", end).status()).isEqualTo(403);
        assertThat(refusals(outsider, "service", service.path("id").asString())).isEqualTo(2);
        JsonNode unchanged = practitioner.get(path).json();
        assertThat(unchanged.path("version").asInt()).isEqualTo(version);
        assertThat(unchanged.path("terms")).hasSize(1);
        assertThat(unchanged.has("endDate")).isFalse();

        Api.Response changed = practitioner.post(path + "/changes", change);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(201);
        Api.Response ended = practitioner.post(path + "/end", Map.of("version", changed.json().path("version").asInt(), "endDate", TestDates.today().toString(),
                "outcome", "NFA: Support ended as planned"));
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
    }

    @Test
    void aPlanIsSignedOffOnlyByAManagerOfTheTeamResponsibleForIt() {
        long team = newTeam("Locality ");
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        Api manager = staffIn(Set.of(team), Role.TEAM_MANAGER);
        Api otherManager = staffIn(Set.of(newTeam("Elsewhere ")), Role.TEAM_MANAGER);
        String person = People.create(practitioner, "Kath");
        String assessment = CareAndSupport.eligibleAssessment(practitioner, manager, person, TestDates.today().toString());
        Api.Response written = practitioner.post("/api/v1/support-plans", Map.of("personId", person, "assessmentId", assessment, "teamId", team,
                "startsOn", TestDates.today().toString(), "budgetAmount", "15600", "budgetPeriod", "ANNUAL", "deliveryMechanism", "Direct payment",
                "outcomes", List.of(Map.of("wanted", "I want to get to chapel on Sundays", "howMet", "Personal assistant on Sunday mornings"))));
        assertThat(written.status()).as(written.toString()).isEqualTo(201);
        String id = written.json().path("id").asString();
        Map<String, Object> signOff = Map.of("version", written.json().path("version").asInt());

        Api.Response refused = otherManager.post("/api/v1/support-plans/" + id + "/sign-off", signOff);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refusals(otherManager, "support-plan", id)).isEqualTo(1);
        assertThat(manager.get("/api/v1/support-plans/" + id).json().has("signedOffOn")).isFalse();

        Api.Response signed = manager.post("/api/v1/support-plans/" + id + "/sign-off", signOff);
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        assertThat(signed.json().path("signedOffBy").asString()).isEqualTo(manager.username());
    }

    @Test
    void aHospitalDischargeIsProgressedOnlyByItsTeam() {
        long team = newTeam("Hospital ");
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        Api outsider = staffIn(Set.of(newTeam("Elsewhere ")), Role.PRACTITIONER);
        Api.Response referred = practitioner.post("/api/v1/discharges", Map.of("personId", People.create(practitioner, "Winifred"), "teamId", team,
                "hospital", "Anytown General", "ward", "Ward 7", "referredOn", TestDates.today().minusDays(10).toString(), "pathway", 1));
        assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
        String id = referred.json().path("id").asString();
        Map<String, Object> progress = Map.of("version", referred.json().path("version").asInt(), "hubDecisionOn", TestDates.today().minusDays(8).toString(),
                "dischargedOn", TestDates.today().minusDays(6).toString());

        Api.Response refused = outsider.post("/api/v1/discharges/" + id + "/progress", progress);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refusals(outsider, "discharge", id)).isEqualTo(1);
        JsonNode unchanged = practitioner.get("/api/v1/discharges/" + id).json();
        assertThat(unchanged.has("hubDecisionOn")).isFalse();
        assertThat(unchanged.path("version").asInt()).isEqualTo(referred.json().path("version").asInt());

        Api.Response progressed = practitioner.post("/api/v1/discharges/" + id + "/progress", progress);
        assertThat(progressed.status()).as(progressed.toString()).isEqualTo(200);
        assertThat(progressed.json().path("daysDecisionToDischarge").asLong()).isEqualTo(2);
    }

    @Test
    void openingAPersonsSupportOrAccessLogIsAuditedAsViewingTheirRecord() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        Api colleague = staffWith(Role.PRACTITIONER);
        String person = People.create(practitioner, "Alma");

        assertThat(colleague.get("/api/v1/people/" + person + "/support").status()).isEqualTo(200);
        assertThat(viewed(colleague, person, null)).isEqualTo(1);

        Api.Response log = colleague.get("/api/v1/people/" + person + "/access-log");
        assertThat(log.status()).as(log.toString()).isEqualTo(200);
        assertThat(viewed(colleague, person, "Access log")).isEqualTo(1);
        assertThat(viewed(colleague, person, null)).as("support and access log, each once").isEqualTo(2);

        JsonNode entries = practitioner.get("/api/v1/people/" + person + "/access-log").json().path("items");
        assertThat(entries).anyMatch(e -> e.path("action").asString().equals("VIEWED") && e.path("actor").asString().equals(colleague.username())
                && e.has("detail") && e.get("detail").asString().equals("Access log"));
    }

    /** Refusals of this record to this member of staff. */
    private long refusals(Api who, String subjectType, String id) {
        return jdbc.sql("""
                select count(*) from platform.audit_event where actor = :actor and action = 'REFUSED' and subject_type = :type and subject_id = :id""")
                .param("actor", who.username()).param("type", subjectType).param("id", id).query(Long.class).single();
    }

    /** Views of the person's record by this member of staff, all of them or those with the detail given. */
    private long viewed(Api who, String person, String detail) {
        return jdbc.sql("""
                select count(*) from platform.audit_event where actor = :actor and action = 'VIEWED' and subject_type = 'person'
                  and subject_id = :id and (cast(:detail as text) is null or detail = :detail)""")
                .param("actor", who.username()).param("id", person).param("detail", detail).query(Long.class).single();
    }
}
