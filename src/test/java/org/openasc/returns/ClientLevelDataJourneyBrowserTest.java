package org.openasc.returns;

import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.CldRecords;
import org.openasc.testing.Browser;
import org.openasc.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The performance team checks a quarter's Client Level Data file on its page, finds the assessment without an outcome
 * linked to the record, and keeps the file as the quarter's submission. 2001 is this test's year.
 */
class ClientLevelDataJourneyBrowserTest extends IntegrationTest {

    @Test
    void aQuartersFileIsCheckedAndKeptFromItsPage() {
        long team = newTeam("Cld journey ");
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        Api performance = staffWith(Role.PERFORMANCE);
        JsonNode person = CldRecords.person(practitioner, "Iris", "1935-03-03", CldRecords.newNhsNumber(),
                "Physical support: Personal care support", "No");
        String assessment = CldRecords.assessment(practitioner, person.path("id").asString(), "2001-05-01", "2001-05-20", null);
        long number = CldRecords.number(practitioner, assessment);
        try (Browser browser = new Browser(port)) {
            browser.signIn(performance.username(), performance.password());
            browser.open("/returns/cld?quarterEnd=2001-12-31");
            assertThat(browser.heading()).isEqualTo("Client Level Data return");
            assertThat(browser.text()).contains("Reporting period 1 January 2001 to 31 December 2001").contains("Mandatory field blank")
                    .contains("A" + number);
            browser.checkAccessibility("cld");
            browser.screenshot("cld");
            browser.click("A" + number);
            assertThat(browser.path()).isEqualTo("/assessments/" + assessment);
            browser.open("/returns/cld?quarterEnd=2001-11-30");
            assertThat(browser.errorSummary()).containsExactly("Enter a quarter's last day: 31 March, 30 June, 30 September or 31 December");
            browser.checkAccessibility("cld-error");
            browser.open("/returns/cld?quarterEnd=2001-12-31");
            browser.click("Keep this file as the quarter's submission");
            assertThat(browser.heading()).isEqualTo("Submission for the quarter ending 31 December 2001");
            assertThat(browser.text()).contains("Reporting period 1 January 2001 to 31 December 2001").contains("New events");
            browser.checkAccessibility("cld-submission");
            browser.screenshot("cld-submission");
        }
    }
}
