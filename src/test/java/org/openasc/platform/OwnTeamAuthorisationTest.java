package org.openasc.platform;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * The OWN_TEAM cells of the authorisation matrix, proven on real records: a representative read and write of each
 * module's team-scoped records answers the team responsible and refuses another team holding the same role, and a
 * restricted person's records (person, assessment, service, safeguarding concern, complaint, DoLS application) answer the staff named on
 * the restriction and refuse everyone else, however senior.
 */
class OwnTeamAuthorisationTest extends IntegrationTest {

    @Test
    void eachModulesTeamScopedRecordsAnswerTheirTeamAndRefuseAnother() {
        long ours = newTeam("Ours ");
        long theirs = newTeam("Theirs ");
        Api frontDoor = staffIn(Set.of(), Role.PRACTITIONER);
        Api manager = staffIn(Set.of(ours), Role.TEAM_MANAGER);
        Api worker = staffIn(Set.of(ours), Role.PRACTITIONER);
        Api outsider = staffIn(Set.of(theirs), Role.PRACTITIONER);
        Api outsideManager = staffIn(Set.of(theirs), Role.TEAM_MANAGER);
        String person = People.create(worker, "Ada");

        // Front door: a request allocated to our team is read, and worked (an assessment started on it), by our team only.
        Api.Response created = frontDoor.post("/api/v1/requests", Map.of("personId", person, "clientType", "Service user",
                "routeOfAccess", "Community/Other route", "receivedOn", TestDates.today().minusDays(5).toString(), "summary", "Struggling at home"));
        expect(created, 201);
        String request = "/api/v1/requests/" + created.json().path("id").asString();
        expect(manager.post(request + "/allocation", Map.of("teamId", ours, "version", created.json().path("version").asInt())), 200);
        expect(outsider.get(request), 403);
        expect(worker.get(request), 200);
        Map<String, Object> assessment = Map.of("requestId", created.json().path("id").asString(), "assessmentType", "Long term assessment",
                "method", "Face to face", "startedOn", TestDates.today().toString());
        expect(outsider.post("/api/v1/assessments", assessment), 403);
        expect(worker.post("/api/v1/assessments", assessment), 201);

        // Care and support: another team reads a service (continuity of care) but only ours changes it.
        JsonNode service = CareAndSupport.start(worker, CareAndSupport.service(person, ours, "Long term support: Community", "Home Support",
                "CASSR commissioned support", TestDates.today().minusMonths(6).toString(), "21.50", "Hourly", "10.5"));
        String path = "/api/v1/services/" + service.path("id").asString();
        Map<String, Object> change = Map.of("version", service.path("version").asInt(), "effectiveFrom", TestDates.today().minusMonths(1).toString(),
                "unitCost", "22.00", "costFrequency", "Hourly", "plannedUnitsPerWeek", "12", "reason", "Annual uplift");
        expect(outsider.get(path), 200);
        expect(outsider.post(path + "/changes", change), 403);
        expect(worker.post(path + "/changes", change), 201);

        // Safeguarding: a concern is seen by the Safeguarding Adults Team and the raiser, not by another practitioner.
        Api.Response concern = worker.post("/api/v1/safeguarding/concerns", concern(person));
        expect(concern, 201);
        String concernPath = "/api/v1/safeguarding/concerns/" + concern.json().path("id").asString();
        expect(outsider.get(concernPath), 403);
        expect(worker.get(concernPath), 200);
        expect(staffWith(Role.SAFEGUARDING).get(concernPath), 200);

        // Feedback: a complaint is seen by customer relations and the managers of the team concerned.
        JsonNode complaint = complain(staffWith(Role.CUSTOMER_RELATIONS), person, ours);
        String complaintPath = "/api/v1/feedback/complaints/" + complaint.path("id").asString();
        expect(outsideManager.get(complaintPath), 403);
        expect(manager.get(complaintPath), 200);
    }

    @Test
    void aRestrictedPersonsRecordsAnswerOnlyTheStaffNamedOnTheRestriction() {
        long team = newTeam("Sealed ");
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        Api safeguarding = staffWith(Role.SAFEGUARDING);
        Api namedSafeguarding = staffWith(Role.SAFEGUARDING);
        Api relations = staffWith(Role.CUSTOMER_RELATIONS);
        Api namedRelations = staffWith(Role.CUSTOMER_RELATIONS);
        Api dols = staffWith(Role.DOLS);
        Api namedDols = staffWith(Role.DOLS);
        String person = People.create(practitioner, "Sybil");
        String concern = practitioner.post("/api/v1/safeguarding/concerns", concern(person)).json().path("id").asString();
        String complaint = complain(relations, person, team).path("id").asString();
        Api.Response applied = dols.post("/api/v1/dols/applications", Map.of("personId", person, "managingAuthority", uniqueName("Anytown General "),
                "cqcLocationCode", "1-234567890", "receivedOn", TestDates.today().minusDays(5).toString(), "priority", "HIGH",
                "priorityReason", "Objecting to the placement or trying to leave"));
        expect(applied, 201);
        String application = applied.json().path("id").asString();
        String assessment = CareAndSupport.eligibleAssessment(practitioner, staffIn(Set.of(team), Role.TEAM_MANAGER), person, TestDates.today().toString());
        String service = CareAndSupport.start(practitioner, CareAndSupport.service(person, team, "Long term support: Community", "Home Support",
                "CASSR commissioned support", TestDates.today().minusMonths(2).toString(), "21.50", "Hourly", "7")).path("id").asString();

        Api restricting = staffIn(Set.of(team), Role.TEAM_MANAGER);
        int version = restricting.get("/api/v1/people/" + person).json().path("version").asInt();
        expect(restricting.put("/api/v1/people/" + person + "/restriction", Map.of("restricted", true, "reason", "Relative works in adult social care",
                "allowedUsers", List.of(namedSafeguarding.username(), namedRelations.username(), namedDols.username()), "version", version)), 200);

        expect(practitioner.get("/api/v1/people/" + person), 403);
        expect(namedDols.get("/api/v1/people/" + person), 200);
        expect(safeguarding.get("/api/v1/safeguarding/concerns/" + concern), 403);
        expect(practitioner.get("/api/v1/safeguarding/concerns/" + concern), 403);
        expect(namedSafeguarding.get("/api/v1/safeguarding/concerns/" + concern), 200);
        expect(relations.get("/api/v1/feedback/complaints/" + complaint), 403);
        expect(namedRelations.get("/api/v1/feedback/complaints/" + complaint), 200);
        expect(practitioner.get("/api/v1/assessments/" + assessment), 403);
        expect(namedDols.get("/api/v1/assessments/" + assessment), 200);
        expect(practitioner.get("/api/v1/services/" + service), 403);
        expect(namedDols.get("/api/v1/services/" + service), 200);
        expect(dols.get("/api/v1/dols/applications/" + application), 403);
        expect(namedDols.get("/api/v1/dols/applications/" + application), 200);
    }

    private static Map<String, Object> concern(String person) {
        return Map.of("personId", person, "receivedAt", TestDates.today().minusDays(1) + "T10:00:00", "source", "Care provider",
                "location", "Her flat", "whatHappened", "Bruising noticed at a visit", "immediateRisk", "Carer due again tomorrow", "actionTaken", "Agency told");
    }

    private static JsonNode complain(Api officer, String person, long team) {
        Api.Response received = officer.post("/api/v1/feedback/complaints", Map.of("receivedOn", TestDates.today().minusDays(2).toString(),
                "howReceived", "Email", "complainant", uniqueName("Mr Complainant "), "serviceArea", "Adult Social Care", "theme", "Lack of Action",
                "elements", "Nobody came to the review", "personId", person, "teamId", team));
        expect(received, 201);
        return received.json();
    }

    private static void expect(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
    }
}
