package org.openasc.liberty;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.CareAndSupport;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.People;
import org.openasc.testing.TestDates;

import static org.assertj.core.api.Assertions.assertThat;

/** DoLS applications from request to decision, what is refused, the backlog and the return counted by hand, and MHA assessments. */
class LibertyApiTest extends IntegrationTest {

    private long assessor(Api dols, String name, String qualification) {
        Api.Response added = dols.post("/api/v1/dols/assessors", Map.of("name", uniqueName(name), "qualification", qualification));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.json().path("id").asLong();
    }

    private JsonNode apply(Api dols, String person, String home, String received, boolean urgent, String priority, String reason) {
        Map<String, Object> body = new HashMap<>(Map.of("personId", person, "locationId", home, "receivedOn", received, "urgent", urgent));
        if (urgent) {
            body.put("urgentGrantedOn", received);
        }
        if (priority != null) {
            body.put("priority", priority);
            body.put("priorityReason", reason);
        }
        Api.Response applied = dols.post("/api/v1/dols/applications", body);
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        return applied.json();
    }

    private JsonNode assessAll(Api dols, String id, long bia, long mh, String on, String bestInterests) {
        JsonNode last = null;
        for (String r : List.of("AGE", "MENTAL_HEALTH", "MENTAL_CAPACITY", "NO_REFUSALS", "ELIGIBILITY", "BEST_INTERESTS")) {
            String status = r.equals("BEST_INTERESTS") ? bestInterests : "SATISFIED";
            Api.Response done = dols.post("/api/v1/dols/applications/" + id + "/assessments", Map.of("requirement", r, "status", status,
                    "assessorId", r.equals("MENTAL_HEALTH") ? mh : bia, "assessedOn", on));
            assertThat(done.status()).as(done.toString()).isEqualTo(201);
            last = done.json();
        }
        return last;
    }

    @Test
    void anApplicationIsGrantedOnlyWhenAllSixRequirementsAreMetAndNotDecidedTwice() {
        Api dols = staffWith(Role.DOLS);
        String home = CareAndSupport.location(staffWith(Role.BROKERAGE), uniqueName("Sycamore Lodge "), List.of("Nursing home"), 45);
        long bia = assessor(dols, "Bea Assessor ", "BEST_INTERESTS_ASSESSOR");
        long mh = assessor(dols, "Dr Mind ", "MENTAL_HEALTH_ASSESSOR");
        String person = People.create(dols, "Lottie");
        JsonNode a = apply(dols, person, home, TestDates.today().minusDays(10).toString(), true, "HIGH", "Objecting to the placement or trying to leave");
        assertThat(a.path("standardDueOn").asString()).isEqualTo(TestDates.today().plusDays(11).toString());
        assertThat(a.path("urgentEndsOn").asString()).isEqualTo(TestDates.today().minusDays(4).toString());
        assertThat(a.path("managingAuthority").asString()).startsWith("Sycamore Lodge");
        String path = "/api/v1/dols/applications/" + a.path("id").asString();

        Api.Response lateExtension = dols.post(path + "/urgent-extension", Map.of("version", a.path("version").asInt(), "days", 7));
        assertThat(lateExtension.errorFor("days")).contains("cannot be extended");
        assertThat(dols.post(path + "/allocation", Map.of("version", a.path("version").asInt(), "bestInterestsAssessorId", mh))
                .errorFor("bestInterestsAssessorId")).contains("Best Interests Assessor");
        JsonNode allocated = dols.post(path + "/allocation", Map.of("version", a.path("version").asInt(), "bestInterestsAssessorId", bia)).json();

        Api.Response wrongAssessor = dols.post(path + "/assessments", Map.of("requirement", "BEST_INTERESTS", "status", "SATISFIED",
                "assessorId", mh, "assessedOn", TestDates.today().toString()));
        assertThat(wrongAssessor.errorFor("assessorId")).contains("Best Interests Assessor");
        JsonNode assessed = assessAll(dols, a.path("id").asString(), bia, mh, TestDates.today().minusDays(2).toString(), "NOT_SATISFIED");
        Map<String, Object> grant = new HashMap<>(Map.of("version", assessed.path("version").asInt(), "signedOffOn", TestDates.today().toString(),
                "outcome", "GRANTED", "authorisedFrom", TestDates.today().toString(), "authorisedTo", TestDates.today().plusMonths(13).toString()));
        Api.Response refused = dols.post(path + "/decision", grant);
        assertThat(refused.errorFor("outcome")).contains("all six requirements").contains("Best interests");
        assertThat(refused.errorFor("authorisedTo")).contains("at most 12 months");
        grant.put("authorisedTo", TestDates.today().minusDays(1).toString());
        assertThat(dols.post(path + "/decision", grant).errorFor("authorisedTo")).contains("must end after it starts");

        JsonNode reassessed = dols.post(path + "/assessments", Map.of("requirement", "BEST_INTERESTS", "status", "SATISFIED", "assessorId", bia,
                "assessedOn", TestDates.today().toString())).json();
        grant.put("version", reassessed.path("version").asInt());
        grant.put("authorisedTo", TestDates.today().plusMonths(12).minusDays(1).toString());
        grant.put("conditions", "Review of bed rails within 4 weeks");
        Api.Response granted = dols.post(path + "/decision", grant);
        assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
        assertThat(granted.json().path("outcome").asString()).isEqualTo("GRANTED");
        assertThat(granted.json().path("renewalRequestBy").asString()).isEqualTo(TestDates.today().plusMonths(12).minusDays(29).toString());
        assertThat(dols.post(path + "/decision", Map.of("version", granted.json().path("version").asInt(), "signedOffOn", TestDates.today().toString(),
                "outcome", "WITHDRAWN", "reason", "Moved")).errorFor("outcome")).contains("cannot be changed");
        assertThat(allocated.path("bestInterestsAssessor").asString()).startsWith("Bea Assessor");
    }

    @Test
    void badApplicationsAndDecisionsOnWithdrawnApplicationsAreRefused() {
        Api dols = staffWith(Role.DOLS);
        String person = People.create(dols, "Maud");
        Api.Response bad = dols.post("/api/v1/dols/applications", Map.of("personId", person, "receivedOn", TestDates.today().plusDays(1).toString(),
                "urgentGrantedOn", TestDates.today().toString(), "priority", "LOW", "priorityReason", "Objecting to the placement or trying to leave",
                "cqcLocationCode", "nope"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFor("locationId")).contains("name the hospital");
        assertThat(bad.errorFor("receivedOn")).contains("today or in the past");
        assertThat(bad.errorFor("urgent")).contains("Tick urgent");
        assertThat(bad.errorFor("priorityReason")).contains("points to high priority");
        assertThat(bad.errorFor("cqcLocationCode")).contains("like 1-123456789");

        JsonNode hospital = dols.post("/api/v1/dols/applications", Map.of("personId", person, "managingAuthority", "Anytown General Hospital",
                "cqcLocationCode", "1-234567890", "receivedOn", TestDates.today().minusDays(3).toString())).json();
        String path = "/api/v1/dols/applications/" + hospital.path("id").asString();
        JsonNode withdrawn = dols.post(path + "/decision", Map.of("version", hospital.path("version").asInt(), "signedOffOn", TestDates.today().toString(),
                "outcome", "WITHDRAWN", "reason", "Discharged home")).json();
        assertThat(withdrawn.path("outcome").asString()).isEqualTo("WITHDRAWN");
        Api.Response again = dols.post(path + "/decision", Map.of("version", withdrawn.path("version").asInt(), "signedOffOn", TestDates.today().toString(),
                "outcome", "GRANTED", "authorisedFrom", TestDates.today().toString(), "authorisedTo", TestDates.today().plusMonths(6).toString()));
        assertThat(again.errorFor("outcome")).contains("withdrawn").contains("cannot be changed");
        assertThat(staffWith(Role.PRACTITIONER).post("/api/v1/dols/applications", Map.of()).status()).isEqualTo(403);
        assertThat(staffWith(Role.COUNCILLOR).get(path).status()).isEqualTo(403);
        assertThat(staffWith(Role.COUNCILLOR).get("/api/v1/dols/backlog").status()).isEqualTo(200);
    }

    /**
     * In 2016, counted by hand: P1 received 4 Jan, high priority, granted 20 Jan for 6 months; P2 received 1 Feb,
     * medium, still waiting; P3 received 15 Feb, not prioritised, not granted 10 Mar; P4 received 1 Mar, low, waiting.
     * On 31 March 2016: 2 waiting (medium 1, low 1), P2 past the 21 days (59 days: "22 days to 3 months") and P4
     * (30 days) too; received Jan 1, Feb 2, Mar 1 (average over 12 months 0.3); P1's authorisation (to 19 July)
     * ends within 3 months? no: 19 July is after 30 June, so 0 renewals; 1 active.
     */
    @Test
    void theBacklogAndTheDolsReturnMatchApplicationsCountedByHand() {
        Api dols = staffWith(Role.DOLS);
        String home = CareAndSupport.location(staffWith(Role.BROKERAGE), uniqueName("Juniper House "), List.of("Residential care home"), 30);
        long bia = assessor(dols, "Bill Assessor ", "BEST_INTERESTS_ASSESSOR");
        long mh = assessor(dols, "Dr Mood ", "MENTAL_HEALTH_ASSESSOR");
        JsonNode p1 = apply(dols, People.create(dols, "Nell"), home, "2016-01-04", false, "HIGH", "Restraint or sedation used often");
        JsonNode p1a = assessAll(dols, p1.path("id").asString(), bia, mh, "2016-01-15", "SATISFIED");
        assertThat(dols.post("/api/v1/dols/applications/" + p1.path("id").asString() + "/decision", Map.of("version", p1a.path("version").asInt(),
                "signedOffOn", "2016-01-20", "outcome", "GRANTED", "authorisedFrom", "2016-01-20", "authorisedTo", "2016-07-19")).status()).isEqualTo(200);
        apply(dols, People.create(dols, "Olga"), home, "2016-02-01", false, "MEDIUM", "Some restrictions beyond the usual; settling in");
        JsonNode p3 = apply(dols, People.create(dols, "Peggy"), home, "2016-02-15", false, null, null);
        assertThat(dols.post("/api/v1/dols/applications/" + p3.path("id").asString() + "/decision", Map.of("version", p3.path("version").asInt(),
                "signedOffOn", "2016-03-10", "outcome", "NOT_GRANTED", "reason", "Does not lack capacity about where to live")).status()).isEqualTo(200);
        apply(dols, People.create(dols, "Queenie"), home, "2016-03-01", false, "LOW", "Settled, not objecting, restrictions stable");

        JsonNode b = staffWith(Role.PERFORMANCE).get("/api/v1/dols/backlog?asOf=2016-03-31").json();
        assertThat(b.path("waiting").asLong()).isEqualTo(2);
        assertThat(b.path("waitingByPriority").path("MEDIUM").asLong()).isEqualTo(1);
        assertThat(b.path("waitingByPriority").path("LOW").asLong()).isEqualTo(1);
        assertThat(b.path("waitingByPriority").path("HIGH").asLong()).isZero();
        assertThat(b.path("waitingByAge").path("22 days to 3 months").asLong()).isEqualTo(2);
        assertThat(b.path("overdueDecisions").asLong()).isEqualTo(2);
        assertThat(b.path("averageReceivedAMonth").decimalValue()).isEqualByComparingTo("0.3");
        assertThat(b.path("renewalsDueInThreeMonths").asLong()).isZero();
        assertThat(b.path("activeAuthorisations").asLong()).isEqualTo(1);
        JsonNode may = staffWith(Role.PERFORMANCE).get("/api/v1/dols/backlog?asOf=2016-05-01").json();
        assertThat(may.path("renewalsDueInThreeMonths").asLong()).isEqualTo(1);

        Api.Response csv = staffWith(Role.PERFORMANCE).get("/api/v1/returns/dols.csv?financialYear=2015");
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.body().split("\n");
        assertThat(lines[0]).startsWith("Application Reference,Person Reference,LA code,CQC location code,Date application received,Urgent included,"
                + "Age Requirement");
        assertThat(lines).hasSize(5);
        assertThat(lines[1]).contains(",2016-01-04,0,1,1,1,1,1,1,2016-01-15,2016-01-20,Granted,2016-01-20,2016-07-19");
        assertThat(lines[3]).contains(",2016-02-15,0,0,0,0,0,0,0,,2016-03-10,Not granted,,");
        assertThat(lines[4]).contains(",2016-03-01,0,0,0,0,0,0,0,,,Not yet signed off,,");
    }

    @Test
    void aMentalHealthActAssessmentRecordsDoctorsOutcomeAndDelays() {
        Api amhp = staffWith(Role.PRACTITIONER);
        String person = People.create(amhp, "Rose");
        Api.Response oneDoctor = amhp.post("/api/v1/mha/assessments", Map.of("personId", person, "requestedAt", TestDates.today().minusDays(1) + "T10:00:00",
                "amhp", "Sam AMHP", "doctors", List.of("Dr One"), "assessedAt", TestDates.today().minusDays(1) + "T18:30:00", "outcome", "SECTION_2"));
        assertThat(oneDoctor.errorFor("doctors")).contains("two medical recommendations");
        Api.Response done = amhp.post("/api/v1/mha/assessments", Map.of("personId", person, "requestedAt", TestDates.today().minusDays(1) + "T10:00:00",
                "amhp", "Sam AMHP", "doctors", List.of("Dr One", "Dr Two"), "assessedAt", TestDates.today().minusDays(1) + "T18:30:00", "outcome", "SECTION_2",
                "outOfArea", true, "delays", List.of("BED", "TRANSPORT")));
        assertThat(done.status()).as(done.toString()).isEqualTo(201);
        assertThat(done.json().path("hoursRequestToAssessment").asLong()).isEqualTo(8);
        Api.Response bad = amhp.post("/api/v1/mha/assessments", Map.of("personId", person, "requestedAt", TestDates.today().plusDays(1) + "T10:00:00",
                "amhp", "", "delays", List.of("WEATHER")));
        assertThat(bad.errorFor("requestedAt")).isNotNull();
        assertThat(bad.errorFor("amhp")).isNotNull();
        assertThat(bad.errorFor("delays")).isNotNull();
        JsonNode m = staffWith(Role.PERFORMANCE).get("/api/v1/mha/summary?from=" + TestDates.today().minusDays(1) + "&to=" + TestDates.today().minusDays(1)).json();
        assertThat(m.path("assessments").asLong()).isEqualTo(1);
        assertThat(m.path("byOutcome").path("Detained under section 2").asLong()).isEqualTo(1);
        assertThat(m.path("delaysByCause").path("BED").asLong()).isEqualTo(1);
        assertThat(m.path("delaysByCause").path("TRANSPORT").asLong()).isEqualTo(1);
        assertThat(m.path("outOfAreaBeds").asLong()).isEqualTo(1);
        assertThat(m.path("medianHoursToAssessment").asDouble()).isEqualTo(8.5);
    }
}
