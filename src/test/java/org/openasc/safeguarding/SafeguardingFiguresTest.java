package org.openasc.safeguarding;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The safeguarding summary for January to March 2016 and Leicestershire's monthly tables for 2016
 * against seven concerns counted by hand. No other test records concerns in 2016.
 *
 * <pre>
 * concern  about a provider  received          screened (due)           decision, route          enquiry
 * O1       yes               Mon 4 Jan         5 Jan (7 Jan) on time     incident only            -
 * O2       yes               Mon 11 Jan        20 Jan (14 Jan) late      s42, safeguarding team   concluded 15 Feb substantiated
 * O3       yes               Wed 3 Feb         4 Feb (8 Feb) on time     s42, locality            open
 * O4       yes               Thu 18 Feb        not screened              -                        -
 * C1       no                Wed 6 Jan         11 Jan (11 Jan) on time   not safeguarding         -
 * C2       no                Tue 1 Mar         2 Mar (4 Mar) on time     other, safeguarding team open
 * C3       no                Wed 2 Mar         8 Mar (7 Mar) late        s42, safeguarding team   concluded 20 Mar "ceased: change of
 *                                                                                                     circumstances", the council's own
 *                                                                                                     conclusion, counted as inconclusive
 * </pre>
 *
 * The committee's safeguarding report for the quarter reads the same record, with Leicestershire's monthly tables as they
 * stood on 10 February 2016: O2's enquiry (concluded 15 February) is still open then, and O4 and the March concerns not yet received.
 */
class SafeguardingFiguresTest extends IntegrationTest {

    @Test
    void theSummaryAndTheMonthlyTablesMatchTheRecordCountedByHand() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        Api team = staffWith(Role.SAFEGUARDING);
        long locality = newTeam("Locality ");
        String home = CareAndSupport.location(staffWith(Role.BROKERAGE), uniqueName("Laurel Court "), List.of("Residential care home"), 40);

        String o1 = raise(practitioner, "2016-01-04T10:00:00", home);
        String o2 = raise(practitioner, "2016-01-11T10:00:00", home);
        String o3 = raise(practitioner, "2016-02-03T10:00:00", home);
        raise(practitioner, "2016-02-18T10:00:00", home);
        String c1 = raise(practitioner, "2016-01-06T10:00:00", null);
        String c2 = raise(practitioner, "2016-03-01T10:00:00", null);
        String c3 = raise(practitioner, "2016-03-02T10:00:00", null);

        screen(team, o1, "2016-01-05", "INCIDENT_ONLY", null, null);
        String e2 = screen(team, o2, "2016-01-20", "S42", "SAFEGUARDING_TEAM", null);
        screen(team, o3, "2016-02-04", "S42", "LOCALITY", locality);
        screen(team, c1, "2016-01-11", "NOT_SAFEGUARDING", null, null);
        screen(team, c2, "2016-03-02", "OTHER_ENQUIRY", "SAFEGUARDING_TEAM", null);
        String e3 = screen(team, c3, "2016-03-08", "S42", "SAFEGUARDING_TEAM", null);
        conclude(team, e2, List.of("Neglect and Acts of Omission", "Organisational Abuse"), "Yes they were asked and outcomes were expressed",
                "2016-02-15", "Substantiated", "Fully Achieved");
        conclude(team, e3, List.of("Financial or Material Abuse"), "Yes they were asked but no outcomes were expressed", "2016-03-20",
                CEASED, null);

        JsonNode s = staffWith(Role.COUNCILLOR).get("/api/v1/safeguarding/summary?from=2016-01-01&to=2016-03-31").json();
        assertThat(s.path("concernsReceived").asLong()).isEqualTo(7);
        assertThat(s.path("organisationalConcerns").asLong()).isEqualTo(4);
        assertThat(counts(s.path("concernsByOutcome"))).containsExactlyInAnyOrderEntriesOf(Map.of("Section 42 enquiry", 3L,
                "Other safeguarding enquiry", 1L, "Incident only", 1L, "Not a safeguarding matter (dealt with by other means)", 1L, "Not yet screened", 1L));
        assertThat(s.path("conversionRate").decimalValue()).isEqualByComparingTo("57.1");
        assertThat(s.path("screened").asLong()).isEqualTo(6);
        assertThat(s.path("screenedOnTime").asLong()).isEqualTo(4);
        assertThat(s.path("screenedOnTimePercent").decimalValue()).isEqualByComparingTo("66.7");
        assertThat(s.path("enquiriesStarted").asLong()).isEqualTo(4);
        assertThat(s.path("s42Started").asLong()).isEqualTo(3);
        assertThat(counts(s.path("concludedByConclusion"))).containsExactlyInAnyOrderEntriesOf(Map.of("Substantiated", 1L, CEASED, 1L));
        assertThat(counts(s.path("concludedByNationalConclusion"))).containsExactlyInAnyOrderEntriesOf(Map.of("Substantiated", 1L, "Inconclusive", 1L));
        assertThat(s.path("openAtEnd").asLong()).isEqualTo(2);
        assertThat(s.path("openByAge").path("4 to 13 weeks").asLong()).isEqualTo(2);
        assertThat(counts(s.path("typesOfRisk"))).containsExactlyInAnyOrderEntriesOf(Map.of("Neglect and Acts of Omission", 1L,
                "Organisational Abuse", 1L, "Financial or Material Abuse", 1L));
        assertThat(s.path("mspAskedAndExpressed").asLong()).isEqualTo(1);
        assertThat(s.path("mspAchieved").path("Fully Achieved").asLong()).isEqualTo(1);

        // 7 concerns in 91 days: 0.5 a week, 2.3 a month; the drill-downs list exactly the counted records.
        assertThat(s.path("concernsAWeek").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(s.path("concernsAMonth").decimalValue()).isEqualByComparingTo("2.3");
        Api analyst = staffWith(Role.PERFORMANCE);
        String period = "&from=2016-01-01&to=2016-03-31";
        assertThat(analyst.get("/api/v1/safeguarding/summary/records?figure=outcome&value=S42" + period).json().path("items")).hasSize(3);
        assertThat(analyst.get("/api/v1/safeguarding/summary/records?figure=outcome&value=NOT_SCREENED" + period).json().path("items")).hasSize(1);
        assertThat(analyst.get("/api/v1/safeguarding/summary/records?figure=organisational" + period).json().path("items")).hasSize(4);
        assertThat(analyst.get("/api/v1/safeguarding/summary/records?figure=concluded&value=Substantiated" + period).json().path("items")).hasSize(1);
        assertThat(analyst.get("/api/v1/safeguarding/summary/records?figure=open" + period).json().path("items")).hasSize(2);
        assertThat(staffWith(Role.COUNCILLOR).get("/api/v1/safeguarding/summary/records?figure=open" + period).status()).isEqualTo(403);

        JsonNode t = staffWith(Role.PERFORMANCE).get("/api/v1/safeguarding/organisational?year=2016").json();
        assertThat(t.path("organisational")).hasSize(12);
        assertRow(t.path("organisational").get(0), "January", 2, 1, 1, 0, 0);
        assertRow(t.path("organisational").get(1), "February", 2, 0, 0, 1, 1);
        assertRow(t.path("organisationalTotal"), "Total", 4, 1, 1, 1, 1);
        assertRow(t.path("community").get(0), "January", 1, 0, 1, 0, 0);
        assertRow(t.path("community").get(2), "March", 2, 1, 0, 0, 1);
        assertRow(t.path("communityTotal"), "Total", 3, 1, 1, 0, 1);
        assertThat(staffWith(Role.PERFORMANCE).get("/api/v1/safeguarding/organisational?year=1999").status()).isEqualTo(400);

        JsonNode then = staffWith(Role.PERFORMANCE).get("/api/v1/safeguarding/organisational?year=2016&asOf=2016-02-10").json();
        assertThat(then.path("organisational")).hasSize(2);
        assertRow(then.path("organisational").get(0), "January", 2, 0, 1, 0, 1);
        assertThat(staffWith(Role.PERFORMANCE).get("/api/v1/safeguarding/organisational?year=2017&asOf=2016-02-10").status()).isEqualTo(400);

        Map<String, String> report = committeeReport("2016-02-10");
        assertThat(report).containsEntry("enquiries-concluded/substantiated/Number", "1")
                .containsEntry("enquiries-concluded/ceased-change-of-circumstances-and-further-enquiry-not-required/Number", "1")
                .containsEntry("enquiries-concluded/total/Number", "2")
                .containsEntry("enquiries-concluded-national/substantiated/Number", "1")
                .containsEntry("enquiries-concluded-national/inconclusive/Number", "1")
                .containsEntry("closed-by-outcome/closed-at-screening-incident-only/Number", "1")
                .containsEntry("closed-by-outcome/closed-at-screening-not-a-safeguarding-matter/Number", "1")
                .containsEntry("closed-by-outcome/total/Number", "4");
        assertMonth(report, "organisational-by-month/january", 2, 0, 1, 0, 1);
        assertMonth(report, "organisational-by-month/february", 1, 0, 0, 1, 0);
        assertMonth(report, "organisational-by-month/total", 3, 0, 1, 1, 1);
        assertMonth(report, "community-by-month/january", 1, 0, 1, 0, 0);
        assertMonth(report, "community-by-month/total", 1, 0, 1, 0, 0);
        assertThat(report).doesNotContainKey("organisational-by-month/march/Received");
        assertThat(committeeReport(null)).as("at the quarter's end, as the API's tables for the year stand today")
                .containsEntry("organisational-by-month/january/Closed by the safeguarding team", "1")
                .containsEntry("community-by-month/total/Received", "3");
    }

    private static final String CEASED = "Ceased: change of circumstances and further enquiry not required";

    /** The committee's safeguarding report for January to March 2016, its monthly tables as they stood on {@code asOf}, read by its officer. */
    private Map<String, String> committeeReport(String asOf) {
        Api officer = staffWith(Role.PERFORMANCE);
        Api.Response committee = staffWith(Role.DEMOCRATIC_SERVICES).post("/api/v1/committees", Map.of("name", uniqueName("Safeguarding Scrutiny "),
                "remit", "Safeguarding", "members", List.of(Map.of("username", officer.username(), "role", "OFFICER"))));
        String meeting = officer.post("/api/v1/committees/" + committee.json().path("id").asString() + "/meetings",
                Map.of("startsAt", "2016-04-20T18:00", "venue", "Town Hall")).json().path("id").asString();
        Map<String, Object> request = new HashMap<>(Map.of("template", "SAFEGUARDING", "financialYear", 2015, "quarter", 4));
        if (asOf != null) {
            request.put("asOf", asOf);
        }
        Api.Response added = officer.post("/api/v1/meetings/" + meeting + "/items", Map.of("title", "Safeguarding: January to March 2016",
                "purpose", "TO_NOTE", "exempt", false, "report", request));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        JsonNode report = officer.get("/api/v1/reports/" + added.json().path("items").get(0).path("reportId").asString()).json();
        Map<String, String> figures = new HashMap<>();
        for (JsonNode t : report.path("figures").path("tables")) {
            for (JsonNode r : t.path("rows")) {
                for (int c = 0; c < r.path("cells").size(); c++) {
                    figures.put(t.path("key").asString() + "/" + r.path("key").asString() + "/" + t.path("columns").get(c + 1).asString(),
                            r.path("cells").get(c).path("text").asString());
                }
            }
        }
        return figures;
    }

    private static void assertMonth(Map<String, String> report, String row, long received, long closed, long threshold, long transferred,
                                    long notClosed) {
        assertThat(List.of(report.get(row + "/Received"), report.get(row + "/Closed by the safeguarding team"), report.get(row + "/Threshold not met"),
                report.get(row + "/Transferred to a locality team"), report.get(row + "/Not yet closed"))).as(row)
                .containsExactly(String.valueOf(received), String.valueOf(closed), String.valueOf(threshold), String.valueOf(transferred),
                        String.valueOf(notClosed));
    }

    private String raise(Api api, String at, String location) {
        Map<String, Object> body = SafeguardingApiTest.concern(People.create(api, "Ida"), at);
        if (location != null) {
            body.put("locationId", location);
        }
        Api.Response raised = api.post("/api/v1/safeguarding/concerns", body);
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        return raised.json().path("id").asString();
    }

    private String screen(Api team, String concern, String on, String decision, String routedTo, Long locality) {
        boolean met = !"INCIDENT_ONLY".equals(decision) && !"NOT_SAFEGUARDING".equals(decision);
        Map<String, Object> body = SafeguardingApiTest.screening(0, on, met, decision, routedTo);
        if (locality != null) {
            body.put("routedTeamId", locality);
        }
        Api.Response screened = team.post("/api/v1/safeguarding/concerns/" + concern + "/screening", body);
        assertThat(screened.status()).as(screened.toString()).isEqualTo(200);
        return screened.json().path("enquiryId").asString();
    }

    private void conclude(Api team, String enquiry, List<String> types, String asked, String on, String conclusion, String achieved) {
        String path = "/api/v1/safeguarding/enquiries/" + enquiry;
        JsonNode e = null;
        for (String type : types) {
            e = team.post(path + "/allegations", Map.of("typeOfRisk", type, "locationOfRisk", "Care Home - Residential", "sourceOfRisk", "Service Provider")).json();
        }
        Map<String, Object> progress = new HashMap<>(Map.of("version", e.path("version").asInt(), "mspAsked", asked,
                "lackedCapacity", "Yes, they lacked capacity", "advocate", true));
        if (asked.contains("expressed") && !asked.contains("no outcomes")) {
            progress.put("mspOutcomes", "I want to feel safe where I live");
        }
        JsonNode p = team.post(path + "/progress", progress).json();
        Map<String, Object> body = new HashMap<>(Map.of("version", p.path("version").asInt(), "concludedOn", on, "conclusion", conclusion,
                "riskAssessmentOutcome", "Risk identified and action taken", "riskResult", "Risk removed"));
        if (achieved != null) {
            body.put("mspAchieved", achieved);
        }
        Api.Response concluded = team.post(path + "/conclude", body);
        assertThat(concluded.status()).as(concluded.toString()).isEqualTo(200);
    }

    private static void assertRow(JsonNode row, String month, long received, long closed, long threshold, long transferred, long notClosed) {
        assertThat(row.path("month").asString()).isEqualTo(month);
        assertThat(List.of(row.path("received").asLong(), row.path("closedBySafeguardingTeam").asLong(), row.path("thresholdNotMet").asLong(),
                row.path("transferredToLocality").asLong(), row.path("notClosed").asLong())).as(month)
                .containsExactly(received, closed, threshold, transferred, notClosed);
    }

    private static Map<String, Long> counts(JsonNode object) {
        Map<String, Long> counts = new HashMap<>();
        object.properties().forEach(e -> counts.put(e.getKey(), e.getValue().asLong()));
        return counts;
    }
}
