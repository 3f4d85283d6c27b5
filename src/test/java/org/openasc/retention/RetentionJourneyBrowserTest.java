package org.openasc.retention;

import org.junit.jupiter.api.Test;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.Browser;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.People;

import static org.assertj.core.api.Assertions.assertThat;

/** An administrator reviews a record past retention by its council person ID and anonymises it with a reason. */
class RetentionJourneyBrowserTest extends IntegrationTest {

    @Test
    void aRecordPastRetentionIsAnonymisedFromTheRetentionPage() {
        Api admin = staffWith(Role.ADMIN);
        Api practitioner = staffWith(Role.PRACTITIONER);
        String person = People.create(practitioner, "Esme");
        // Died weeks after her 1941 birth: past retention before anyone else the suite leaves there, so first on the page's list.
        jdbc.sql("update people.person set date_of_death = :d where id = cast(:id as uuid)").param("d", java.time.LocalDate.of(1941, 7, 1))
                .param("id", person).update();
        String reference = practitioner.get("/api/v1/people/" + person).json().path("personId").asString();
        try (Browser browser = new Browser(port)) {
            browser.signIn(admin.username(), admin.password());
            browser.open("/admin/retention");
            assertThat(browser.heading()).isEqualTo("Retention");
            assertThat(browser.text()).contains("Council person ID " + reference).doesNotContain("Esme");
            browser.checkAccessibility("retention");
            browser.click("Dispose of record " + reference);
            assertThat(browser.errorSummary()).hasSize(2);
            browser.checkAccessibility("retention-errors");
            browser.choose("action-" + person);
            browser.type("reason-" + person, "Ten years after death; reviewed by the records manager");
            browser.click("Dispose of record " + reference);
            assertThat(browser.text()).contains("Record " + reference + " anonymised").doesNotContain("Council person ID " + reference + "\n");
        }
        assertThat(practitioner.get("/api/v1/people/" + person).json().path("givenName").asString()).isEqualTo("Anonymised");
    }
}
