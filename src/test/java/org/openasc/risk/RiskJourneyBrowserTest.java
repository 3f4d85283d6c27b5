package org.openasc.risk;


import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.Browser;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.TestDates;

import static org.assertj.core.api.Assertions.assertThat;

/** A manager opens the register, reviews a very high risk with a mistake first, and sees it improving. */
class RiskJourneyBrowserTest extends IntegrationTest {

    @Test
    void aRiskIsReviewedAndItsMovementShown() {
        Api manager = staffWith(Role.TEAM_MANAGER);
        String ref = "J" + uniqueName("").substring(0, 6).toUpperCase();
        JsonNode r = manager.post("/api/v1/risks", RiskApiTest.risk(ref, new int[] {5, 5}, new int[] {5, 4}, new int[] {3, 2})).json();
        manager.post("/api/v1/risks/" + r.path("id").asString() + "/reviews", RiskApiTest.review(r.path("version").asInt(),
                TestDates.today().minusMonths(3).toString(), new int[] {5, 4}, TestDates.today().minusDays(1).toString()));
        try (Browser browser = new Browser(port)) {
            browser.signIn(manager.username(), manager.password());
            browser.open("/risks?register=Strategic");
            assertThat(browser.text()).contains("Net risk heat map").contains("Very high risks").contains(ref);
            browser.checkAccessibility("risk-register");
            browser.click("target");
            assertThat(browser.text()).contains("Target risk heat map").contains("Number of risks by target likelihood");
            browser.open("/risks?register=Strategic");
            browser.click(ref + " Not enough home care in rural areas");
            browser.date("reviewedOn", TestDates.today());
            browser.type("netLikelihood", "7");
            browser.date("nextReviewOn", TestDates.today().plusMonths(3));
            browser.click("Record the review");
            assertThat(browser.errorSummary()).containsExactly("Score the net impact and likelihood from 1 to 5 each");
            browser.checkAccessibility("risk-review-errors");
            browser.type("netLikelihood", "3");
            browser.type("notes", "Rural uplift agreed; two new providers");
            browser.click("Record the review");
            assertThat(browser.text()).contains("Review recorded").contains("Very high, improving").contains("net 5 x 3 = 15").contains("Rural uplift agreed")
                    .contains("Entered on").contains("with a net score of 20");
            assertThat(browser.exists("net-history-title")).as("the chart of the net score over time").isTrue();
            browser.checkAccessibility("risk-reviewed");
            browser.click("Link the signal");
            assertThat(browser.errorSummary()).containsExactly("Choose a live signal from the list");
            browser.select("signal", "Provider locations with new placements suspended");
            browser.click("Link the signal");
            assertThat(browser.text()).contains("Signal linked").containsPattern("Provider locations with new placements suspended\\s+\\d+ locations?");
            browser.checkAccessibility("risk-signal-linked");
        }
    }
}
