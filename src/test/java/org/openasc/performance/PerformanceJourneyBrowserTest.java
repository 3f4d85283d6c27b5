package org.openasc.performance;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.Browser;
import org.openasc.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The performance team sets a workforce measure's target and RAG rule (with mistakes first), reads its SPC chart and
 * its benchmark, and a councillor reads the scorecard.
 *
 * <pre>
 * 18 months, 2019-01 to 2020-06: 12 12 12 12 12 12 12 12 12 12 12 12 then 20 20 20 20 20 20 (vacancy rate, lower is better)
 * mean = (12 x 12 + 6 x 20) / 18 = 264 / 18 = 14.67; moving ranges: 11 zeros, one 8, 5 zeros: mMR = 8 / 17 = 0.47
 * limits 14.67 +- 2.66 x 0.47 = 14.67 +- 1.25: 13.41 to 15.92; every 20 is above the upper limit: special cause, concerning
 * benchmark 2019, lower is better: 9, 11, ours 12, 15: rank 3 of 4, quartile ceil(4 x 3 / 4) = 3 (third), median (11 + 12) / 2 = 11.5
 * 2020/21 target 10 with rule green within 1, amber within 3 (absolute): June 2020 at 20 is red
 * </pre>
 */
class PerformanceJourneyBrowserTest extends IntegrationTest {

    @Test
    void theTeamSetsATargetAndRuleAndACouncillorReadsTheScorecard() {
        Api team = staffWith(Role.PERFORMANCE);
        String ref = "LOCAL-J" + uniqueName("").substring(0, 5).toUpperCase();
        String group = uniqueName("Workforce ");
        assertThat(team.post("/api/v1/measures", Map.of("reference", ref, "name", "Social worker vacancy rate " + ref, "group", group,
                "numerator", "Vacant social worker posts", "denominator", "Social worker posts", "unit", "PERCENTAGE",
                "polarity", "LOWER_IS_BETTER", "basis", "SNAPSHOT", "owner", "Head of Workforce")).status()).isEqualTo(201);
        for (int i = 0; i < 18; i++) {
            String period = String.format("%d-%02d", 2019 + (i / 12), i % 12 + 1);
            assertThat(team.put("/api/v1/measures/" + ref + "/values/" + period, Map.of("value", i < 12 ? 12 : 20, "source", "HR report")).status())
                    .isEqualTo(200);
        }
        String csv = "measure,year,area_code,area_name,value\n" + ref + ",2019,E06099999,Anytown Council,12\n" + ref + ",2019,X1,Northshire,9\n"
                + ref + ",2019,X2,Southshire,15\n" + ref + ",2019,X3,Westshire,11\n";
        assertThat(team.raw("POST", "/api/v1/benchmarks", "text/csv", csv).status()).isEqualTo(201);

        try (Browser browser = new Browser(port)) {
            browser.signIn(team.username(), team.password());
            browser.open("/performance/measures/" + ref + "?to=2020-06");
            assertThat(browser.heading()).isEqualTo("Social worker vacancy rate " + ref);
            browser.type("financialYear", "2020");
            browser.click("Set the target");
            assertThat(browser.errorSummary()).containsExactly("Give the target for 2020/21");
            browser.checkAccessibility("measure-target-error");
            browser.type("target", "10");
            browser.click("Set the target");
            assertThat(browser.text()).contains("Target set").contains("2020/21: Target 10");
            browser.type("greenWithin", "3");
            browser.type("amberWithin", "1");
            browser.choose("basis-2");
            browser.click("Set the rule");
            assertThat(browser.errorSummary()).containsExactly("Amber must reach at least as far from the target as green (3)");
            browser.type("greenWithin", "1");
            browser.type("amberWithin", "3");
            browser.click("Set the rule");
            assertThat(browser.text()).contains("RAG rule set").contains("Green within 1 of the target, amber within 3, red beyond")
                    .contains("Special cause variation: concerning").containsPattern("Mean and process limits\\s+14.7%, between 13.4% and 15.9%")
                    .containsPattern("Rank\\s+3 of 4 \\(1 is best\\)").containsPattern("Quartile\\s+Third").containsPattern("Median of the group\\s+11.5%");
            browser.checkAccessibility("measure-with-spc");
        }
        Api councillor = staffWith(Role.COUNCILLOR);
        try (Browser browser = new Browser(port)) {
            browser.signIn(councillor.username(), councillor.password());
            browser.open("/performance?asOf=2020-06-30");
            assertThat(browser.text()).contains(group).contains("Social worker vacancy rate " + ref).contains("Red")
                    .contains("Special cause variation: concerning");
            browser.checkAccessibility("scorecard");
            browser.click("Social worker vacancy rate " + ref);
            assertThat(browser.text()).doesNotContain("Set the target").doesNotContain("Records behind");
            browser.open("/performance/settings");
            assertThat(browser.heading()).isEqualTo("You cannot see this");
            assertThat(browser.text()).contains("records for Anytown Council").contains("Performance");
            browser.checkAccessibility("forbidden");
        }
    }
}
