package org.openasc.support;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.platform.signals.MeasureFigures;
import org.openasc.platform.signals.MeasureFigures.PeriodBasis;
import org.openasc.platform.signals.MeasureFigures.Polarity;
import org.openasc.platform.signals.MeasureFigures.Unit;
import org.openasc.testing.Api;
import org.openasc.testing.CareAndSupport;
import org.openasc.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openasc.testing.MeasureAssertions.assertDeclared;
import static org.openasc.testing.MeasureAssertions.assertDrillDown;
import static org.openasc.testing.MeasureAssertions.assertFigure;
import static org.openasc.testing.MeasureAssertions.assertOffersNothingFor;
import static org.openasc.testing.MeasureAssertions.source;

/**
 * The care and support measures at the ends of May, June and July 2008 against six people counted by hand.
 * No other test records services, reviews or discharges before 2010, so on these dates (and on 31 December 2006,
 * before anyone) these are the whole record; every service here ends by 31 December 2008 (after these dates), so
 * none is open in the years other tests count.
 *
 * <pre>
 * person born        accommodation (settled?)  long-term support                                  reviews
 * P1     1970-03-01  private tenant (yes)      direct payment 2007-01-15 to 2008-12-31            2008-02-10
 * P2     1980-06-01  care home (no)            residential 2007-03-01 to 2008-12-31               -
 * P3     1935-01-01  -                         home support 2007-09-01 to 2008-05-31,             -
 *                                              then nursing 2008-06-01 to 2008-12-31
 * P4     1940-01-01  -                         residential 2007-06-15 to 2008-06-30               2008-05-20
 * P5     1960-09-01  owner occupier (yes)      home support 2007-05-01 to 2008-12-31              2007-06-01
 * P6     1990-01-01  with family (yes)         direct payment 2008-06-01 to 2008-12-31            -
 *
 * discharges (hub decision to discharge): P4 10 May to 13 May (3 days); P3 29 May to 1 June (3);
 * P1 20 June to 20 June (0); P5 28 June to 30 June (2).
 *
 *                                          31 May 2008           30 June 2008           31 July 2008
 * in long-term support                     P1 P2 P3 P4 P5        P1 P2 P3 P4 P5 P6      P1 P2 P3 P5 P6
 * aged 18-64 (P2 is 28 on 1 June)          P1 P2 P5         3    P1 P2 P5 P6       4    P1 P2 P5 P6     4
 *   settled                                P1 P5            2    P1 P5 P6          3    P1 P5 P6        3
 *   LTS-HOME-18-64                         66.7%                 75.0%                  75.0%
 * LTS-CARE-HOMES-65 (65+, care home)       P4               1    P3 P4             2    P3              1
 * in support 12 months or more (from the
 *   earliest open service, to a year ago)  P1 P2 P5         3    P1 P2 P4 P5       4    P1 P2 P5        3
 *   reviewed in the 12 months              P1 P5            2    P1 P4             2    P1              1
 *   LTS-REVIEWED                           66.7%                 50.0%                  33.3%
 * community support                        P1 P3 P5         3    P1 P5 P6          3    P1 P5 P6        3
 *   direct payment                         P1               1    P1 P6             2    P1 P6           2
 *   LTS-DIRECT-PAYMENTS                    33.3%                 66.7%                  66.7%
 * DISCHARGE-DAYS: days / discharges        3 / 1 = 3.0           3+0+2 / 3 = 1.7        none: no value
 *   discharges listed (month)              P4                    P3 P1 P5               -
 * CARE-HOME-ADMISSIONS-65 (since 1 April)  none             0    P3                1    P3              1
 * </pre>
 * P3's home support ends on 31 May and P4's placement on 30 June: each still counts on that day. P3's nursing,
 * P6's direct payment and P3's discharge fall on 1 June, so count in June and not in May.
 */
class SupportMeasuresTest extends IntegrationTest {

    private static final String YEAR_END = "2008-12-31";

    @Autowired
    private List<MeasureFigures> measures;

    @Test
    void theMeasuresAreDeclaredAsTheFrameworkNamesThem() {
        assertDeclared(measures, "LTS-HOME-18-64", "Long-term care", Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, PeriodBasis.SNAPSHOT);
        assertDeclared(measures, "LTS-CARE-HOMES-65", "Long-term care", Unit.COUNT, Polarity.LOWER_IS_BETTER, PeriodBasis.SNAPSHOT);
        assertDeclared(measures, "LTS-REVIEWED", "Reviews", Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, PeriodBasis.SNAPSHOT);
        assertDeclared(measures, "LTS-DIRECT-PAYMENTS", "Direct payments", Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, PeriodBasis.SNAPSHOT);
        assertDeclared(measures, "DISCHARGE-DAYS", "Hospital discharge", Unit.DAYS, Polarity.LOWER_IS_BETTER, PeriodBasis.MONTH);
        assertDeclared(measures, "CARE-HOME-ADMISSIONS-65", "Long-term care", Unit.RATE_PER_100000, Polarity.LOWER_IS_BETTER,
                PeriodBasis.YEAR_TO_DATE);
        assertOffersNothingFor(source(measures, "LTS-REVIEWED"), "WAITING-ASSESSMENT");
    }

    @Test
    void theMeasuresMatchTheRecordCountedByHand() {
        long team = newTeam("Measures ");
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        Api brokerage = staffWith(Role.BROKERAGE);
        String residential = CareAndSupport.location(brokerage, uniqueName("Hawthorn House "), List.of("Residential care home"), 30);
        String nursing = CareAndSupport.location(brokerage, uniqueName("Elm Nursing "), List.of("Nursing home"), 50);

        String p1 = CareAndSupport.person(practitioner, "Ada", "1970-03-01", "Learning disability support", "Tenant: Private landlord", "2000-01-01");
        String p2 = CareAndSupport.person(practitioner, "Ben", "1980-06-01", "Mental health support", "Registered care home", "2007-01-01");
        String p3 = CareAndSupport.person(practitioner, "Cal", "1935-01-01", "Physical support: Personal care support", null, null);
        String p4 = CareAndSupport.person(practitioner, "Dot", "1940-01-01", "Physical support: Personal care support", null, null);
        String p5 = CareAndSupport.person(practitioner, "Eve", "1960-09-01", "Physical support: Personal care support",
                "Owner occupier or shared ownership scheme", "1990-01-01");
        String p6 = CareAndSupport.person(practitioner, "Fay", "1990-01-01", "Learning disability support",
                "Settled mainstream housing with family or friends", "2007-01-01");

        // Every service ends by the end of 2008, so none is open when another test counts a later year.
        CareAndSupport.end(practitioner, CareAndSupport.start(practitioner, CareAndSupport.service(p1, team, "Long term support: Community", "Direct Payment", null,
                "2007-01-15", "250.00", "Weekly", null)), YEAR_END);
        CareAndSupport.end(practitioner, placement(practitioner, p2, team, "Long term support: Residential care", "Long Term Residential Care", residential,
                "2007-03-01"), YEAR_END);
        CareAndSupport.end(practitioner, homeSupport(practitioner, p3, team, "2007-09-01"), "2008-05-31");
        CareAndSupport.end(practitioner, placement(practitioner, p3, team, "Long term support: Nursing care", "Long Term Nursing Care", nursing, "2008-06-01"),
                YEAR_END);
        CareAndSupport.end(practitioner, placement(practitioner, p4, team, "Long term support: Residential care", "Long Term Residential Care", residential,
                "2007-06-15"), "2008-06-30");
        CareAndSupport.end(practitioner, homeSupport(practitioner, p5, team, "2007-05-01"), YEAR_END);
        CareAndSupport.end(practitioner, CareAndSupport.start(practitioner, CareAndSupport.service(p6, team, "Long term support: Community", "Direct Payment", null,
                "2008-06-01", "180.00", "Weekly", null)), YEAR_END);

        CareAndSupport.review(practitioner, p1, "Planned", "2008-02-10", "Fully achieved");
        CareAndSupport.review(practitioner, p4, "Unplanned - Other Reason", "2008-05-20", null);
        CareAndSupport.review(practitioner, p5, "Planned", "2007-06-01", "Partially achieved");
        CareAndSupport.discharge(practitioner, p4, team, "2008-05-10", "2008-05-10", "2008-05-13");
        CareAndSupport.discharge(practitioner, p3, team, "2008-05-29", "2008-05-29", "2008-06-01");
        CareAndSupport.discharge(practitioner, p1, team, "2008-06-20", "2008-06-20", "2008-06-20");
        CareAndSupport.discharge(practitioner, p5, team, "2008-06-28", "2008-06-28", "2008-06-30");

        assertFigure(measures, "LTS-HOME-18-64", "2008-05-31", "66.7", 2, 3L);
        assertFigure(measures, "LTS-HOME-18-64", "2008-06-30", "75.0", 3, 4L);
        assertFigure(measures, "LTS-HOME-18-64", "2008-07-31", "75.0", 3, 4L);
        assertFigure(measures, "LTS-CARE-HOMES-65", "2008-05-31", "1", 1, null);
        assertFigure(measures, "LTS-CARE-HOMES-65", "2008-06-30", "2", 2, null);
        assertFigure(measures, "LTS-CARE-HOMES-65", "2008-07-31", "1", 1, null);
        // Admissions since 1 April 2008 of people 65 or over: P3's nursing placement from 1 June (aged 73, no home before);
        // P4's placement began in 2007-08 and P2 was 26. The module counts; the framework divides by the population.
        assertFigure(measures, "CARE-HOME-ADMISSIONS-65", "2008-05-31", "0", 0, null);
        assertFigure(measures, "CARE-HOME-ADMISSIONS-65", "2008-06-30", "1", 1, null);
        assertFigure(measures, "CARE-HOME-ADMISSIONS-65", "2008-07-31", "1", 1, null);
        assertFigure(measures, "LTS-REVIEWED", "2008-05-31", "66.7", 2, 3L);
        assertFigure(measures, "LTS-REVIEWED", "2008-06-30", "50.0", 2, 4L);
        assertFigure(measures, "LTS-REVIEWED", "2008-07-31", "33.3", 1, 3L);
        assertFigure(measures, "LTS-DIRECT-PAYMENTS", "2008-05-31", "33.3", 1, 3L);
        assertFigure(measures, "LTS-DIRECT-PAYMENTS", "2008-06-30", "66.7", 2, 3L);
        assertFigure(measures, "LTS-DIRECT-PAYMENTS", "2008-07-31", "66.7", 2, 3L);
        assertFigure(measures, "DISCHARGE-DAYS", "2008-05-31", "3.0", 3, 1L);
        assertFigure(measures, "DISCHARGE-DAYS", "2008-06-30", "1.7", 5, 3L);
        assertFigure(measures, "DISCHARGE-DAYS", "2008-07-31", null, 0, 0L);

        assertFigure(measures, "LTS-HOME-18-64", "2006-12-31", null, 0, 0L);
        assertFigure(measures, "LTS-CARE-HOMES-65", "2006-12-31", "0", 0, null);
        assertFigure(measures, "LTS-REVIEWED", "2006-12-31", null, 0, 0L);
        assertFigure(measures, "LTS-DIRECT-PAYMENTS", "2006-12-31", null, 0, 0L);

        assertDrillDown(measures, "LTS-HOME-18-64", "2008-06-30", "/support/dashboard/records?figure=working-age-settled&asOf=2008-06-30",
                "/support/dashboard/records?figure=working-age&asOf=2008-06-30");
        assertDrillDown(measures, "LTS-CARE-HOMES-65", "2008-06-30", "/support/dashboard/records?figure=older-care-homes&asOf=2008-06-30", null);
        assertDrillDown(measures, "LTS-REVIEWED", "2008-06-30", "/support/dashboard/records?figure=reviewed&asOf=2008-06-30",
                "/support/dashboard/records?figure=long-standing&asOf=2008-06-30");
        assertDrillDown(measures, "LTS-DIRECT-PAYMENTS", "2008-06-30", "/support/dashboard/records?figure=direct-payment&asOf=2008-06-30",
                "/support/dashboard/records?figure=community&asOf=2008-06-30");
        String juneDischarges = "/support/dashboard/records?figure=discharges&asOf=2008-06-30&from=2008-06-01";
        assertDrillDown(measures, "DISCHARGE-DAYS", "2008-06-30", juneDischarges, juneDischarges);

        // Each link lists exactly the people counted.
        Api performance = staffWith(Role.PERFORMANCE);
        assertThat(people(performance, "reviewed", "2008-06-30")).containsExactlyInAnyOrder(p1, p4);
        assertThat(people(performance, "long-standing", "2008-06-30")).containsExactlyInAnyOrder(p1, p2, p4, p5);
        assertThat(people(performance, "older-care-homes", "2008-06-30")).containsExactlyInAnyOrder(p3, p4);
        assertThat(people(performance, "direct-payment", "2008-05-31")).containsExactly(p1);

        // June's discharges, longest wait first: P3 3 days, P5 2, P1 0 (5 days over 3 discharges); May's is P4's alone.
        JsonNode june = performance.get("/api/v1/support/summary/records?figure=discharges&asOf=2008-06-30&from=2008-06-01").json().path("items");
        List<String> juneIds = new java.util.ArrayList<>();
        List<Integer> juneDays = new java.util.ArrayList<>();
        june.forEach(r -> {
            juneIds.add(r.path("personId").asString());
            juneDays.add(r.path("amount").asInt());
        });
        assertThat(juneIds).containsExactly(p3, p5, p1);
        assertThat(juneDays).containsExactly(3, 2, 0);
        assertThat(people(performance, "discharges", "2008-05-31&from=2008-05-01")).containsExactly(p4);
        Api councillor = staffWith(Role.COUNCILLOR);
        assertThat(councillor.get("/api/v1/support/summary/records?figure=discharges&asOf=2008-06-30&from=2008-06-01").status()).isEqualTo(403);
    }

    private static JsonNode homeSupport(Api api, String person, long team, String start) {
        return CareAndSupport.start(api, CareAndSupport.service(person, team, "Long term support: Community", "Home Support", "CASSR commissioned support",
                start, "20.00", "Hourly", "10"));
    }

    private static JsonNode placement(Api api, String person, long team, String type, String component, String location, String start) {
        Map<String, Object> body = CareAndSupport.service(person, team, type, component, "CASSR commissioned support", start, "750.00", "Weekly", null);
        body.put("locationId", location);
        return CareAndSupport.start(api, body);
    }

    private static List<String> people(Api api, String figure, String asOf) {
        List<String> ids = new java.util.ArrayList<>();
        api.get("/api/v1/support/summary/records?figure=" + figure + "&asOf=" + asOf).json().path("items").forEach(r -> ids.add(r.path("personId").asString()));
        return ids;
    }
}
