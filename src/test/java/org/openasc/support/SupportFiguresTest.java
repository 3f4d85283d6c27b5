package org.openasc.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.CareAndSupport;
import org.openasc.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The care and support dashboard on 30 June 2012 against six people counted by hand. No other test
 * records services, reviews or discharges in 2011-12, so on that date these are the whole record.
 *
 * <pre>
 * person age  reason            accommodation  long-term support open on 30 June 2012       reviewed
 * P1     40   Learning disab.   settled        community, direct payment from 2011-01-01   2011-12-01
 * P2     30   Mental health     care home      residential from 2011-03-01                 -
 * P3     80   Personal care     -              nursing from 2012-01-01 (community ended)   -
 * P4     70   Personal care     -              community, commissioned from 2011-05-01      2012-05-15
 * P5     25   Learning disab.   -              (ST-Max reablement only)                    -
 * P6     50   Mental health     settled        (community from 2010-06-01, ended 2012-06-29) -
 * </pre>
 */
class SupportFiguresTest extends IntegrationTest {

    static final String AS_OF = "2012-06-30";

    @Test
    void theDashboardFiguresMatchTheRecordCountedByHand() {
        long team = newTeam("Figures ");
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        Api brokerage = staffWith(Role.BROKERAGE);
        String residential = CareAndSupport.location(brokerage, uniqueName("Rowan House "), List.of("Residential care home"), 30);
        String nursing = CareAndSupport.location(brokerage, uniqueName("Birch Nursing "), List.of("Nursing home"), 50);

        String p1 = CareAndSupport.person(practitioner, "Pat", "1972-01-01", "Learning disability support", "Tenant: Private landlord", "2010-01-01");
        String p2 = CareAndSupport.person(practitioner, "Quin", "1982-01-01", "Mental health support", "Registered care home", "2011-01-01");
        String p3 = CareAndSupport.person(practitioner, "Ray", "1932-01-01", "Physical support: Personal care support", null, null);
        String p4 = CareAndSupport.person(practitioner, "Sam", "1942-01-01", "Physical support: Personal care support", null, null);
        String p5 = CareAndSupport.person(practitioner, "Toni", "1987-01-01", "Learning disability support", null, null);
        String p6 = CareAndSupport.person(practitioner, "Uma", "1962-01-01", "Mental health support", "Owner occupier or shared ownership scheme", "2000-01-01");

        start(practitioner, CareAndSupport.service(p1, team, "Long term support: Community", "Direct Payment", null, "2011-01-01", "300.00", "Weekly", null));
        Map<String, Object> res = CareAndSupport.service(p2, team, "Long term support: Residential care", "Long Term Residential Care",
                "CASSR commissioned support", "2011-03-01", "700.00", "Weekly", null);
        res.put("locationId", residential);
        start(practitioner, res);
        Map<String, Object> nurse = CareAndSupport.service(p3, team, "Long term support: Nursing care", "Long Term Nursing Care",
                "CASSR commissioned support", "2012-01-01", "900.00", "Weekly", null);
        nurse.put("locationId", nursing);
        start(practitioner, nurse);
        JsonNode p3home = start(practitioner, CareAndSupport.service(p3, team, "Long term support: Community", "Home Support",
                "CASSR commissioned support", "2011-06-01", "20.00", "Hourly", "10"));
        CareAndSupport.end(practitioner, p3home, "2011-12-31");
        JsonNode p4home = start(practitioner, CareAndSupport.service(p4, team, "Long term support: Community", "Home Support",
                "CASSR commissioned support", "2011-05-01", "18.75", "Hourly", "14"));
        assertThat(practitioner.post("/api/v1/services/" + p4home.path("id").asString() + "/changes", Map.of("version", p4home.path("version").asInt(),
                "effectiveFrom", "2012-04-01", "unitCost", "19.95", "costFrequency", "Hourly", "plannedUnitsPerWeek", "14",
                "reason", "2012-13 fringe rate")).status()).isEqualTo(201);
        start(practitioner, CareAndSupport.service(p5, team, "Short term support: ST-Max", "Reablement", "CASSR commissioned support",
                "2012-06-01", "150.00", "Weekly", null));
        JsonNode p6home = start(practitioner, CareAndSupport.service(p6, team, "Long term support: Community", "Home Support",
                "CASSR commissioned support", "2010-06-01", "18.00", "Hourly", "5"));
        CareAndSupport.end(practitioner, p6home, "2012-06-29");

        CareAndSupport.review(practitioner, p1, "Planned", "2011-12-01", "Fully achieved");
        CareAndSupport.review(practitioner, p4, "Unplanned - Other Reason", "2012-05-15", null);
        CareAndSupport.discharge(practitioner, p4, team, "2012-06-08", "2012-06-10", "2012-06-11");
        CareAndSupport.discharge(practitioner, p3, team, "2012-06-15", "2012-06-20", "2012-06-24");
        CareAndSupport.discharge(practitioner, p2, team, "2012-04-20", "2012-04-28", "2012-05-01");

        Api performance = staffWith(Role.PERFORMANCE);
        JsonNode s = performance.get("/api/v1/support/summary?asOf=" + AS_OF).json();
        assertThat(s.path("peopleInLongTermSupport").asLong()).isEqualTo(4);
        assertThat(counts(s.path("bySetting"), "label")).containsExactlyInAnyOrderEntriesOf(Map.of("Nursing care", 1L, "Residential care", 1L,
                "Community: direct payment", 1L, "Community: council-commissioned support", 1L));
        assertThat(counts(s.path("bySupportReason"), "label")).containsExactlyInAnyOrderEntriesOf(Map.of("Learning disability support", 1L,
                "Mental health support", 1L, "Physical support: Personal care support", 2L));
        assertShare(s.path("workingAgeSettled"), 1, 2, "50.0");
        assertThat(s.path("olderPeopleInCareHomes").asLong()).isEqualTo(1);
        assertThat(s.path("olderInNursing").asLong()).isEqualTo(1);
        assertThat(s.path("olderInResidential").asLong()).isEqualTo(0);
        assertShare(s.path("directPayments"), 1, 2, "50.0");
        assertShare(s.path("reviewedInYear"), 2, 3, "66.7");
        assertThat(s.path("discharge").path("discharges").asLong()).isEqualTo(2);
        assertThat(s.path("discharge").path("averageDays").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(s.path("discharge").path("withinTarget").asLong()).isEqualTo(1);
        Map<String, String> cost = new HashMap<>();
        s.path("weeklyCostByServiceType").forEach(c -> cost.put(c.path("serviceType").asString(), c.path("weeklyCost").decimalValue().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()));
        assertThat(cost).containsExactlyInAnyOrderEntriesOf(Map.of("Long term support: Community", "579.30", "Long term support: Residential care", "700.00",
                "Long term support: Nursing care", "900.00", "Short term support: ST-Max", "150.00"));
        assertThat(s.path("weeklyCost").decimalValue()).isEqualByComparingTo("2329.30");

        JsonNode march = performance.get("/api/v1/support/summary?asOf=2012-03-31").json();
        // P1 300 + P2 700 + P3 nursing 900 + P4 at the old rate 262.50 + P6 still at home 90.00.
        assertThat(march.path("weeklyCost").decimalValue()).isEqualByComparingTo("2252.50");

        // Month by month: P6 is still at home at the end of April and May; P4's support reaches 12 months in May.
        JsonNode months = performance.get("/api/v1/support/summary/months?asOf=" + AS_OF + "&months=3").json();
        assertThat(months).hasSize(3);
        assertThat(months.get(0).path("on").asString()).isEqualTo("2012-04-30");
        assertShare(months.get(0).path("workingAgeSettled"), 2, 3, "66.7");
        assertShare(months.get(0).path("directPayments"), 1, 3, "33.3");
        assertShare(months.get(0).path("reviewedInYear"), 1, 3, "33.3");
        assertThat(months.get(0).path("discharges").asLong()).isZero();
        assertShare(months.get(1).path("reviewedInYear"), 2, 4, "50.0");
        assertThat(months.get(1).path("olderPeopleInCareHomes").asLong()).isEqualTo(1);
        assertThat(months.get(1).path("discharges").asLong()).isEqualTo(1);
        assertThat(months.get(1).path("averageDaysToDischarge").decimalValue()).isEqualByComparingTo("3.0");
        assertShare(months.get(2).path("reviewedInYear"), 2, 3, "66.7");
        assertThat(months.get(2).path("averageDaysToDischarge").decimalValue()).isEqualByComparingTo("2.5");

        assertThat(ids(performance.get("/api/v1/support/summary/records?figure=not-reviewed&asOf=" + AS_OF).json())).containsExactly(p2);
        assertThat(ids(performance.get("/api/v1/support/summary/records?figure=direct-payment&asOf=" + AS_OF).json())).containsExactly(p1);
        assertThat(ids(performance.get("/api/v1/support/summary/records?figure=long-term-support&setting=1&asOf=" + AS_OF).json())).containsExactly(p3);
        assertThat(ids(performance.get("/api/v1/support/summary/records?figure=discharges&asOf=" + AS_OF).json())).containsExactly(p3, p4);
        assertThat(ids(performance.get("/api/v1/support/summary/records?figure=weekly-cost&serviceType=Short%20term%20support%3A%20ST-Max&asOf=" + AS_OF)
                .json())).containsExactly(p5);

        Api councillor = staffWith(Role.COUNCILLOR);
        assertThat(councillor.get("/api/v1/support/summary?asOf=" + AS_OF).status()).isEqualTo(200);
        assertThat(councillor.get("/api/v1/support/summary/records?figure=direct-payment&asOf=" + AS_OF).status()).isEqualTo(403);
        Api otherManager = staffIn(Set.of(newTeam("Other ")), Role.TEAM_MANAGER);
        assertThat(otherManager.get("/api/v1/support/summary/records?figure=direct-payment&asOf=" + AS_OF).json().path("items")).isEmpty();
        assertThat(performance.get("/api/v1/support/summary/records?figure=nonsense").status()).isEqualTo(400);
    }

    private static JsonNode start(Api api, Map<String, Object> body) {
        return CareAndSupport.start(api, body);
    }

    private static Map<String, Long> counts(JsonNode array, String key) {
        Map<String, Long> counts = new HashMap<>();
        array.forEach(c -> counts.put(c.path(key).asString(), c.path("count").asLong()));
        return counts;
    }

    private static void assertShare(JsonNode share, long numerator, long denominator, String percent) {
        assertThat(share.path("numerator").asLong()).isEqualTo(numerator);
        assertThat(share.path("denominator").asLong()).isEqualTo(denominator);
        assertThat(share.path("percent").decimalValue()).isEqualByComparingTo(percent);
    }

    private static List<String> ids(JsonNode records) {
        List<String> ids = new java.util.ArrayList<>();
        records.path("items").forEach(r -> ids.add(r.path("personId").asString()));
        return ids;
    }
}
