package org.openasc.returns;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.Browser;
import org.openasc.testing.CareAndSupport;
import org.openasc.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SALT's activity tables computed from the Client Level Data rows, for a small cohort built through the API in the
 * financial year April 1991 to March 1992 (with history from 1990), a year no other test uses. The database is shared,
 * so every expectation is over this test's own people: each table's cells are opened and only their LA person IDs kept.
 * The tables are computed once, as a member of the performance team, and every cell of every table opened from that computation.
 */
class ActivityTablesTest extends IntegrationTest {

    static final int YEAR = 1991;
    static final String COMMUNITY = "Long term support: Community";
    static final String ST_MAX = "Short term support: ST-Max";

    @Autowired
    ActivityTables activity;

    @Test
    void eachTableCountsTheCohortInTheCellsTheNationalRulesGiveAndEachCellOpensOntoItsRecords() {
        long team = newTeam("Salt ");
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        Api brokerage = staffWith(Role.BROKERAGE);
        String nursingHome = CareAndSupport.location(brokerage, uniqueName("Larch Nursing "), List.of("Nursing home"), 40);
        String careHome = CareAndSupport.location(brokerage, uniqueName("Rowan House "), List.of("Residential care home"), 30);

        // Ada, 71: a new client discharged from hospital, reabled (ST-Max two days after the request closed), which ended as planned.
        JsonNode ada = person(practitioner, "Ada", "1920-05-01", "Physical support: Personal care support", null, null);
        JsonNode adaRequest = request(practitioner, ada, "Discharge from hospital", "1991-05-02", "1991-05-10", "Progress to reablement/ST-Max");
        JsonNode adaStMax = CareAndSupport.start(practitioner, service(ada, team, ST_MAX, "Reablement", "CASSR commissioned support", "1991-05-12", "150.00"));
        end(practitioner, adaStMax, "1991-06-20", "NFA: Support ended as planned");

        // Bea, 50: a new client with a learning disability, paid work and her own tenancy; long-term support by direct payment from
        // 1 August, 17 days after her request closed. Fay, 51, cares for her and had a direct payment of her own from May to October.
        JsonNode bea = person(practitioner, "Bea", "1941-03-10", "Learning disability support", "Tenant: Private landlord", "Paid: 16 or more hours a week");
        request(practitioner, bea, "Community/Other route", "1991-07-01", "1991-07-15", "Progress to support planning or services");
        endAfterTheYear(practitioner, CareAndSupport.start(practitioner, service(bea, team, COMMUNITY, "Direct Payment", null, "1991-08-01", "200.00")));
        JsonNode fay = person(practitioner, "Fay", "1940-04-04", "Social support: Support to unpaid carer", null, null);
        expect(practitioner.post("/api/v1/people/" + fay.path("id").asString() + "/relationships", Map.of("relatedPersonId",
                bea.path("personId").asString(), "relationshipType", "Unpaid carer of", "startDate", "1990-01-01")), 201);
        JsonNode fayPayment = CareAndSupport.start(practitioner, service(fay, team, "Unpaid carer support: Direct to unpaid carer", "Direct Payment",
                null, "1991-05-01", "40.00"));
        end(practitioner, fayPayment, "1991-10-31", "NFA: Support ended as planned");

        // Cis, 80: a new client signposted at the front door.
        JsonNode cis = person(practitioner, "Cis", "1911-02-02", "Physical support: Access and mobility only", null, null);
        request(practitioner, cis, "Community/Other route", "1991-09-01", "1991-09-05", "NFA: Information and advice or signposting");

        // Dot, 78: reabled in October and November, then into a nursing home the day after: long-term support followed.
        JsonNode dot = person(practitioner, "Dot", "1913-08-08", "Physical support: Personal care support", null, null);
        JsonNode dotStMax = CareAndSupport.start(practitioner, service(dot, team, ST_MAX, "Reablement", "CASSR commissioned support", "1991-10-03", "150.00"));
        end(practitioner, dotStMax, "1991-11-13", "Progress to support planning or services");
        Map<String, Object> nursing = service(dot, team, "Long term support: Nursing care", "Long Term Nursing Care", "CASSR commissioned support",
                "1991-11-14", "900.00");
        nursing.put("locationId", nursingHome);
        endAfterTheYear(practitioner, CareAndSupport.start(practitioner, nursing));

        // Eve, 68: home support on a managed budget since June 1990, its price changed on 1 April 1991 (a second CLD row from that day):
        // one spell of more than 12 months at 31 March 1992. She is an existing client, so her request is not STS001's; her
        // ST-Max in November is STS002b's. Two reviews in the year, one unplanned.
        JsonNode eve = person(practitioner, "Eve", "1923-01-15", "Support with memory and cognition", null, null);
        JsonNode eveHome = CareAndSupport.start(practitioner, CareAndSupport.service(eve.path("id").asString(), team, COMMUNITY, "Home Support",
                "CASSR managed personal budget", "1990-06-01", "20.00", "Hourly", "10"));
        expect(practitioner.post("/api/v1/services/" + eveHome.path("id").asString() + "/changes", Map.of("version", eveHome.path("version").asInt(),
                "effectiveFrom", "1991-04-01", "unitCost", "21.00", "costFrequency", "Hourly", "plannedUnitsPerWeek", "10", "reason", "Uplift")), 201);
        request(practitioner, eve, "Community/Other route", "1991-06-01", "1991-06-03", "NFA: Information and advice or signposting");
        JsonNode eveStMax = CareAndSupport.start(practitioner, service(eve, team, ST_MAX, "Reablement", "CASSR commissioned support", "1991-11-01", "150.00"));
        end(practitioner, eveStMax, "1991-11-30", "NFA: Support ended as planned");
        review(practitioner, eve, "Unplanned - Hospital (Planned and unplanned episodes)", "1991-09-15", null);
        review(practitioner, eve, "Planned", "1992-01-10", "Fully achieved");
        endAfterTheYear(practitioner, eveHome);

        // Gus, 40: in a care home from September 1990 until 30 June 1991: in long-term support in the year, not at its end.
        JsonNode gus = person(practitioner, "Gus", "1951-02-20", "Mental health support", null, null);
        Map<String, Object> residential = service(gus, team, "Long term support: Residential care", "Long Term Residential Care",
                "CASSR commissioned support", "1990-09-01", "700.00");
        residential.put("locationId", careHome);
        end(practitioner, CareAndSupport.start(practitioner, residential), "1991-06-30", "NFA: Support ended for other reason");

        Map<String, String> names = new HashMap<>();
        for (JsonNode p : List.of(ada, bea, cis, dot, eve, fay, gus)) {
            names.put(p.path("personId").asString(), p.path("givenName").asString());
        }

        asPerformance(() -> {
            ActivityTables.Computed computed = activity.compute(activity.checkYear(YEAR));
            // STS001, requests from new clients by sequel, by age when the request was made and route of access:
            //   Ada 71, discharged from hospital, ST-Max 2 days after (within 28) -> ST-Max;
            //   Bea 50, community route, long-term community support 17 days after -> Long Term Support Community;
            //   Cis 80, signposted, nothing followed -> Universal Services; Eve's request: long-term support open when made -> not counted.
            assertThat(placed(computed, "sts001", names)).isEqualTo(Map.of(
                    "Short Term Support to Maximise Independence | 65+: Discharge from Hospital", List.of("Ada"),
                    "Long Term Support Community | 18-64: Community/Other route", List.of("Bea"),
                    "Universal Services/ Signposted to other services | 65+: Community/Other route", List.of("Cis")));
            // STS002a, ST-Max episodes of new clients ended in the year: Ada's ended as planned with nothing after -> other (1);
            // Dot's was followed the next day (within 3) by nursing care -> long-term support (1). Both 65+.
            assertThat(placed(computed, "sts002a", names)).isEqualTo(Map.of(
                    "No services provided – other | 65+", List.of("Ada"),
                    "Long Term Support (any setting) | 65+", List.of("Dot")));
            // STS002b: Eve's ST-Max began while her home support was open -> existing client, ended as planned -> other.
            assertThat(placed(computed, "sts002b", names)).isEqualTo(Map.of("No services provided – other | 65+", List.of("Eve")));
            // LTS001a, long-term support at some time in the year: 4 people, each once, in their highest setting,
            // aged on their last day of it in the year (Gus 40 on 30 June 1991; the others on 31 March 1992).
            Map<String, List<String>> atYearEnd = Map.of(
                    "18-64: Community: Direct Payment | Learning Disability Support", List.of("Bea"),
                    "65+: Nursing | Physical Support", List.of("Dot"),
                    "65+: Community: CASSR Managed Personal Budget | Support with Memory and Cognition", List.of("Eve"));
            Map<String, List<String>> inYear = new HashMap<>(atYearEnd);
            inYear.put("18-64: Residential | Mental Health Support", List.of("Gus"));
            assertThat(placed(computed, "lts001a", names)).isEqualTo(inYear);
            // LTS001b, at 31 March 1992: Gus's placement had ended -> 3.
            assertThat(placed(computed, "lts001b", names)).isEqualTo(atYearEnd);
            // LTS001c, at 31 March 1992 for more than 12 months: only Eve, whose rows (1 June 1990 - 31 March 1991, then from 1 April
            // 1991) are one spell starting before 31 March 1991. Bea's (August 1991) and Dot's (November 1991) are too recent.
            assertThat(placed(computed, "lts001c", names)).isEqualTo(Map.of(
                    "65+: Community: CASSR Managed Personal Budget | Support with Memory and Cognition", List.of("Eve")));
            // LTS002a and b: Eve's two reviews, both followed by continuation of support, one unplanned and one planned (she is in
            // both LTS001a and LTS001c).
            Map<String, List<String>> reviews = Map.of(
                    "Continuation of support or services | Unplanned", List.of("Eve"),
                    "Continuation of support or services | Planned review of long term support", List.of("Eve"));
            assertThat(placed(computed, "lts002a", names)).isEqualTo(reviews);
            assertThat(placed(computed, "lts002b", names)).isEqualTo(reviews);
            // LTS003: Fay, 51 at the year end, had a direct payment -> Direct Payment only, 26-64.
            assertThat(placed(computed, "lts003", names)).isEqualTo(Map.of("Direct Payment only | 26-64", List.of("Fay")));
            // LTS004: Bea is 18-64 with learning disability support, in paid work (16 or more hours) and renting privately (settled).
            assertThat(placed(computed, "lts004", names)).isEqualTo(Map.of("In paid employment | Settled accommodation", List.of("Bea")));

            // Every figure is the size of its cell, whoever else's records are in the year.
            for (ActivityTable table : computed.tables()) {
                for (ActivityTable.Row row : table.rows()) {
                    for (int i = 0; i < table.columns().size(); i++) {
                        assertThat(row.values().get(i)).as(table.ref() + " " + row.label() + " / " + table.columns().get(i))
                                .isEqualTo(computed.cell(table.ref(), row.label(), table.columns().get(i)).size());
                    }
                }
            }

            // Opening a cell lists each record with where to open it, and is audited.
            ActivityTable.Counted adaCounted = only(computed.cell("sts001", "Short Term Support to Maximise Independence", "65+: Discharge from Hospital"),
                    ada);
            assertThat(adaCounted).isEqualTo(new ActivityTable.Counted(ada.path("personId").asString(), "R" + adaRequest.path("requestNumber").asLong(),
                    "Request", LocalDate.of(1991, 5, 2), LocalDate.of(1991, 5, 10), "/requests/" + adaRequest.path("id").asString()));
            ActivityTable.Counted eveCounted = only(activity.cell(computed, "lts001c", "65+: Community: CASSR Managed Personal Budget", "Total"), eve);
            assertThat(eveCounted.eventRef()).isEqualTo("S" + eveHome.path("serviceNumber").asLong() + "-2");
            assertThat(eveCounted.start()).isEqualTo(LocalDate.of(1991, 4, 1));
            assertThat(eveCounted.end()).isNull();
            assertThat(eveCounted.link()).isEqualTo("/services/" + eveHome.path("id").asString());
            long audited = jdbc.sql("select count(*) from platform.audit_event where actor = 'activity-test' and action = 'VIEWED' "
                    + "and subject_type = 'return' and subject_id = 'SALT LTS001c' and subject_ref = '1991'").query(Long.class).single();
            assertThat(audited).isEqualTo(1);
            assertThat(only(computed.cell("lts003", "Direct Payment only", "26-64"), fay).link())
                    .isEqualTo("/services/" + fayPayment.path("id").asString());
        });
    }

    @Test
    void onlyThePerformanceTeamSeesTheTablesAndBadTablesYearsAndCellsAreRefused() {
        Api performance = staffWith(Role.PERFORMANCE);
        int year = activity.lastEndedYear();
        Api.Response table = performance.get("/api/v1/returns/activity/lts001a?financialYear=" + year);
        assertThat(table.status()).as(table.toString()).isEqualTo(200);
        assertThat(table.json().path("ref").asString()).isEqualTo("LTS001a");
        assertThat(table.json().path("unit").asString()).isEqualTo("People");
        assertThat(table.json().path("columns").get(0).asString()).isEqualTo("Physical Support");
        assertThat(table.json().path("rows").get(0).path("label").asString()).isEqualTo("18-64: Nursing");
        Api.Response cell = performance.get("/api/v1/returns/activity/lts001a/cells?financialYear=" + year + "&row=" + encode("65+: Nursing")
                + "&column=Total");
        assertThat(cell.status()).as(cell.toString()).isEqualTo(200);
        assertThat(cell.json().path("items").size()).isEqualTo(table.json().path("rows").get(9).path("values").get(7).asInt());
        assertThat(performance.get("/api/v1/returns/activity?financialYear=" + year).json().size()).isEqualTo(ActivityTables.TABLES.size());

        Api.Response unknown = performance.get("/api/v1/returns/activity/lts009?financialYear=" + year);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).contains("application/problem+json");
        assertThat(performance.get("/api/v1/returns/activity/lts001a/cells?financialYear=" + year + "&row=Nowhere&column=Total").status()).isEqualTo(404);
        Api.Response early = performance.get("/api/v1/returns/activity/sts001?financialYear=1989");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.contentType()).contains("application/problem+json");
        assertThat(early.errorFor("financialYear")).contains("from 1990");
        assertThat(performance.get("/api/v1/returns/activity/sts001?financialYear=" + (year + 2)).errorFor("financialYear")).contains("from 1990");
        assertThat(performance.get("/api/v1/returns/activity/sts001/cells?financialYear=1989&row=x&column=y").status()).isEqualTo(400);

        for (Role role : List.of(Role.COUNCILLOR, Role.PRACTITIONER)) {
            Api other = staffWith(role);
            assertThat(other.get("/api/v1/returns/activity/lts001a?financialYear=" + year).status()).as(role.name()).isEqualTo(403);
            assertThat(other.get("/api/v1/returns/activity/lts001a/cells?financialYear=" + year + "&row=" + encode("65+: Nursing") + "&column=Total")
                    .status()).as(role.name()).isEqualTo(403);
        }

        try (Browser browser = new Browser(port)) {
            browser.signIn(performance.username(), performance.password());
            browser.open("/returns/activity?financialYear=" + year);
            assertThat(browser.text()).contains("STS001: Requests for support from new clients").contains("LTS004: Clients aged 18-64");
            browser.checkAccessibility("activity-tables");
            browser.open("/returns/activity/lts001b/cells?financialYear=" + year + "&row=" + encode("65+: Nursing") + "&column=Total");
            assertThat(browser.heading()).isEqualTo("65+: Nursing, Total");
            browser.checkAccessibility("activity-cell");
            browser.open("/returns/activity?financialYear=1989");
            assertThat(browser.errorSummary()).anySatisfy(e -> assertThat(e).contains("from 1990"));
        }
    }

    /** Where this test's people are counted in a table: "row | column" to their given names (the total column left out). */
    private static Map<String, List<String>> placed(ActivityTables.Computed computed, String ref, Map<String, String> names) {
        Map<String, List<String>> placed = new TreeMap<>();
        ActivityTable table = computed.table(ref);
        for (ActivityTable.Row row : table.rows()) {
            for (String column : table.columns()) {
                if (column.equals("Total")) {
                    continue;
                }
                List<String> ours = computed.cell(ref, row.label(), column).stream().map(ActivityTable.Counted::personId)
                        .filter(names::containsKey).map(names::get).sorted().toList();
                if (!ours.isEmpty()) {
                    placed.put(row.label() + " | " + column, ours);
                }
            }
        }
        return placed;
    }

    private static ActivityTable.Counted only(List<ActivityTable.Counted> counted, JsonNode person) {
        List<ActivityTable.Counted> theirs = counted.stream().filter(c -> c.personId().equals(person.path("personId").asString())).toList();
        assertThat(theirs).hasSize(1);
        return theirs.get(0);
    }

    private static void asPerformance(Runnable check) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("activity-test", null,
                List.of(new SimpleGrantedAuthority("ROLE_PERFORMANCE"))));
        try {
            check.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A person with a support reason and, where given, accommodation and employment held since 1 January 1990. */
    private static JsonNode person(Api api, String name, String born, String reason, String accommodation, String employment) {
        Map<String, Object> body = new HashMap<>();
        body.put("givenName", name);
        body.put("familyName", uniqueName("Salt"));
        body.put("dateOfBirth", born);
        body.put("gender", "Female");
        body.put("ethnicity", "White: Irish");
        body.put("postcode", "LE1 7RH");
        body.put("primarySupportReason", reason);
        body.put("accommodationStatus", accommodation == null ? "Owner occupier or shared ownership scheme" : accommodation);
        body.put("accommodationStatusFrom", "1990-01-01");
        if (employment != null) {
            body.put("employmentStatus", employment);
            body.put("employmentStatusFrom", "1990-01-01");
        }
        return expect(api.post("/api/v1/people", body), 201);
    }

    private static JsonNode request(Api api, JsonNode person, String route, String received, String closed, String outcome) {
        JsonNode request = expect(api.post("/api/v1/requests", Map.of("personId", person.path("id").asString(), "clientType", "Service user",
                "routeOfAccess", route, "receivedOn", received, "summary", "Asked for help")), 201);
        return expect(api.post("/api/v1/requests/" + request.path("id").asString() + "/close", Map.of("outcome", outcome, "closedOn", closed,
                "version", request.path("version").asInt())), 200);
    }

    /** A service costed by the week. */
    private static Map<String, Object> service(JsonNode person, long team, String type, String component, String mechanism, String start, String weekly) {
        return CareAndSupport.service(person.path("id").asString(), team, type, component, mechanism, start, weekly, "Weekly", null);
    }

    /**
     * Ends long-term support a month after the year (open at its end, so the file shows it open), so that no later year's
     * figures in another test count this test's people.
     */
    private static void endAfterTheYear(Api api, JsonNode service) {
        JsonNode current = api.get("/api/v1/services/" + service.path("id").asString()).json();
        end(api, current, "1992-04-30", "NFA: Support ended as planned");
    }

    private static void end(Api api, JsonNode service, String on, String outcome) {
        expect(api.post("/api/v1/services/" + service.path("id").asString() + "/end", Map.of("version", service.path("version").asInt(),
                "endDate", on, "outcome", outcome)), 200);
    }

    private static void review(Api api, JsonNode person, String reason, String on, String outcomesAchieved) {
        Map<String, Object> body = new HashMap<>(Map.of("personId", person.path("id").asString(), "reason", reason, "method", "Service User Only",
                "reviewedOn", on, "outcome", "Continuation of support or services"));
        if (outcomesAchieved != null) {
            body.put("outcomesAchieved", outcomesAchieved);
        }
        expect(api.post("/api/v1/reviews", body), 201);
    }

    private static JsonNode expect(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response.json();
    }
}
