package org.openasc.providers;

import org.junit.jupiter.api.Test;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.Browser;
import org.openasc.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class ProviderJourneyBrowserTest extends IntegrationTest {

    @Test
    void brokerageRecordsAHomeItsRatingAndASuspensionThatTheMarketSummaryShows() {
        Api brokerage = staffWith(Role.BROKERAGE);
        String home = uniqueName("Willow Grange ");
        try (Browser browser = new Browser(port)) {
            browser.signIn(brokerage.username(), brokerage.password());
            browser.open("/providers");
            browser.checkAccessibility("providers");
            browser.click("Add a provider location");
            browser.type("providerName", "Willow Care Group");
            browser.type("cqcLocationId", "1-2345");
            browser.type("postcode", "LE1 7RH");
            browser.choose("services");
            browser.type("registeredBeds", "48");
            browser.click("Add to the register");
            assertThat(browser.errorSummary()).containsExactly("Enter the name of the location (the home or branch)",
                    "Enter the CQC location ID as the CQC shows it, like 1-123456789");
            browser.checkAccessibility("provider-form-errors");
            browser.type("name", home);
            browser.type("cqcLocationId", ProviderApiTest.cqcId());
            browser.click("Add to the register");
            assertThat(browser.text()).contains(home + " added to the provider register").contains("Not yet rated");
            browser.checkAccessibility("provider-added");

            browser.click("Record a CQC rating");
            browser.choose("rating-3");
            browser.date("ratedOn", java.time.LocalDate.now().minusDays(30));
            browser.click("Save the rating");
            assertThat(browser.text()).contains("CQC rating recorded").contains("Requires improvement");

            browser.click("Record a suspension or other status");
            browser.checkAccessibility("status-form");
            browser.date("startDate", java.time.LocalDate.now().minusDays(7));
            browser.type("reason", "Medication errors found at a quality visit");
            browser.type("latestUpdate", "Improvement plan due next week");
            browser.click("Save the status");
            assertThat(browser.text()).contains("Contract status recorded").contains("Suspension of new placements")
                    .contains("Medication errors found at a quality visit");
            browser.checkAccessibility("provider-suspended");

            browser.click("Record a quality visit");
            browser.date("visitedOn", java.time.LocalDate.now().minusDays(2));
            browser.type("findings", "Medication administration records had gaps");
            browser.type("actions[0].action", "Weekly medication audit");
            browser.click("Save the visit");
            assertThat(browser.errorSummary()).containsExactly("Enter who owns action 1", "Enter when action 1 is due");
            browser.checkAccessibility("visit-form-errors");
            browser.type("actions[0].owner", "Registered manager");
            browser.date("actions[0].dueOn", java.time.LocalDate.now().plusDays(14));
            browser.click("Save the visit");
            assertThat(browser.text()).contains("Quality visit recorded").contains("Weekly medication audit").contains("Registered manager");
            browser.checkAccessibility("provider-visited");

            browser.open("/providers/market");
            assertThat(browser.text()).contains("Suspensions of new placements").contains(home).contains("Improvement plan due next week");
            browser.checkAccessibility("market-summary");
        }
    }
}
