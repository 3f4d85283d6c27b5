package org.openasc.casework;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.Browser;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.People;
import org.openasc.testing.TestDates;

import static org.assertj.core.api.Assertions.assertThat;

/** The home page of four roles is their own work: every list counted and linked to the whole list, its items with their clocks. */
class MyWorkJourneyBrowserTest extends IntegrationTest {

    @Test
    void aPractitionerFindsTheirDraftNoteFromTheirHomePage() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        String person = People.create(practitioner, "Ivor");
        Map<String, Object> note = CaseNotesApiTest.note(TestDates.today().minusDays(2) + "T09:30", "Rang about the stair lift.");
        assertThat(practitioner.post("/api/v1/people/" + person + "/notes", note).status()).isEqualTo(201);
        try (Browser browser = new Browser(port)) {
            browser.signIn(practitioner.username(), practitioner.password());
            assertThat(browser.heading()).isEqualTo("My work");
            assertThat(browser.text()).contains("Your draft case notes: 1").contains("Drafted today").contains("Requests allocated to you")
                    .contains("Find a person");
            browser.checkAccessibility("my-work-practitioner");
            browser.click("Your draft case notes: 1");
            assertThat(browser.heading()).isEqualTo("Your draft case notes");
            assertThat(browser.text()).contains("Visit");
            browser.checkAccessibility("draft-notes");
        }
    }

    @Test
    void aManagerTheSafeguardingTeamAndACouncillorEachSeeTheirOwnWork() {
        for (Role role : new Role[] {Role.TEAM_MANAGER, Role.SAFEGUARDING, Role.COUNCILLOR}) {
            Api staff = staffWith(role);
            try (Browser browser = new Browser(port)) {
                browser.signIn(staff.username(), staff.password());
                assertThat(browser.heading()).isEqualTo("My work");
                String text = browser.text();
                switch (role) {
                    case TEAM_MANAGER -> assertThat(text).contains("Requests awaiting triage").contains("Care and support plans for you to sign off");
                    case SAFEGUARDING -> assertThat(text).contains("Concerns to screen: due today or overdue").contains("Open safeguarding enquiries");
                    default -> assertThat(text).doesNotContain("Find a person").contains("Your account sees council-wide figures only");
                }
                browser.checkAccessibility("my-work-" + role.name().toLowerCase());
            }
        }
    }
}
