package org.openasc.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.PagedList;
import org.openasc.testing.Api;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.TestDates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A restricted person's records in safeguarding, complaints and DoLS are sealed: opening or changing
 * one is refused and audited for anyone not named on the restriction, whatever their role or team,
 * while work lists keep the row with the person and free text left out, and statutory returns still
 * count the person by council person ID.
 */
class RestrictedRecordsAcrossModulesTest extends IntegrationTest {
    static final String WHAT_HAPPENED = "Neighbour saw a carer shouting and pulling her arm";

    @Test
    void safeguardingRecordsOfARestrictedPersonAreRefusedEvenToTheSafeguardingTeamButStayMaskedInItsLists() {
        Api raiser = staffWith(Role.PRACTITIONER);
        Api team = staffWith(Role.SAFEGUARDING);
        Api named = staffWith(Role.SAFEGUARDING);
        JsonNode sealed = person(raiser, "Sybil");
        String openConcern = raise(raiser, person(raiser, "Olive")).path("id").asString();
        String unscreened = raise(raiser, sealed).path("id").asString();
        String enquiry = s42Enquiry(team, raise(raiser, sealed).path("id").asString());
        String sar = review(team, sealed);
        restrict(sealed, named);

        Map<String, Object> allegation = Map.of("typeOfRisk", "Physical Abuse", "locationOfRisk", "Own Home", "sourceOfRisk", "Service Provider");
        assertThat(team.get("/api/v1/safeguarding/concerns/" + unscreened).status()).isEqualTo(403);
        assertThat(raiser.get("/api/v1/safeguarding/concerns/" + unscreened).status()).as("even the raiser").isEqualTo(403);
        assertThat(team.get("/api/v1/safeguarding/enquiries/" + enquiry).status()).isEqualTo(403);
        assertThat(team.post("/api/v1/safeguarding/enquiries/" + enquiry + "/allegations", allegation).status()).isEqualTo(403);
        assertThat(team.get("/api/v1/safeguarding/reviews/" + sar).status()).isEqualTo(403);
        assertThat(refusals(team, "safeguarding-concern", unscreened)).isEqualTo(1);
        assertThat(refusals(raiser, "safeguarding-concern", unscreened)).isEqualTo(1);
        assertThat(refusals(team, "safeguarding-enquiry", enquiry)).isEqualTo(2);
        assertThat(refusals(team, "safeguarding-adults-review", sar)).isEqualTo(1);

        JsonNode awaiting = PagedList.all(team, "/api/v1/safeguarding/concerns");
        JsonNode masked = row(awaiting, unscreened);
        assertThat(masked.path("sealed").asBoolean()).isTrue();
        assertThat(masked.path("personName").asString()).isEqualTo("Restricted record");
        assertThat(masked.has("whatHappened")).isFalse();
        assertThat(masked.toString()).doesNotContain(sealed.path("familyName").asString()).doesNotContain(WHAT_HAPPENED);
        assertThat(masked.path("screeningDueOn").asString()).isNotBlank();
        JsonNode full = row(awaiting, openConcern);
        assertThat(full.path("sealed").asBoolean()).isFalse();
        assertThat(full.path("personName").asString()).startsWith("Olive ");
        assertThat(full.path("whatHappened").asString()).isEqualTo(WHAT_HAPPENED);
        JsonNode enquiries = PagedList.all(team, "/api/v1/safeguarding/enquiries");
        assertThat(row(enquiries, enquiry).path("sealed").asBoolean()).isTrue();
        assertThat(row(enquiries, enquiry).path("personName").asString()).isEqualTo("Restricted record");
        JsonNode reviews = PagedList.all(team, "/api/v1/safeguarding/reviews");
        assertThat(row(reviews, sar).path("sealed").asBoolean()).isTrue();
        assertThat(row(reviews, sar).path("personName").asString()).isEqualTo("Restricted record");

        JsonNode forNamed = named.get("/api/v1/safeguarding/concerns/" + unscreened).json();
        assertThat(forNamed.path("whatHappened").asString()).isEqualTo(WHAT_HAPPENED);
        assertThat(forNamed.path("sealed").asBoolean()).isFalse();
        assertThat(named.get("/api/v1/safeguarding/reviews/" + sar).status()).isEqualTo(200);
        Api.Response added = named.post("/api/v1/safeguarding/enquiries/" + enquiry + "/allegations", allegation);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.json().path("allegations")).as("the refused allegation was not saved").hasSize(1);
        assertThat(row(PagedList.all(named, "/api/v1/safeguarding/concerns"), unscreened).path("personName").asString()).startsWith("Sybil ");
    }

    @Test
    void aComplaintAboutARestrictedPersonIsRefusedEvenToCustomerRelationsButStaysMaskedInTheOutstandingList() {
        long team = newTeam("Locality ");
        Api officer = staffWith(Role.CUSTOMER_RELATIONS);
        Api named = staffWith(Role.CUSTOMER_RELATIONS);
        Api teamManager = staffIn(Set.of(team), Role.TEAM_MANAGER);
        JsonNode sealed = person(staffWith(Role.PRACTITIONER), "Cora");
        JsonNode open = person(staffWith(Role.PRACTITIONER), "Connie");
        String complainant = uniqueName("Mr Complainant ");
        String elements = "Nobody came to the review they promised " + uniqueName("");
        JsonNode sealedComplaint = complain(officer, sealed, team, complainant, elements);
        JsonNode openComplaint = complain(officer, open, team, complainant, elements);
        String path = "/api/v1/feedback/complaints/" + sealedComplaint.path("id").asString();
        restrict(sealed, named);

        assertThat(officer.get(path).status()).isEqualTo(403);
        assertThat(teamManager.get(path).status()).as("a manager of the team concerned").isEqualTo(403);
        assertThat(officer.post(path + "/acknowledge", Map.of("version", sealedComplaint.path("version").asInt())).status()).isEqualTo(403);
        assertThat(refusals(officer, "complaint", sealedComplaint.path("id").asString())).isEqualTo(2);
        assertThat(refusals(teamManager, "complaint", sealedComplaint.path("id").asString())).isEqualTo(1);

        JsonNode outstanding = PagedList.all(officer, "/api/v1/feedback/complaints");
        JsonNode masked = row(outstanding, sealedComplaint.path("id").asString());
        assertThat(masked.has("complainant")).isFalse();
        assertThat(masked.has("elements")).isFalse();
        assertThat(masked.toString()).doesNotContain(complainant).doesNotContain(elements).doesNotContain(sealed.path("familyName").asString());
        assertThat(masked.path("responseDueOn").asString()).isNotBlank();
        JsonNode full = row(outstanding, openComplaint.path("id").asString());
        assertThat(full.path("complainant").asString()).isEqualTo(complainant);
        assertThat(full.path("elements").asString()).isEqualTo(elements);
        assertThat(full.path("personName").asString()).contains(open.path("familyName").asString());

        Api.Response forNamed = named.get(path);
        assertThat(forNamed.status()).as(forNamed.toString()).isEqualTo(200);
        assertThat(forNamed.json().path("elements").asString()).isEqualTo(elements);
        assertThat(forNamed.json().has("acknowledgedOn")).as("the refused acknowledgement was not saved").isFalse();
        assertThat(named.post(path + "/acknowledge", Map.of("version", sealedComplaint.path("version").asInt())).status()).isEqualTo(200);
    }

    @Test
    void aDolsApplicationForARestrictedPersonIsRefusedEvenToTheDolsTeamMaskedInTheWaitingListAndCountedInTheReturn() {
        Api dols = staffWith(Role.DOLS);
        Api named = staffWith(Role.DOLS);
        JsonNode sealed = person(dols, "Dora");
        JsonNode open = person(dols, "Delia");
        String hospital = uniqueName("Anytown General Hospital ");
        JsonNode sealedApplication = apply(dols, sealed, hospital);
        JsonNode openApplication = apply(dols, open, hospital);
        String path = "/api/v1/dols/applications/" + sealedApplication.path("id").asString();
        restrict(sealed, named);

        assertThat(dols.get(path).status()).isEqualTo(403);
        Map<String, Object> allocation = Map.of("version", sealedApplication.path("version").asInt(), "bestInterestsAssessorId", assessor(dols));
        assertThat(dols.post(path + "/allocation", allocation).status()).isEqualTo(403);
        assertThat(refusals(dols, "dols-application", sealedApplication.path("id").asString())).isEqualTo(2);

        JsonNode waiting = PagedList.all(dols, "/api/v1/dols/applications");
        JsonNode masked = row(waiting, sealedApplication.path("id").asString());
        assertThat(masked.has("managingAuthority")).isFalse();
        assertThat(masked.has("locationId")).isFalse();
        assertThat(masked.has("priorityReason")).isFalse();
        assertThat(masked.toString()).doesNotContain(hospital).doesNotContain(sealed.path("familyName").asString());
        assertThat(masked.path("standardDueOn").asString()).isNotBlank();
        JsonNode full = row(waiting, openApplication.path("id").asString());
        assertThat(full.path("managingAuthority").asString()).isEqualTo(hospital);
        assertThat(full.path("personName").asString()).contains(open.path("familyName").asString());

        Api.Response forNamed = named.get(path);
        assertThat(forNamed.status()).as(forNamed.toString()).isEqualTo(200);
        assertThat(forNamed.json().path("managingAuthority").asString()).isEqualTo(hospital);
        assertThat(forNamed.json().has("bestInterestsAssessorId")).as("the refused allocation was not saved").isFalse();
        assertThat(named.post(path + "/allocation", allocation).status()).isEqualTo(200);

        int financialYear = TestDates.today().getMonthValue() >= 4 ? TestDates.today().getYear() : TestDates.today().getYear() - 1;
        Api.Response csv = staffWith(Role.PERFORMANCE).get("/api/v1/returns/dols.csv?financialYear=" + financialYear);
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        String personRef = sealed.path("personId").asString();
        List<String> lines = csv.body().lines().filter(l -> l.split(",")[1].equals(personRef)).toList();
        assertThat(lines).as("the restricted person's application is counted by council person ID").hasSize(1);
        assertThat(lines.get(0)).contains("," + TestDates.today().minusDays(5) + ",").doesNotContain("null");
    }

    private JsonNode person(Api api, String given) {
        Api.Response created = api.post("/api/v1/people", PersonApiTest.person(given, uniqueName("Sealed")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    /** Restricts the person to {@code named} (and the manager who restricts, added automatically). */
    private void restrict(JsonNode person, Api named) {
        Api manager = staffWith(Role.TEAM_MANAGER);
        String path = "/api/v1/people/" + person.path("id").asString();
        int version = manager.get(path).json().path("version").asInt();
        Api.Response restricted = manager.put(path + "/restriction", Map.of("restricted", true, "allowedUsers", List.of(named.username()),
                "reason", "Relative works in adult social care", "version", version));
        assertThat(restricted.status()).as(restricted.toString()).isEqualTo(200);
    }

    private static JsonNode raise(Api raiser, JsonNode person) {
        Map<String, Object> body = new HashMap<>(Map.of("personId", person.path("id").asString(), "receivedAt", TestDates.today().minusDays(1) + "T10:00:00",
                "source", "Care provider", "location", "Her flat", "whatHappened", WHAT_HAPPENED, "immediateRisk", "Carer due again tomorrow",
                "actionTaken", "Agency told"));
        Api.Response raised = raiser.post("/api/v1/safeguarding/concerns", body);
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        return raised.json();
    }

    /** Screens the concern to a section 42 enquiry the Safeguarding Adults Team carries on; returns the enquiry's id. */
    private static String s42Enquiry(Api team, String concern) {
        Api.Response screened = team.post("/api/v1/safeguarding/concerns/" + concern + "/screening", Map.of("version", 0,
                "screenedOn", TestDates.today().toString(), "needsCareAndSupport", true, "experiencingOrAtRisk", true, "unableToProtect", true,
                "decision", "S42", "reasons", "All three criteria met", "routedTo", "SAFEGUARDING_TEAM"));
        assertThat(screened.status()).as(screened.toString()).isEqualTo(200);
        return screened.json().path("enquiryId").asString();
    }

    private static String review(Api team, JsonNode person) {
        Api.Response referred = team.post("/api/v1/safeguarding/reviews", Map.of("personId", person.path("id").asString(),
                "referredOn", TestDates.today().minusDays(20).toString(), "referrer", "Police", "died", false, "seriousHarm", true));
        assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
        return referred.json().path("id").asString();
    }

    private static JsonNode complain(Api officer, JsonNode person, long team, String complainant, String elements) {
        Api.Response received = officer.post("/api/v1/feedback/complaints", Map.of("receivedOn", TestDates.today().minusDays(2).toString(),
                "howReceived", "Email", "complainant", complainant, "serviceArea", "Adult Social Care", "theme", "Lack of Action",
                "elements", elements, "personId", person.path("id").asString(), "teamId", team));
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        return received.json();
    }

    private static JsonNode apply(Api dols, JsonNode person, String hospital) {
        Api.Response applied = dols.post("/api/v1/dols/applications", Map.of("personId", person.path("id").asString(), "managingAuthority", hospital,
                "cqcLocationCode", "1-234567890", "receivedOn", TestDates.today().minusDays(5).toString(), "priority", "HIGH",
                "priorityReason", "Objecting to the placement or trying to leave"));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        return applied.json();
    }

    private long assessor(Api dols) {
        Api.Response added = dols.post("/api/v1/dols/assessors", Map.of("name", uniqueName("Bea Assessor "), "qualification", "BEST_INTERESTS_ASSESSOR"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.json().path("id").asLong();
    }

    /** The row with this id in a JSON list, failing if it is not there. */
    private static JsonNode row(JsonNode list, String id) {
        for (JsonNode item : list) {
            if (id.equals(item.path("id").asString())) {
                return item;
            }
        }
        throw new AssertionError("No row " + id + " in the list");
    }

    /** Refusals of this record to this member of staff because the person is restricted. */
    private long refusals(Api who, String subjectType, String id) {
        return jdbc.sql("""
                select count(*) from platform.audit_event where actor = :actor and action = 'REFUSED' and subject_type = :type
                  and subject_id = :id and detail = 'Restricted person'""")
                .param("actor", who.username()).param("type", subjectType).param("id", id).query(Long.class).single();
    }
}
