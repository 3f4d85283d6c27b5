package org.openasc.returns;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Safeguarding Adults Collection for 2017-18 against records counted by hand. No other test records
 * safeguarding between April 2017 and March 2018.
 *
 * <pre>
 * person  born        gender  ethnicity                      support reason   concerns (enquiries)
 * A       1950-06-01  Female  White: Irish                   Personal care    2017-05-02 (s42, concluded 2017-06-01), 2017-09-01 (s42, open)
 * B       1930-01-01  Male    Asian or Asian British: Indian  Mental health    2017-07-10 (s42, concluded 2018-02-01)
 * C       -           -       -                              -                2018-03-01 (s42, open)
 * D       1960-01-01  Female  -                              -                2018-03-20 (other enquiry)
 * SAR about B: died, completed 2018-01-15; SAR about A: serious harm, completed 2018-04-10 (next year)
 * </pre>
 */
class SafeguardingAdultsCollectionTest extends IntegrationTest {

    @Test
    void everyTableMatchesTheRecordCountedByHandAndIncompleteRecordsAreReported() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        Api team = staffWith(Role.SAFEGUARDING);
        String a = person(practitioner, "Ada", "1950-06-01", "Female", "White: Irish", "Physical support: Personal care support", "Yes");
        String b = person(practitioner, "Bert", "1930-01-01", "Male", "Asian or Asian British: Indian", "Mental health support", null);
        String c = person(practitioner, "Cyril", null, null, null, null, null);
        String d = person(practitioner, "Dora", "1960-01-01", "Female", null, null, null);

        String a1 = screen(team, raise(practitioner, a, "2017-05-02T10:00:00"), "2017-05-03", "S42");
        screen(team, raise(practitioner, a, "2017-09-01T10:00:00"), "2017-09-04", "S42");
        String b1 = screen(team, raise(practitioner, b, "2017-07-10T10:00:00"), "2017-07-11", "S42");
        screen(team, raise(practitioner, c, "2018-03-01T10:00:00"), "2018-03-02", "S42");
        screen(team, raise(practitioner, d, "2018-03-20T10:00:00"), "2018-03-21", "OTHER_ENQUIRY");
        conclude(team, a1, List.of(List.of("Physical Abuse", "Own Home", "Other - Known to Individual"),
                        List.of("Financial or Material Abuse", "Own Home", "Other - Known to Individual")),
                "Yes they were asked and outcomes were expressed", "No, they did not lack capacity", false, "2017-06-01",
                "Risk identified and action taken", "Risk reduced", "Fully Achieved");
        conclude(team, b1, List.of(List.of("Neglect and Acts of Omission", "Care Home - Nursing", "Service Provider")),
                "Yes they were asked but no outcomes were expressed", "Yes, they lacked capacity", true, "2018-02-01",
                "No risk identified and no action taken", null, null);
        review(team, b, true, "2017-08-01", "2017-09-01", "2017-10-01", "2018-01-15");
        review(team, a, false, "2017-08-01", "2017-09-01", "2017-10-01", "2018-04-10");

        Api performance = staffWith(Role.PERFORMANCE);
        JsonNode sac = performance.get("/api/v1/returns/sac?financialYear=2017").json();
        JsonNode t = sac.path("tables");
        assertThat(column(t.path("SG1f"))).containsExactly(5L, 4L, 1L);
        assertThat(cells(t.path("SG1a"))).containsExactly(0L, 1L, 0L, 1L, 0L, 1L);
        assertThat(cells(t.path("SG1b"))).containsExactly(1L, 1L, 1L);
        assertThat(cells(t.path("SG1c"))).containsExactly(1L, 0L, 1L, 0L, 0L, 0L, 1L);
        assertThat(cells(t.path("SG1d"))).containsExactly(1L, 0L, 0L, 0L, 1L, 0L, 1L, 0L);
        assertThat(t.path("SG1e").path("rows").get(0).path("values").get(0).asLong()).isEqualTo(1);
        assertThat(rows(t.path("SG2a"))).containsEntry("Physical Abuse", List.of(0L, 1L, 0L)).containsEntry("Financial or Material Abuse", List.of(0L, 1L, 0L))
                .containsEntry("Neglect and Acts of Omission", List.of(1L, 0L, 0L)).containsEntry("Self-Neglect", List.of(0L, 0L, 0L));
        assertThat(rows(t.path("SG2b"))).containsEntry("Own Home", List.of(0L, 2L, 0L)).containsEntry("Care Home - Nursing", List.of(1L, 0L, 0L));
        assertThat(rows(t.path("SG2c"))).containsEntry("Risk identified and action taken", List.of(1L))
                .containsEntry("No risk identified and no action taken", List.of(1L)).containsEntry("Risk identified and no action taken", List.of(0L));
        assertThat(rows(t.path("SG2e"))).containsEntry("Risk reduced", List.of(1L)).containsEntry("Risk removed", List.of(0L));
        assertThat(rows(t.path("SG3a"))).containsEntry("Yes, they lacked capacity", List.of(1L)).containsEntry("No, they did not lack capacity", List.of(1L))
                .containsEntry("Of which support provided by an advocate, family or friend", List.of(1L));
        assertThat(rows(t.path("SG4a"))).containsEntry("Yes they were asked and outcomes were expressed", List.of(1L))
                .containsEntry("Yes they were asked but no outcomes were expressed", List.of(1L)).containsEntry("Of outcomes expressed: Fully Achieved", List.of(1L));
        assertThat(column(t.path("SG5a"))).containsExactly(1L, 0L);
        assertThat(column(t.path("SG5b"))).containsExactly(1L, 0L);

        List<String> problems = new java.util.ArrayList<>();
        sac.path("problems").forEach(p -> problems.add(p.path("table").asString()));
        assertThat(problems).containsExactlyInAnyOrder("SG1a", "SG1b", "SG1c", "SG1d", "SG1e");

        Api.Response csv = performance.get("/api/v1/returns/sac.csv?financialYear=2017");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("table,row,column,value\n").contains("SG1f,Total Number of Safeguarding Concerns,Number,5\n")
                .contains("SG2a,Physical Abuse,Other - Known to Individual,1\n");
        assertThat(performance.get("/api/v1/returns/sac?financialYear=1990").status()).isEqualTo(400);
        try (org.openasc.testing.Browser browser = new org.openasc.testing.Browser(port)) {
            browser.signIn(performance.username(), performance.password());
            browser.open("/returns/sac?financialYear=2017");
            assertThat(browser.text()).contains("5 records to check before submitting").contains("SG2a: Concluded section 42 enquiries");
            browser.checkAccessibility("sac-return");
        }
        assertThat(staffWith(Role.COUNCILLOR).get("/api/v1/returns/sac?financialYear=2017").status()).isEqualTo(403);
        assertThat(staffWith(Role.PRACTITIONER).get("/api/v1/returns/sac.csv?financialYear=2017").status()).isEqualTo(403);
    }

    private String person(Api api, String given, String born, String gender, String ethnicity, String reason, String autism) {
        Map<String, Object> body = new HashMap<>();
        body.put("givenName", given);
        body.put("familyName", uniqueName("Sac"));
        body.put("dateOfBirth", born);
        body.put("gender", gender);
        body.put("ethnicity", ethnicity);
        body.put("primarySupportReason", reason);
        body.put("autism", autism);
        Api.Response created = api.post("/api/v1/people", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    private String raise(Api api, String person, String at) {
        Api.Response raised = api.post("/api/v1/safeguarding/concerns", Map.of("personId", person, "receivedAt", at, "source", "Family member",
                "whatHappened", "Neighbour heard shouting and saw bruises"));
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        return raised.json().path("id").asString();
    }

    private String screen(Api team, String concern, String on, String decision) {
        Api.Response screened = team.post("/api/v1/safeguarding/concerns/" + concern + "/screening", Map.of("version", 0, "screenedOn", on,
                "needsCareAndSupport", true, "experiencingOrAtRisk", true, "unableToProtect", true, "decision", decision,
                "reasons", "All criteria met", "routedTo", "SAFEGUARDING_TEAM"));
        assertThat(screened.status()).as(screened.toString()).isEqualTo(200);
        return screened.json().path("enquiryId").asString();
    }

    private void conclude(Api team, String enquiry, List<List<String>> risks, String asked, String capacity, boolean advocate, String on,
                          String outcome, String result, String achieved) {
        String path = "/api/v1/safeguarding/enquiries/" + enquiry;
        JsonNode e = null;
        for (List<String> r : risks) {
            e = team.post(path + "/allegations", Map.of("typeOfRisk", r.get(0), "locationOfRisk", r.get(1), "sourceOfRisk", r.get(2))).json();
        }
        Map<String, Object> progress = new HashMap<>(Map.of("version", e.path("version").asInt(), "mspAsked", asked, "lackedCapacity", capacity,
                "advocate", advocate));
        if (achieved != null) {
            progress.put("mspOutcomes", "To be safe at home");
        }
        JsonNode p = team.post(path + "/progress", progress).json();
        Map<String, Object> body = new HashMap<>(Map.of("version", p.path("version").asInt(), "concludedOn", on, "conclusion", "Substantiated",
                "riskAssessmentOutcome", outcome));
        if (result != null) {
            body.put("riskResult", result);
        }
        if (achieved != null) {
            body.put("mspAchieved", achieved);
        }
        Api.Response done = team.post(path + "/conclude", body);
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
    }

    private void review(Api team, String person, boolean died, String referred, String decided, String commenced, String completed) {
        JsonNode sar = team.post("/api/v1/safeguarding/reviews", Map.of("personId", person, "referredOn", referred, "referrer", "Police",
                "died", died, "seriousHarm", true)).json();
        String path = "/api/v1/safeguarding/reviews/" + sar.path("id").asString();
        JsonNode decision = team.post(path + "/decision", Map.of("version", sar.path("version").asInt(), "reviewGroupAdvice", "Criteria met: commission",
                "boardDecision", "COMMISSIONED", "boardDecidedOn", decided)).json();
        Api.Response progressed = team.post(path + "/progress", Map.of("version", decision.path("version").asInt(), "commencedOn", commenced,
                "completedOn", completed, "reviewerCost", "8500.00", "themes", List.of("Mental capacity", "Multi-agency working")));
        assertThat(progressed.status()).as(progressed.toString()).isEqualTo(200);
    }

    private static List<Long> column(JsonNode table) {
        List<Long> values = new java.util.ArrayList<>();
        table.path("rows").forEach(r -> values.add(r.path("values").get(0).asLong()));
        return values;
    }

    private static List<Long> cells(JsonNode table) {
        List<Long> values = new java.util.ArrayList<>();
        table.path("rows").get(0).path("values").forEach(v -> values.add(v.asLong()));
        return values;
    }

    private static Map<String, List<Long>> rows(JsonNode table) {
        Map<String, List<Long>> rows = new HashMap<>();
        table.path("rows").forEach(r -> {
            List<Long> values = new java.util.ArrayList<>();
            r.path("values").forEach(v -> values.add(v.asLong()));
            rows.put(r.path("label").asString(), values);
        });
        return rows;
    }
}
