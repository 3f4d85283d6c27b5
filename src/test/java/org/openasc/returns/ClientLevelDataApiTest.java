package org.openasc.returns;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.csv.CsvFiles;
import org.openasc.platform.documents.ContentHash;
import org.openasc.platform.security.Role;
import org.openasc.returns.domain.CldFields;
import org.openasc.testing.Api;
import org.openasc.testing.CldRecords;
import org.openasc.testing.AssessmentAnswers;
import org.openasc.testing.CareAndSupport;
import org.openasc.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Client Level Data file for a small council built through the API in 2003 (a year no other test uses), checked
 * row by row against rows written by hand; then its validation, a kept submission and what changed in the next.
 * Other tests' people share the database, so only this test's people's rows are compared.
 */
class ClientLevelDataApiTest extends IntegrationTest {

    static final String QUARTER = "2003-12-31";

    @Test
    void theQuartersFileHasARowPerEventWithThePersonAsTheyStoodAndWhatTheRulesFind() {
        long team = newTeam("Cld ");
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        Api performance = staffWith(Role.PERFORMANCE);
        String annNhs = CldRecords.newNhsNumber();
        String carolNhs = CldRecords.newNhsNumber();
        JsonNode ann = CldRecords.person(practitioner, "Ann", "1940-05-01", annNhs, "Physical support: Personal care support", "Yes");
        JsonNode carol = CldRecords.person(practitioner, "Carol", "1950-07-12", carolNhs, "Social support: Support to unpaid carer", "No");
        String annId = ann.path("id").asString();
        expect(practitioner.post("/api/v1/people/" + carol.path("id").asString() + "/relationships", Map.of("relatedPersonId",
                ann.path("personId").asString(), "relationshipType", "Unpaid carer of", "startDate", "2001-01-01")), 201);

        // A request received in February and closed in the period; another closed in 2004 is not yet in the file.
        JsonNode request = expect(practitioner.post("/api/v1/requests", Map.of("personId", annId, "clientType", "Service user",
                "routeOfAccess", "Community/Other route", "receivedOn", "2003-02-03", "summary", "Struggling with personal care")), 201);
        expect(practitioner.post("/api/v1/requests/" + request.path("id").asString() + "/close", Map.of("outcome",
                "Progress to assessment, review or reassessment", "closedOn", "2003-02-20", "version", request.path("version").asInt())), 200);
        JsonNode later = expect(practitioner.post("/api/v1/requests", Map.of("personId", annId, "clientType", "Service user",
                "routeOfAccess", "Community/Other route", "receivedOn", "2003-12-30", "summary", "A fall")), 201);
        expect(practitioner.post("/api/v1/requests/" + later.path("id").asString() + "/close", Map.of("outcome",
                "NFA: Information and advice or signposting", "closedOn", "2004-01-05", "version", later.path("version").asInt())), 200);

        // An assessment completed with its outcome, and one completed without: the rules find the missing outcome.
        String assessed = CldRecords.assessment(practitioner, annId, "2003-02-21", "2003-03-10", "Progress to support planning or services");
        String noOutcome = CldRecords.assessment(practitioner, annId, "2003-06-02", "2003-06-09", null);

        // Home support from April with a price and hours change in September: two rows, the first keeping the service's start.
        JsonNode service = CareAndSupport.start(practitioner, CareAndSupport.service(annId, team, "Long term support: Community", "Home Support",
                "CASSR managed personal budget", "2003-04-01", "20.00", "Hourly", "10"));
        expect(practitioner.post("/api/v1/services/" + service.path("id").asString() + "/changes", Map.of("version", service.path("version").asInt(),
                "effectiveFrom", "2003-09-01", "unitCost", "21.50", "costFrequency", "Hourly", "plannedUnitsPerWeek", "12", "reason", "Uplift")), 201);
        Map<String, Object> review = new HashMap<>(Map.of("personId", annId, "reason", "Planned", "method", "Service User Only",
                "reviewedOn", "2003-11-10", "outcomesAchieved", "Fully achieved", "outcome", "Continuation of support or services"));
        expect(practitioner.post("/api/v1/reviews", review), 201);

        // Ended after the quarter, so open in its file, and counted by no later year's figures.
        JsonNode current = practitioner.get("/api/v1/services/" + service.path("id").asString()).json();
        expect(practitioner.post("/api/v1/services/" + service.path("id").asString() + "/end", Map.of("version", current.path("version").asInt(),
                "endDate", "2004-01-31", "outcome", "NFA: Support ended as planned")), 200);

        Api.Response file = performance.get("/api/v1/returns/cld?quarterEnd=" + QUARTER);
        assertThat(file.status()).as(file.toString()).isEqualTo(200);
        assertThat(file.body().lines().findFirst().orElseThrow()).isEqualTo(String.join(",", CldFields.HEADER));
        String a = ann.path("personId").asString();
        String c = carol.path("personId").asString();
        long serviceNumber = service.path("serviceNumber").asLong();
        List<String> mine = rowsOf(file.body(), Set.of(a, c));

        // Ann's person columns as held: owner occupier since 1990; funding from her latest service begun by the event's last day.
        Map<String, String> annPerson = Map.of(CldFields.NHS_NUMBER, annNhs, CldFields.PERSON_ID, a,
                CldFields.GENDER, "Female", CldFields.ETHNICITY, "White: Irish", CldFields.DATE_OF_BIRTH, "01/05/1940", CldFields.CLIENT_TYPE,
                "Service user", CldFields.SUPPORT_REASON, "Physical support: Personal care support", CldFields.POSTCODE, "LE1 7RH",
                CldFields.ACCOMMODATION, "Owner occupier or shared ownership scheme", CldFields.HAS_CARER, "Yes");
        Map<String, String> home = Map.of(CldFields.EVENT_TYPE, "Service", CldFields.SERVICE_TYPE, "Long term support: Community",
                CldFields.SERVICE_COMPONENT, "Home Support", CldFields.DELIVERY_MECHANISM, "CASSR managed personal budget",
                CldFields.FUNDING, "Fully social care funded", CldFields.COST_FREQUENCY, "Hourly");
        Map<String, String> assessedRow = Map.of(CldFields.EVENT_TYPE, "Assessment", CldFields.ASSESSMENT_TYPE, "Long term assessment",
                CldFields.ELIGIBLE_NEEDS, "Yes", CldFields.ASSESSMENT_METHOD, "Face to face");
        long reviewNumber = jdbc.sql("select review_number from support.review where person_id = cast(:p as uuid)").param("p", annId)
                .query(Long.class).single();
        String expected = CsvFiles.write(CldFields.HEADER, List.of(
                row(annPerson, Map.of(CldFields.EVENT_TYPE, "Request", CldFields.EVENT_REFERENCE, "R" + request.path("requestNumber").asLong(),
                        CldFields.EVENT_START, "03/02/2003", CldFields.EVENT_END, "20/02/2003", CldFields.EVENT_OUTCOME,
                        "Progress to assessment, review or reassessment", CldFields.ROUTE_OF_ACCESS, "Community/Other route")),
                row(annPerson, assessedRow, Map.of(CldFields.EVENT_REFERENCE, "A" + CldRecords.number(practitioner, assessed), CldFields.EVENT_START, "21/02/2003",
                        CldFields.EVENT_END, "10/03/2003", CldFields.EVENT_OUTCOME, "Progress to support planning or services")),
                // Until the change the row ends the day before it, going on; then a row from the change date, open.
                row(annPerson, home, Map.of(CldFields.EVENT_REFERENCE, "S" + serviceNumber, CldFields.EVENT_START, "01/04/2003",
                        CldFields.EVENT_END, "31/08/2003", CldFields.EVENT_OUTCOME, "Continuation of support or services", CldFields.UNIT_COST, "20.00",
                        CldFields.PLANNED_UNITS, "10.00")),
                row(annPerson, assessedRow, Map.of(CldFields.EVENT_REFERENCE, "A" + CldRecords.number(practitioner, noOutcome), CldFields.EVENT_START,
                        "02/06/2003", CldFields.EVENT_END, "09/06/2003", CldFields.FUNDING, "Fully social care funded")),
                row(annPerson, home, Map.of(CldFields.EVENT_REFERENCE, "S" + serviceNumber + "-2", CldFields.EVENT_START, "01/09/2003",
                        CldFields.UNIT_COST, "21.50", CldFields.PLANNED_UNITS, "12.00")),
                row(annPerson, Map.of(CldFields.EVENT_TYPE, "Review", CldFields.EVENT_REFERENCE, "V" + reviewNumber, CldFields.EVENT_START, "10/11/2003",
                        CldFields.EVENT_END, "10/11/2003", CldFields.EVENT_OUTCOME, "Continuation of support or services", CldFields.FUNDING,
                        "Fully social care funded", CldFields.REVIEW_REASON, "Planned", CldFields.REVIEW_OUTCOMES, "Fully achieved",
                        CldFields.REVIEW_METHOD, "Service User Only")),
                // Carol cares for Ann and has no event of her own: a carer known by association, linked to Ann.
                row(Map.of(CldFields.NHS_NUMBER, carolNhs, CldFields.PERSON_ID, c, CldFields.GENDER, "Female",
                        CldFields.ETHNICITY, "White: Irish", CldFields.DATE_OF_BIRTH, "12/07/1950", CldFields.CLIENT_TYPE,
                        "Unpaid carer known by association", CldFields.SUPPORT_REASON, "Social support: Support to unpaid carer", CldFields.POSTCODE,
                        "LE1 7RH", CldFields.ACCOMMODATION, "Owner occupier or shared ownership scheme", CldFields.HAS_CARER, "No"),
                        Map.of(CldFields.ADULTS_CARED_FOR, "1", CldFields.ADULT_1, a))));
        assertThat(mine).containsExactlyElementsOf(expected.lines().skip(1).toList());

        // Validation: the assessment without an outcome fails one rule, linked to the assessment to put right; nothing else of ours fails.
        JsonNode validation = expect(performance.get("/api/v1/returns/cld/validation?quarterEnd=" + QUARTER), 200);
        List<JsonNode> ours = new java.util.ArrayList<>();
        validation.path("failures").forEach(f -> {
            if (f.path("link").asString().contains(noOutcome) || f.path("link").asString().contains(annId)
                    || f.path("link").asString().contains(carol.path("id").asString()) || f.path("eventRef").asString().startsWith("S" + serviceNumber)
                    || f.path("eventRef").asString().equals("R" + request.path("requestNumber").asLong())) {
                ours.add(f);
            }
        });
        assertThat(ours).hasSize(1);
        assertThat(ours.get(0).path("rule").asString()).isEqualTo("Mandatory field blank");
        assertThat(ours.get(0).path("field").asString()).isEqualTo("Event Outcome");
        assertThat(ours.get(0).path("link").asString()).isEqualTo("/assessments/" + noOutcome);
        assertThat(validation.path("rows").asInt()).isEqualTo(file.body().lines().count() - 1);
        assertThat(validation.path("byEventType").path("Review").asLong()).isPositive();
    }

    /**
     * DHSC asks planned units a week of every costed service, and a price per period holds none: the file gives its share
     * of a week. A weekly direct payment of 350.00 is 1.00 unit a week; a monthly one of 1,300.00 costs 300.00 a week
     * (1,300 x 12 / 52), so 300.00 / 1,300.00 = 0.23 units; neither fails the rules.
     */
    @Test
    void aPricePerPeriodHasItsShareOfAWeekAsPlannedUnits() {
        long team = newTeam("Cld ");
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        JsonNode bea = CldRecords.person(practitioner, "Bea", "1945-03-01", CldRecords.newNhsNumber(), "Physical support: Personal care support", "No");
        JsonNode dan = CldRecords.person(practitioner, "Dan", "1946-04-02", CldRecords.newNhsNumber(), "Physical support: Personal care support", "No");
        String[][] payments = {{bea.path("id").asString(), "350.00", "Weekly"}, {dan.path("id").asString(), "1300.00", "Monthly"}};
        List<String> services = new java.util.ArrayList<>();
        for (String[] p : payments) {
            JsonNode started = CareAndSupport.start(practitioner, CareAndSupport.service(p[0], team, "Long term support: Community", "Direct Payment",
                    "Direct payment", "2003-05-01", p[1], p[2], null));
            // Ended after the quarter (open in its file), so no later year's figures count these people.
            CareAndSupport.end(practitioner, started, "2004-01-31");
            services.add(started.path("id").asString());
        }
        String file = staffWith(Role.PERFORMANCE).get("/api/v1/returns/cld?quarterEnd=" + QUARTER).body();
        int cost = CldFields.index(CldFields.UNIT_COST);
        int units = CldFields.index(CldFields.PLANNED_UNITS);
        List<String> planned = java.util.stream.Stream.of(bea, dan).map(p -> rowsOf(file, Set.of(p.path("personId").asString())))
                .map(rows -> {
                    assertThat(rows).hasSize(1);
                    List<String> header = CldFields.HEADER.stream().map(h -> h.toLowerCase(java.util.Locale.ROOT)).toList();
                    CsvFiles.Row row = CsvFiles.read(String.join(",", header) + "\n" + rows.get(0), header, "file").get(0);
                    return row.get(header.get(cost)) + " " + row.get(header.get(units));
                }).toList();
        assertThat(planned).containsExactly("350.00 1.00", "1300.00 0.23");
        JsonNode validation = expect(staffWith(Role.PERFORMANCE).get("/api/v1/returns/cld/validation?quarterEnd=" + QUARTER), 200);
        validation.path("failures").forEach(f -> assertThat(services).as(f.toString()).noneMatch(id -> f.path("link").asString().contains(id)));
    }

    @Test
    void aKeptSubmissionHasItsHashAndTheNextSaysWhatChanged() {
        long team = newTeam("Cld ");
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        Api performance = staffWith(Role.PERFORMANCE);
        JsonNode bea = CldRecords.person(practitioner, "Bea", "1938-02-14", null, "Support with memory and cognition", "Unknown");
        String beaId = bea.path("id").asString();
        JsonNode service = CareAndSupport.start(practitioner, CareAndSupport.service(beaId, team, "Long term support: Community",
                "Day Support", "CASSR commissioned support", "2002-06-01", "65.00", "Per session", "2"));

        JsonNode first = expect(performance.post("/api/v1/returns/cld/submissions", Map.of("quarterEnd", QUARTER)), 201);
        String kept = performance.get("/api/v1/returns/cld/submissions/" + first.path("id").asLong() + "/file").body();
        assertThat(first.path("sha256").asString()).isEqualTo(ContentHash.sha256(kept));
        assertThat(first.path("rows").asLong()).isEqualTo(kept.lines().count() - 1);
        assertThat(first.path("submittedBy").asString()).isEqualTo(performance.username());

        // Bea's placement ended in December, recorded after the file was kept: the next file sends it closed.
        expect(practitioner.post("/api/v1/services/" + service.path("id").asString() + "/end", Map.of("version", service.path("version").asInt(),
                "endDate", "2003-12-20", "outcome", "NFA: Deceased")), 200);
        JsonNode second = expect(performance.post("/api/v1/returns/cld/submissions", Map.of("quarterEnd", QUARTER)), 201);
        JsonNode changes = expect(performance.get("/api/v1/returns/cld/submissions/" + second.path("id").asLong() + "/changes"), 200);
        String ref = "S" + service.path("serviceNumber").asLong();
        List<JsonNode> closed = new java.util.ArrayList<>();
        changes.path("closedSince").forEach(closed::add);
        assertThat(closed).anySatisfy(c -> {
            assertThat(c.path("key").asString()).isEqualTo(ref);
            assertThat(c.path("after").path("Event End Date").asString()).isEqualTo("20/12/2003");
            assertThat(c.path("after").path("Event Outcome").asString()).isEqualTo("NFA: Deceased");
            assertThat(c.path("before").path("Event End Date").asString()).isEmpty();
        });
        assertThat(changes.path("previous").path("id").asLong()).isEqualTo(first.path("id").asLong());
    }

    @Test
    void onlyThePerformanceTeamRunsTheReturnAndABadQuarterIsRefusedByField() {
        assertThat(staffWith(Role.PRACTITIONER).get("/api/v1/returns/cld?quarterEnd=" + QUARTER).status()).isEqualTo(403);
        assertThat(staffWith(Role.COUNCILLOR).get("/api/v1/returns/cld/validation?quarterEnd=" + QUARTER).status()).isEqualTo(403);
        assertThat(staffWith(Role.TEAM_MANAGER).post("/api/v1/returns/cld/submissions", Map.of("quarterEnd", QUARTER)).status()).isEqualTo(403);
        Api performance = staffWith(Role.PERFORMANCE);
        Api.Response notAQuarter = performance.get("/api/v1/returns/cld?quarterEnd=2003-11-30");
        assertThat(notAQuarter.status()).isEqualTo(400);
        assertThat(notAQuarter.errorFor("quarterEnd")).contains("quarter's last day");
        assertThat(performance.get("/api/v1/returns/cld?quarterEnd=next-march").status()).isEqualTo(400);
        Api.Response missing = performance.post("/api/v1/returns/cld/submissions", Map.of());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFor("quarterEnd")).isNotBlank();
        assertThat(performance.get("/api/v1/returns/cld/submissions/999999/changes").status()).isEqualTo(404);
    }

    /** A file row from column values (the reporting period always set); columns not given are blank. */
    @SafeVarargs
    static List<String> row(Map<String, String>... parts) {
        Map<String, String> values = new HashMap<>(Map.of(CldFields.PERIOD_START, "01/01/2003", CldFields.PERIOD_END, "31/12/2003"));
        for (Map<String, String> part : parts) {
            values.putAll(part);
        }
        return CldFields.HEADER.stream().map(h -> values.getOrDefault(h, "")).toList();
    }

    /** The rows of the CSV for the given council person IDs, in file order, as lines. */
    static List<String> rowsOf(String csv, Set<String> people) {
        int person = CldFields.index(CldFields.PERSON_ID);
        return csv.lines().skip(1).filter(l -> {
            List<CsvFiles.Row> parsed = CsvFiles.read(String.join(",", CldFields.HEADER).toLowerCase(java.util.Locale.ROOT) + "\n" + l,
                    CldFields.HEADER.stream().map(h -> h.toLowerCase(java.util.Locale.ROOT)).toList(), "file");
            return people.contains(parsed.get(0).get(CldFields.HEADER.get(person).toLowerCase(java.util.Locale.ROOT)));
        }).toList();
    }

    static JsonNode expect(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response.json();
    }
}
