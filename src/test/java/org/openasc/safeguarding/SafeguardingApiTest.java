package org.openasc.safeguarding;

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
import org.openasc.testing.People;
import org.openasc.testing.TestDates;

import static org.assertj.core.api.Assertions.assertThat;

/** Concerns, screening and section 42 enquiries over the API, what is refused, and who may see them. */
public class SafeguardingApiTest extends IntegrationTest {

    public static Map<String, Object> concern(String person, String receivedAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("personId", person);
        body.put("receivedAt", receivedAt);
        body.put("source", "Care provider");
        body.put("location", "Her flat");
        body.put("whatHappened", "Carer saw bruising on both arms; she said her nephew grabbed her when she refused to give him money");
        body.put("immediateRisk", "Nephew visits daily");
        body.put("actionTaken", "GP informed; daughter staying tonight");
        return body;
    }

    public static Map<String, Object> screening(int version, String on, boolean met, String decision, String routedTo) {
        Map<String, Object> body = new HashMap<>(Map.of("version", version, "screenedOn", on, "needsCareAndSupport", true,
                "experiencingOrAtRisk", true, "unableToProtect", met, "decision", decision, "reasons", "Criteria considered with the person"));
        if (routedTo != null) {
            body.put("routedTo", routedTo);
        }
        return body;
    }

    @Test
    void aConcernIsDueForScreeningOnTheThirdWorkingDayAfterReceipt() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        String person = People.create(practitioner, "Edna");
        Api.Response raised = practitioner.post("/api/v1/safeguarding/concerns", concern(person, "2026-11-27T16:45:00"));
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        assertThat(raised.json().path("screeningDueOn").asString()).isEqualTo("2026-12-02");
        assertThat(raised.json().path("concernNumber").asLong()).isPositive();

        Api.Response bad = practitioner.post("/api/v1/safeguarding/concerns", Map.of("receivedAt", TestDates.today().plusDays(2) + "T09:00:00",
                "source", "Gossip"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).contains("application/problem+json");
        assertThat(bad.errorFor("personId")).isNotNull();
        assertThat(bad.errorFor("receivedAt")).contains("future");
        assertThat(bad.errorFor("source")).contains("who raised");
        assertThat(bad.errorFor("whatHappened")).contains("what happened");
    }

    @Test
    void screeningIsRefusedBeforeReceiptAndAnS42NeedsAllThreeCriteria() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        Api team = staffWith(Role.SAFEGUARDING);
        JsonNode c = practitioner.post("/api/v1/safeguarding/concerns", concern(People.create(practitioner, "Flo"), TestDates.today().minusDays(5) + "T10:00:00")).json();
        String path = "/api/v1/safeguarding/concerns/" + c.path("id").asString() + "/screening";
        assertThat(practitioner.post(path, screening(0, TestDates.today().toString(), true, "S42", "SAFEGUARDING_TEAM")).status()).isEqualTo(403);
        Api.Response early = team.post(path, screening(0, TestDates.today().minusDays(6).toString(), true, "S42", "SAFEGUARDING_TEAM"));
        assertThat(early.errorFor("screenedOn")).contains("before the concern was received");
        Api.Response notMet = team.post(path, screening(0, TestDates.today().toString(), false, "S42", "SAFEGUARDING_TEAM"));
        assertThat(notMet.errorFor("decision")).contains("all three criteria");
        Api.Response noRoute = team.post(path, screening(0, TestDates.today().toString(), true, "OTHER_ENQUIRY", null));
        assertThat(noRoute.errorFor("routedTo")).contains("who carries the enquiry on");
        Api.Response provider = team.post(path, screening(0, TestDates.today().toString(), true, "S42", "PROVIDER"));
        assertThat(provider.errorFor("routedTo")).contains("about a provider");
        assertThat(team.get("/api/v1/safeguarding/concerns/" + c.path("id").asString()).json().has("screenedOn")).isFalse();

        JsonNode incident = team.post(path, screening(0, TestDates.today().toString(), false, "INCIDENT_ONLY", null)).json();
        assertThat(incident.path("decision").asString()).isEqualTo("INCIDENT_ONLY");
        assertThat(incident.has("enquiryId")).isFalse();
        assertThat(team.post(path, screening(incident.path("version").asInt(), TestDates.today().toString(), true, "S42", "SAFEGUARDING_TEAM"))
                .errorFor("decision")).contains("was screened on");
    }

    @Test
    void anS42EnquiryConcludesOnlyWithWhatTheNationalReturnNeeds() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        Api team = staffWith(Role.SAFEGUARDING);
        JsonNode c = practitioner.post("/api/v1/safeguarding/concerns", concern(People.create(practitioner, "Gladys"), TestDates.today().minusDays(10) + "T11:30:00")).json();
        JsonNode screened = team.post("/api/v1/safeguarding/concerns/" + c.path("id").asString() + "/screening",
                screening(0, TestDates.today().minusDays(9).toString(), true, "S42", "SAFEGUARDING_TEAM")).json();
        String enquiry = "/api/v1/safeguarding/enquiries/" + screened.path("enquiryId").asString();
        JsonNode e = team.get(enquiry).json();
        assertThat(e.path("kind").asString()).isEqualTo("S42");
        assertThat(e.path("startedOn").asString()).isEqualTo(TestDates.today().minusDays(9).toString());

        Api.Response missing = team.post(enquiry + "/conclude", Map.of("version", e.path("version").asInt(), "concludedOn", TestDates.today().toString(),
                "conclusion", "Substantiated"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFor("allegations")).contains("at least one allegation");
        assertThat(missing.errorFor("riskAssessmentOutcome")).contains("risk assessment outcome");
        assertThat(missing.errorFor("mspAsked")).contains("Making Safeguarding Personal");
        assertThat(missing.errorFor("lackedCapacity")).contains("lacked capacity");

        Api.Response badType = team.post(enquiry + "/allegations", Map.of("typeOfRisk", "Rudeness", "locationOfRisk", "Own Home",
                "sourceOfRisk", "Other - Known to Individual"));
        assertThat(badType.errorFor("typeOfRisk")).contains("national list");
        JsonNode alleged = team.post(enquiry + "/allegations", Map.of("typeOfRisk", "Financial or Material Abuse", "locationOfRisk", "Own Home",
                "sourceOfRisk", "Other - Known to Individual")).json();
        assertThat(alleged.path("allegations")).hasSize(1);
        Map<String, Object> progress = new HashMap<>(Map.of("version", alleged.path("version").asInt(), "strategyOn", TestDates.today().minusDays(7).toString(),
                "strategyAgencies", "Police, GP, bank", "mspAsked", "Yes they were asked and outcomes were expressed",
                "lackedCapacity", "No, they did not lack capacity"));
        Api.Response noWords = team.post(enquiry + "/progress", progress);
        assertThat(noWords.errorFor("mspOutcomes")).contains("in their words");
        progress.put("mspOutcomes", "I want him to stop taking my pension but I don't want him in trouble");
        JsonNode updated = team.post(enquiry + "/progress", progress).json();
        assertThat(team.post(enquiry + "/progress", progress).status()).as("same version twice").isEqualTo(409);

        Map<String, Object> conclusion = new HashMap<>(Map.of("version", updated.path("version").asInt(), "concludedOn", TestDates.today().toString(),
                "conclusion", "Substantiated", "riskAssessmentOutcome", "Risk identified and action taken"));
        Api.Response noResult = team.post(enquiry + "/conclude", conclusion);
        assertThat(noResult.errorFor("riskResult")).contains("remained, was reduced or was removed");
        assertThat(noResult.errorFor("mspAchieved")).contains("fully, partially or not achieved");
        conclusion.put("riskResult", "Risk reduced");
        conclusion.put("mspAchieved", "Partially Achieved");
        Api.Response concluded = team.post(enquiry + "/conclude", conclusion);
        assertThat(concluded.status()).as(concluded.toString()).isEqualTo(200);
        assertThat(concluded.json().path("riskResult").asString()).isEqualTo("Risk reduced");
        assertThat(team.post(enquiry + "/allegations", Map.of("typeOfRisk", "Physical Abuse", "locationOfRisk", "Own Home",
                "sourceOfRisk", "Service Provider")).errorFor("enquiry")).contains("cannot be changed");
    }

    @Test
    void safeguardingRecordsAreSeenByTheTeamTheRaiserAndTheLocalityTheEnquiryWentTo() {
        long locality = newTeam("Locality ");
        Api raiser = staffWith(Role.PRACTITIONER);
        Api team = staffWith(Role.SAFEGUARDING);
        Api localityWorker = staffIn(Set.of(locality), Role.PRACTITIONER);
        Api stranger = staffWith(Role.PRACTITIONER);
        JsonNode c = raiser.post("/api/v1/safeguarding/concerns", concern(People.create(raiser, "Hattie"), TestDates.today().minusDays(2) + "T09:15:00")).json();
        String concern = "/api/v1/safeguarding/concerns/" + c.path("id").asString();
        assertThat(raiser.get(concern).status()).isEqualTo(200);
        assertThat(stranger.get(concern).status()).isEqualTo(403);
        assertThat(localityWorker.get(concern).status()).isEqualTo(403);
        assertThat(staffWith(Role.COUNCILLOR).get(concern).status()).isEqualTo(403);
        assertThat(staffWith(Role.FINANCE).post("/api/v1/safeguarding/concerns", Map.of()).status()).isEqualTo(403);

        Map<String, Object> transfer = screening(0, TestDates.today().toString(), true, "S42", "LOCALITY");
        transfer.put("routedTeamId", locality);
        JsonNode screened = team.post(concern + "/screening", transfer).json();
        String enquiry = "/api/v1/safeguarding/enquiries/" + screened.path("enquiryId").asString();
        assertThat(localityWorker.get(enquiry).status()).isEqualTo(200);
        assertThat(localityWorker.get(concern).status()).isEqualTo(200);
        assertThat(stranger.get(enquiry).status()).isEqualTo(403);
        assertThat(list(PagedList.all(localityWorker, "/api/v1/safeguarding/enquiries"))).contains(screened.path("enquiryId").asString());
        assertThat(list(PagedList.all(stranger, "/api/v1/safeguarding/enquiries"))).doesNotContain(screened.path("enquiryId").asString());

        long refused = jdbc.sql("select count(*) from platform.audit_event where subject_id = :id and action = 'REFUSED'")
                .param("id", c.path("id").asString()).query(Long.class).single();
        assertThat(refused).isEqualTo(2);
        long viewed = jdbc.sql("select count(*) from platform.audit_event where subject_id = :id and action = 'VIEWED'")
                .param("id", c.path("id").asString()).query(Long.class).single();
        assertThat(viewed).isEqualTo(2);
        assertThat(staffWith(Role.COUNCILLOR).get("/api/v1/safeguarding/summary").status()).isEqualTo(200);
        assertThat(staffWith(Role.PRACTITIONER).get("/api/v1/safeguarding/summary").status()).isEqualTo(403);
    }

    @Test
    void aSafeguardingAdultsReviewIsForADeathOrSeriousHarmAndCommencesOnlyOnceCommissioned() {
        Api team = staffWith(Role.SAFEGUARDING);
        String person = People.create(staffWith(Role.PRACTITIONER), "Jessie");
        Api.Response neither = team.post("/api/v1/safeguarding/reviews", Map.of("personId", person, "referredOn", TestDates.today().toString(),
                "referrer", "GP", "died", false, "seriousHarm", false));
        assertThat(neither.errorFor("seriousHarm")).contains("neither died nor suffered serious harm");
        assertThat(staffWith(Role.PRACTITIONER).post("/api/v1/safeguarding/reviews", Map.of()).status()).isEqualTo(403);
        JsonNode sar = team.post("/api/v1/safeguarding/reviews", Map.of("personId", person, "referredOn", TestDates.today().minusDays(30).toString(),
                "referrer", "Police", "died", true, "seriousHarm", true)).json();
        String path = "/api/v1/safeguarding/reviews/" + sar.path("id").asString();
        Api.Response early = team.post(path + "/progress", Map.of("version", sar.path("version").asInt(), "commencedOn", TestDates.today().toString()));
        assertThat(early.errorFor("commencedOn")).contains("Only a review the board commissioned");
        JsonNode decided = team.post(path + "/decision", Map.of("version", sar.path("version").asInt(), "reviewGroupAdvice",
                "Agencies could have worked together more effectively", "boardDecision", "COMMISSIONED", "boardDecidedOn", TestDates.today().minusDays(20).toString())).json();
        assertThat(decided.path("boardDecision").asString()).isEqualTo("COMMISSIONED");
        Api.Response badCost = team.post(path + "/progress", Map.of("version", decided.path("version").asInt(), "commencedOn", TestDates.today().minusDays(10).toString(),
                "reviewerCost", "-1", "themes", List.of("Astrology")));
        assertThat(badCost.errorFor("reviewerCost")).isNotNull();
        assertThat(badCost.errorFor("themes")).contains("from the list");
        JsonNode action = team.post(path + "/actions", Map.of("action", "Joint training on mental capacity", "owner", "Board manager",
                "dueOn", TestDates.today().plusMonths(3).toString())).json();
        assertThat(action.path("actions")).hasSize(1);
    }

    private static List<String> list(JsonNode enquiries) {
        List<String> ids = new java.util.ArrayList<>();
        enquiries.forEach(e -> ids.add(e.path("id").asString()));
        return ids;
    }
}
