package org.openasc.safeguarding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.platform.signals.MeasureFigures;
import org.openasc.platform.signals.MeasureFigures.PeriodBasis;
import org.openasc.platform.signals.MeasureFigures.Polarity;
import org.openasc.platform.signals.MeasureFigures.Unit;
import org.openasc.testing.Api;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.People;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openasc.testing.MeasureAssertions.assertDeclared;
import static org.openasc.testing.MeasureAssertions.assertDrillDown;
import static org.openasc.testing.MeasureAssertions.assertFigure;
import static org.openasc.testing.MeasureAssertions.assertOffersNothingFor;
import static org.openasc.testing.MeasureAssertions.source;

/**
 * Screening on time and Making Safeguarding Personal at the ends of January to April 2022 against concerns and
 * enquiries counted by hand. No other test records concerns or enquiries between 2019 and 2025, so in the 12
 * months to these dates these are the whole record.
 *
 * <pre>
 * screening: due the third working day after receipt (3 January 2022 is a bank holiday)
 * concern  received      due        screened         month  on time
 * S1       Thu 30 Dec    Wed 5 Jan  Wed 5 Jan        Jan    yes (received in December)
 * S2       Mon 10 Jan    Thu 13 Jan Fri 14 Jan       Jan    no
 * S3       Fri 28 Jan    Wed 2 Feb  Mon 31 Jan       Jan    yes (s42: E5)
 * S4       Mon 31 Jan    Thu 3 Feb  Tue 1 Feb        Feb    yes
 * S5       Wed 9 Feb     Mon 14 Feb Tue 15 Feb       Feb    no
 * S6       Mon 28 Feb    Thu 3 Mar  Mon 7 Mar        Mar    no
 * S7       Mon 14 Mar    Thu 17 Mar Tue 3 May        May    no (not screened by the end of April)
 * S8       Wed 9 Mar     Mon 14 Mar Mon 14 Mar       Mar    yes (on the day)
 * S9       Tue 15 Mar    Fri 18 Mar Wed 16 Mar       Mar    yes (other enquiry: E7)
 * S10      Mon 21 Mar    Thu 24 Mar Tue 22 Mar       Mar    yes
 * SG-SCREENED-3-DAYS   Jan 2 of 3 = 66.7%   Feb 1 of 2 = 50.0%   Mar 3 of 4 = 75.0%   Apr none screened: no value
 *
 * enquiries concluded (s42 unless said)  asked about outcomes            achieved
 * E1   1 Feb 2021                        yes, outcomes expressed         fully
 * E2  15 Sep 2021                        yes, outcomes expressed         partially
 * E3  30 Nov 2021                        yes, outcomes expressed         not
 * E4  31 Jan 2022                        yes, but no outcomes expressed  -
 * E5   1 Mar 2022                        yes, outcomes expressed         fully
 * E6  28 Feb 2022                        yes, outcomes expressed         not
 * E7  20 Mar 2022 (other enquiry)        yes, outcomes expressed         fully: not counted
 * SG-MSP-ACHIEVED, 12 months to   31 Jan 2022: E1 E2 E3 expressed, E1 E2 achieved   2 of 3 = 66.7%
 *                                 28 Feb 2022: E2 E3 E6 expressed, E2 achieved      1 of 3 = 33.3%
 *                                 31 Mar 2022: E2 E3 E6 E5 expressed, E2 E5         2 of 4 = 50.0%
 *                                 31 Jan 2021: none                                  no value
 * The drill-down for March lists S6 S8 S9 S10 screened (S8 S9 S10 on time); for the 12 months to 31 March, E2 E3 E5 E6
 * with outcomes expressed (E2 E5 achieved).
 * </pre>
 * S3, screened on 31 January, counts in January; S4, screened on 1 February, does not. E1, concluded on the first day
 * of the 12 months to 31 January 2022, counts then and not a month later; E6, concluded on 28 February, counts then.
 */
class SafeguardingMeasuresTest extends IntegrationTest {

    @Autowired
    private List<MeasureFigures> measures;

    private Api practitioner;
    private Api team;

    @Test
    void theMeasuresAreDeclaredAsTheFrameworkNamesThem() {
        assertDeclared(measures, "SG-SCREENED-3-DAYS", "Safeguarding", Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, PeriodBasis.MONTH);
        assertDeclared(measures, "SG-MSP-ACHIEVED", "Safeguarding", Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, PeriodBasis.ROLLING_12_MONTHS);
        assertOffersNothingFor(source(measures, "SG-MSP-ACHIEVED"), "DOLS-WAITING");
    }

    @Test
    void theMeasuresMatchTheRecordCountedByHand() {
        practitioner = staffWith(Role.PRACTITIONER);
        team = staffWith(Role.SAFEGUARDING);
        screen(raise("2021-12-30"), "2022-01-05", "INCIDENT_ONLY", null);
        screen(raise("2022-01-10"), "2022-01-14", "NOT_SAFEGUARDING", null);
        String e5 = screen(raise("2022-01-28"), "2022-01-31", "S42", "SAFEGUARDING_TEAM");
        screen(raise("2022-01-31"), "2022-02-01", "INCIDENT_ONLY", null);
        screen(raise("2022-02-09"), "2022-02-15", "INCIDENT_ONLY", null);
        String s6 = raise("2022-02-28");
        screen(s6, "2022-03-07", "NOT_SAFEGUARDING", null);
        screen(raise("2022-03-14"), "2022-05-03", "INCIDENT_ONLY", null);
        String s8 = raise("2022-03-09");
        screen(s8, "2022-03-14", "INCIDENT_ONLY", null);
        String s9 = raise("2022-03-15");
        String e7 = screen(s9, "2022-03-16", "OTHER_ENQUIRY", "SAFEGUARDING_TEAM");
        String s10 = raise("2022-03-21");
        screen(s10, "2022-03-22", "INCIDENT_ONLY", null);

        String expressed = "Yes they were asked and outcomes were expressed";
        conclude(screen(raise("2021-01-18"), "2021-01-19", "S42", "SAFEGUARDING_TEAM"), expressed, "2021-02-01", "Fully Achieved");
        String e2 = screen(raise("2021-06-07"), "2021-06-08", "S42", "SAFEGUARDING_TEAM");
        conclude(e2, expressed, "2021-09-15", "Partially Achieved");
        String e3 = screen(raise("2021-10-04"), "2021-10-05", "S42", "SAFEGUARDING_TEAM");
        conclude(e3, expressed, "2021-11-30", "Not Achieved");
        conclude(screen(raise("2021-11-01"), "2021-11-02", "S42", "SAFEGUARDING_TEAM"), "Yes they were asked but no outcomes were expressed",
                "2022-01-31", null);
        conclude(e5, expressed, "2022-03-01", "Fully Achieved");
        String e6 = screen(raise("2021-12-06"), "2021-12-07", "S42", "SAFEGUARDING_TEAM");
        conclude(e6, expressed, "2022-02-28", "Not Achieved");
        conclude(e7, expressed, "2022-03-20", "Fully Achieved");

        assertFigure(measures, "SG-SCREENED-3-DAYS", "2022-01-31", "66.7", 2, 3L);
        assertFigure(measures, "SG-SCREENED-3-DAYS", "2022-02-28", "50.0", 1, 2L);
        assertFigure(measures, "SG-SCREENED-3-DAYS", "2022-03-31", "75.0", 3, 4L);
        assertFigure(measures, "SG-SCREENED-3-DAYS", "2022-04-30", null, 0, 0L);
        assertFigure(measures, "SG-MSP-ACHIEVED", "2022-01-31", "66.7", 2, 3L);
        assertFigure(measures, "SG-MSP-ACHIEVED", "2022-02-28", "33.3", 1, 3L);
        assertFigure(measures, "SG-MSP-ACHIEVED", "2022-03-31", "50.0", 2, 4L);
        assertFigure(measures, "SG-MSP-ACHIEVED", "2021-01-31", null, 0, 0L);

        // Making Safeguarding Personal is counted as the safeguarding summary counts it for the same 12 months.
        JsonNode year = staffWith(Role.PERFORMANCE).get("/api/v1/safeguarding/summary?from=2021-04-01&to=2022-03-31").json();
        assertThat(year.path("mspAskedAndExpressed").asLong()).isEqualTo(4);
        assertThat(year.path("mspAchieved").path("Fully Achieved").asLong() + year.path("mspAchieved").path("Partially Achieved").asLong())
                .isEqualTo(2);

        String screenedOnTime = "/safeguarding/figures/records?figure=screened-on-time&from=2022-03-01&to=2022-03-31";
        String screened = "/safeguarding/figures/records?figure=screened&from=2022-03-01&to=2022-03-31";
        String achieved = "/safeguarding/figures/records?figure=msp-achieved&from=2021-04-01&to=2022-03-31";
        String outcomesExpressed = "/safeguarding/figures/records?figure=msp-expressed&from=2021-04-01&to=2022-03-31";
        asRole("TEAM_MANAGER", () -> {
            // A team manager may not list the council's concerns, so is given no link that would only refuse them.
            assertDrillDown(measures, "SG-SCREENED-3-DAYS", "2022-03-31", null, null);
            assertDrillDown(measures, "SG-MSP-ACHIEVED", "2022-03-31", null, null);
        });
        asRole("PERFORMANCE", () -> {
            assertDrillDown(measures, "SG-SCREENED-3-DAYS", "2022-03-31", screenedOnTime, screened);
            assertDrillDown(measures, "SG-MSP-ACHIEVED", "2022-03-31", achieved, outcomesExpressed);
        });

        // Each link lists exactly the records counted: March's screening S6 S8 S9 S10 (S8 S9 S10 on time); E2 E3 E5 E6 (E2 E5 achieved).
        Api performance = staffWith(Role.PERFORMANCE);
        assertThat(ids(performance, screened, "concernId")).containsExactlyInAnyOrder(s6, s8, s9, s10);
        assertThat(ids(performance, screenedOnTime, "concernId")).containsExactlyInAnyOrder(s8, s9, s10);
        assertThat(ids(performance, outcomesExpressed, "enquiryId")).containsExactlyInAnyOrder(e2, e3, e5, e6);
        assertThat(ids(performance, achieved, "enquiryId")).containsExactlyInAnyOrder(e2, e5);
        Api councillor = staffWith(Role.COUNCILLOR);
        assertThat(councillor.get(api(screened)).status()).isEqualTo(403);
        assertThat(councillor.get(api(achieved)).status()).isEqualTo(403);
    }

    private static String api(String page) {
        return page.replace("/safeguarding/figures/records", "/api/v1/safeguarding/summary/records");
    }

    private static List<String> ids(Api api, String page, String field) {
        List<String> ids = new java.util.ArrayList<>();
        Api.Response listed = api.get(api(page));
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        listed.json().path("items").forEach(r -> ids.add(r.path(field).asString()));
        return ids;
    }

    private String raise(String on) {
        Api.Response raised = practitioner.post("/api/v1/safeguarding/concerns", SafeguardingApiTest.concern(People.create(practitioner, "Iris"),
                on + "T10:00:00"));
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        return raised.json().path("id").asString();
    }

    private String screen(String concern, String on, String decision, String routedTo) {
        boolean met = !"INCIDENT_ONLY".equals(decision) && !"NOT_SAFEGUARDING".equals(decision);
        Api.Response screened = team.post("/api/v1/safeguarding/concerns/" + concern + "/screening",
                SafeguardingApiTest.screening(0, on, met, decision, routedTo));
        assertThat(screened.status()).as(screened.toString()).isEqualTo(200);
        return screened.json().path("enquiryId").asString();
    }

    private void conclude(String enquiry, String asked, String on, String achieved) {
        String path = "/api/v1/safeguarding/enquiries/" + enquiry;
        JsonNode e = team.get(path).json();
        if ("S42".equals(e.path("kind").asString())) {
            e = team.post(path + "/allegations", Map.of("typeOfRisk", "Neglect and Acts of Omission", "locationOfRisk", "Own Home",
                    "sourceOfRisk", "Other - Known to Individual")).json();
        }
        Map<String, Object> progress = new HashMap<>(Map.of("version", e.path("version").asInt(), "mspAsked", asked,
                "lackedCapacity", "No, they did not lack capacity", "advocate", false));
        if (!asked.contains("no outcomes")) {
            progress.put("mspOutcomes", "I want to feel safe at home");
        }
        Api.Response progressed = team.post(path + "/progress", progress);
        assertThat(progressed.status()).as(progressed.toString()).isEqualTo(200);
        Map<String, Object> body = new HashMap<>(Map.of("version", progressed.json().path("version").asInt(), "concludedOn", on,
                "conclusion", "Substantiated", "riskAssessmentOutcome", "Risk identified and action taken", "riskResult", "Risk reduced"));
        if (achieved != null) {
            body.put("mspAchieved", achieved);
        }
        Api.Response concluded = team.post(path + "/conclude", body);
        assertThat(concluded.status()).as(concluded.toString()).isEqualTo(200);
    }

    private static void asRole(String role, Runnable check) {
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated("measures-test", null,
                        List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_" + role))));
        try {
            check.run();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }
}
