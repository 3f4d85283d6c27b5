package org.openasc.casework;

import org.junit.jupiter.api.Test;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.Browser;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.People;
import org.openasc.testing.TestDates;

import static org.assertj.core.api.Assertions.assertThat;

/** Customer relations record a subject access request from the person's record and find it on their home page with its clock. */
class SubjectAccessJourneyBrowserTest extends IntegrationTest {

    @Test
    void aRequestIsRecordedFromThePersonsRecordAndAnsweredOnTime() {
        Api relations = staffWith(Role.CUSTOMER_RELATIONS);
        String person = People.create(staffWith(Role.PRACTITIONER), "Nell");
        try (Browser browser = new Browser(port)) {
            browser.signIn(relations.username(), relations.password());
            browser.open("/people/" + person);
            browser.click("Subject access requests about this person");
            assertThat(browser.text()).contains("There are no subject access requests about this person.");
            browser.click("Record the request");
            assertThat(browser.errorSummary()).hasSize(4);
            browser.checkAccessibility("subject-access-errors");
            browser.date("receivedOn", TestDates.today().minusDays(3));
            browser.type("requestedBy", "Nell, by letter");
            browser.choose("onBehalf");
            browser.tick("identityChecked", "yes");
            browser.click("Record the request");
            assertThat(browser.text()).contains("Subject access request recorded").contains("Nell, by letter, the person")
                    .contains("Produce the bundle for request");
            browser.checkAccessibility("subject-access");
            browser.open("/");
            assertThat(browser.text()).contains("Subject access requests to answer");
        }
    }
}
