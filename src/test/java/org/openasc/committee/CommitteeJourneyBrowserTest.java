package org.openasc.committee;

import org.junit.jupiter.api.Test;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/** An officer writes a report on the agenda, the director clears it, it is published, and the chair reads it from their home page. */
class CommitteeJourneyBrowserTest extends CommitteeFixture {

    @Test
    void aReportIsWrittenClearedPublishedAndReadByTheChair() {
        Setting s = committeeWithARiskRegister();
        String veryHigh = risk(s.author(), s.register(), 4, 4);
        String report = reportItem(s);
        try (Browser author = new Browser(port)) {
            author.signIn(s.author().username(), s.author().password());
            author.open("/meetings/" + s.meeting());
            assertThat(author.heading()).startsWith("Agenda: Friday 10 July 2026 at 18:00");
            author.checkAccessibility("committee-agenda");
            author.click("Draft");
            assertThat(author.text()).contains("Very high risks (net score)").contains(veryHigh).contains("Not written yet.");
            author.checkAccessibility("committee-report-draft");
            author.click("Edit the words");
            author.type("title", "");
            author.click("Save");
            assertThat(author.errorSummary()).containsExactly("Enter the report's title");
            author.checkAccessibility("committee-report-edit-errors");
            author.type("title", "Risk register: quarter 1");
            author.type("purpose", "To report the very high risks.");
            author.type("recommendations", "Note the very high risks\nAsk for a deep dive into the care market");
            author.type("sectionHeading0", "Care market");
            author.type("sectionText0", "Two homes closed.");
            author.click("Save");
            assertThat(author.text()).contains("Report saved").contains("4. Care market");
            author.click("Submit for clearance");
            assertThat(author.text()).contains("Report submitted for clearance");
        }
        try (Browser director = new Browser(port)) {
            director.signIn(s.director().username(), s.director().password());
            director.open("/reports/" + report);
            director.click("Clear for publication");
            assertThat(director.text()).contains("Report cleared for publication");
        }
        try (Browser author = new Browser(port)) {
            author.signIn(s.author().username(), s.author().password());
            author.open("/reports/" + report);
            author.click("Publish");
            assertThat(author.text()).contains("Report published").contains("Content hash");
            author.click("Check for figures revised since publication");
            assertThat(author.text()).contains("No figure has changed");
            author.checkAccessibility("committee-report-published");
        }
        try (Browser chair = new Browser(port)) {
            chair.signIn(s.councillor().username(), s.councillor().password());
            assertThat(chair.text()).contains("Coming meetings").contains("Committee papers").contains("Risk register: quarter 1");
            chair.checkAccessibility("councillor-home");
            chair.click("Risk register: quarter 1");
            assertThat(chair.text()).contains("fewer than 5").doesNotContain("Edit the words").doesNotContain("Check for figures revised");
            chair.checkAccessibility("committee-report-councillor");
        }
    }

    @Test
    void anOfficerBuildsAnAgendaAndRecordsAnActionWhoseAnswerTheChairReads() {
        Setting s = committeeWithARiskRegister();
        try (Browser officer = new Browser(port)) {
            officer.signIn(s.author().username(), s.author().password());
            officer.open("/committees/" + s.committee());
            officer.date("startsOn", java.time.LocalDate.of(2026, 10, 14));
            officer.type("startsTime", "18:30");
            officer.click("Schedule the meeting");
            assertThat(officer.errorSummary()).containsExactly("Enter where the meeting is held, or its online link");
            officer.checkAccessibility("committee-schedule-errors");
            officer.type("venue", "Committee Room 3");
            officer.click("Schedule the meeting");
            assertThat(officer.heading()).isEqualTo("Agenda: Wednesday 14 October 2026 at 18:30");
            officer.type("title", "Risk register update");
            officer.select("kind", "Report");
            officer.select("purpose", "To note");
            officer.click("Add the item");
            assertThat(officer.errorSummary()).anyMatch(m -> m.startsWith("Choose the report's template"));
            officer.select("template", "Risk register");
            officer.click("Add the item");
            assertThat(officer.text()).contains("Item added to the agenda").contains("Risk register update");
            officer.type("request", "How many homes closed this year");
            officer.select("askedBy", "Test " + s.councillor().username());
            officer.click("Record the action");
            assertThat(officer.errorSummary()).containsExactly("Choose the officer who will answer");
            officer.type("officer", s.author().username());
            officer.click("Record the action");
            assertThat(officer.text()).contains("Action recorded").contains("How many homes closed this year").contains("Not answered yet");
            officer.checkAccessibility("committee-meeting-officer");
            String label = officer.text().lines().filter(l -> l.startsWith("Record the response to action")).findFirst().orElseThrow().strip();
            String number = label.substring("Record the response to action ".length());
            officer.type(officer.idOfLabel("Response to action " + number), "Two homes closed; both residents moved with their families' agreement.");
            officer.click(label);
            assertThat(officer.text()).contains("Response recorded").contains("Two homes closed");
            String october = officer.path();

            officer.type("attendance", "Councillor Amara Okafor (Chair)\nCouncillor Ben Hughes");
            officer.type("apologies", "Councillor Carys Lloyd");
            officer.type("declarations", "Councillor Ben Hughes | item four | A relative lives in a home on the register");
            officer.type("summary-1", "The Head of Service presented the register; members asked about home closures.");
            officer.type("resolutions-1", "That the risk register be noted.\nThat a breakdown of closures come to the next meeting.");
            officer.click("Save the minutes");
            assertThat(officer.errorSummary()).containsExactly(
                    "Write each declaration as: member | item number | interest (leave the item out if it is general)");
            officer.checkAccessibility("committee-minutes-errors");
            officer.type("declarations", "Councillor Ben Hughes | 1 | A relative lives in a home on the register");
            officer.click("Save the minutes");
            assertThat(officer.text()).contains("Minutes saved").contains("Minutes (draft until approved at the next meeting)")
                    .contains("Councillor Carys Lloyd").contains("Councillor Ben Hughes, item 1: A relative lives in a home on the register")
                    .contains("That a breakdown of closures come to the next meeting.")
                    .contains("Minutes are approved at a later meeting of the committee, once it has begun.");
            officer.checkAccessibility("committee-minutes-officer");

            officer.open("/meetings/" + s.meeting());
            officer.type("attendance", "Councillor Amara Okafor (Chair)");
            officer.click("Save the minutes");
            officer.click("Approve and lock the minutes");
            assertThat(officer.errorSummary()).containsExactly(
                    "Minutes are approved at a later meeting of the same committee, once it has started");
            officer.select("approvedAtMeetingId", "Wednesday 14 October 2026 at 18:30");
            officer.click("Approve and lock the minutes");
            assertThat(officer.text()).contains("Minutes approved and locked").contains("Minutes, approved 14 October 2026")
                    .doesNotContain("Change the minutes").doesNotContain("Save the minutes");
            officer.open(october);
            assertThat(officer.text()).contains("Change the minutes");
        }
        try (Browser chair = new Browser(port)) {
            chair.signIn(s.councillor().username(), s.councillor().password());
            assertThat(chair.text()).contains("Your requests to officers").contains("How many homes closed this year").contains("Two homes closed");
        }
    }

    @Test
    void democraticServicesSetUpACommitteeWithItsMembers() {
        Api democratic = staffWith(Role.DEMOCRATIC_SERVICES);
        Api chair = staffWith(Role.COUNCILLOR);
        Api officer = staffWith(Role.PERFORMANCE);
        String name = uniqueName("Health and Wellbeing Scrutiny ");
        try (Browser browser = new Browser(port)) {
            browser.signIn(democratic.username(), democratic.password());
            browser.open("/committees");
            browser.type("name", name);
            browser.type("members", officer.username() + " CHAIR\n" + chair.username() + " CHAIR");
            browser.click("Set up the committee");
            assertThat(browser.errorSummary()).containsExactly(officer.username() + " is an officer: choose OFFICER or CLEARING_OFFICER");
            browser.checkAccessibility("committee-set-up-errors");
            browser.type("members", chair.username() + " CHAIR\n" + officer.username() + " OFFICER");
            browser.click("Set up the committee");
            assertThat(browser.heading()).isEqualTo(name);
            assertThat(browser.text()).contains("Committee set up").contains("Test " + chair.username()).contains("Chair").contains("Supporting officer");
        }
    }
}
