package org.openasc.frontdoor;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.openasc.assessment.EligibilityOutcome;
import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.Browser;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.People;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class FrontDoorJourneyBrowserTest extends IntegrationTest {

    @Test
    void aContactBecomesARequestThatIsPrioritisedAllocatedDiscussedAndAssessedAsEligible() {
        long team = newTeam("Locality");
        Api manager = staffIn(Set.of(team), Role.TEAM_MANAGER, Role.PRACTITIONER);
        Api worker = staffIn(Set.of(team), Role.PRACTITIONER);
        String personId = People.create(manager, "Winifred");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));

        try (Browser browser = new Browser(port)) {
            browser.signIn(manager.username(), manager.password());
            browser.open("/people/" + personId);
            browser.click("Log a contact about this person");
            assertThat(browser.heading()).isEqualTo("Log a contact");
            assertThat(browser.text()).contains("About Winifred");
            browser.checkAccessibility("contact-form");

            browser.choose("channel");
            browser.select("source", "Family member, friend or neighbour");
            browser.choose("outcome-4");
            browser.select("clientType", "Service user");
            browser.click("Log the contact");
            assertThat(browser.errorSummary()).containsExactly("Enter why they got in touch", "Select the route of access");
            browser.checkAccessibility("contact-form-errors");

            browser.type("reason", "Her son says she has stopped eating and cannot get upstairs to wash");
            browser.select("routeOfAccess", "Community/Other route");
            browser.click("Log the contact");
            assertThat(browser.text()).contains("opened: it now awaits triage").contains("Awaiting triage").contains("new client");
            browser.checkAccessibility("request-received");
            String requestPath = browser.path();

            browser.click("Set priority");
            browser.choose("priority-2");
            browser.type("reason", "Not eating; lives alone");
            browser.click("Save the priority");
            assertThat(browser.text()).contains("Priority saved").contains("Awaiting allocation").contains("High: Not eating; lives alone");
            browser.checkAccessibility("request-prioritised");

            browser.click("Allocate");
            browser.checkAccessibility("allocation-form");
            browser.select("worker", "Test " + worker.username() + " (" + teamName(team) + ")");
            browser.click("Allocate");
            assertThat(browser.errorSummary()).containsExactly("Select the team to allocate the request to");
            browser.select("teamId", teamName(team));
            browser.select("worker", "Test " + worker.username() + " (" + teamName(team) + ")");
            browser.click("Allocate");
            assertThat(browser.text()).contains("Allocation saved").contains("Awaiting assessment").contains("Test " + worker.username());

            browser.click("Record a conversation");
            browser.choose("number");
            browser.date("heldOn", today);
            browser.type("whatMatters", "Staying at home near her church");
            browser.type("agreed", "A full assessment of her care needs");
            browser.type("nextStep", "Assessment visit on Thursday");
            browser.click("Save the conversation");
            assertThat(browser.text()).contains("Conversation recorded").contains("Assessment in progress").contains("Staying at home near her church");
            browser.checkAccessibility("conversation-recorded");

            browser.click("Start an assessment");
            browser.choose("assessmentType-2");
            browser.select("method", "Face to face");
            browser.date("startedOn", today);
            browser.click("Start the assessment");
            assertThat(browser.text()).contains("Long term assessment").contains("Eligibility not yet determined");

            browser.click("Answer the questions");
            browser.checkAccessibility("assessment-questions");
            for (EligibilityOutcome outcome : EligibilityOutcome.forAdults()) {
                boolean unable = outcome == EligibilityOutcome.NUTRITION || outcome == EligibilityOutcome.PERSONAL_HYGIENE;
                browser.choose("outcomes." + outcome.name() + (unable ? "" : "-no"));
                if (unable) {
                    browser.choose("arises." + outcome.name());
                    browser.choose("impact." + outcome.name());
                }
            }
            browser.click("Save the answers");
            assertThat(browser.text()).contains("Answers saved").contains("Eligible needs")
                    .contains("Unable to achieve 2 outcomes because of a physical or mental impairment or illness");
            browser.checkAccessibility("assessment-eligible");

            browser.click("Complete");
            browser.date("completedOn", today.plusDays(1));
            browser.click("Complete the assessment");
            assertThat(browser.errorSummary()).containsExactly("The date the assessment was completed must be today or in the past");
            browser.date("completedOn", today);
            browser.select("outcome", "Progress to support planning or services");
            browser.click("Complete the assessment");
            assertThat(browser.text()).contains("Assessment completed").contains("Eligible needs identified (CLD)")
                    .contains("outcome: Progress to support planning or services")
                    .contains("Awaiting authorisation by a team manager other than the assessor").doesNotContain("Authorise this decision");
            browser.checkAccessibility("assessment-completed");

            // The request shows the completion once the front door has heard of it (ADR 20).
            await().untilAsserted(() -> {
                browser.open(requestPath);
                assertThat(browser.text()).contains("Assessment").contains("completed " + today.getDayOfMonth());
            });
            browser.open("/waiting-list?team=" + team);
            assertThat(browser.text()).contains("1 person waiting").contains("Winifred");
            browser.checkAccessibility("waiting-list");

            browser.click("Front door figures");
            assertThat(browser.heading()).isEqualTo("Front door figures");
            assertThat(browser.text()).contains("Contacts by layer of need").contains("requests for support");
            browser.checkAccessibility("front-door-figures");
            browser.open("/frontdoor/dashboard/records?figure=REQUESTS_BY_ROUTE&value=" + java.net.URLEncoder.encode("Community/Other route",
                    java.nio.charset.StandardCharsets.UTF_8) + "&from=" + today + "&to=" + today);
            assertThat(browser.text()).contains("Winifred");
            browser.checkAccessibility("figure-records");
        }
    }
}
