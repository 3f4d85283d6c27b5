package org.openasc.feedback;


import org.junit.jupiter.api.Test;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.Browser;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.TestDates;

import static org.assertj.core.api.Assertions.assertThat;

/** A customer relations officer logs a complaint, acknowledges it, agrees more time, responds, records a lesson and opens the annual report. */
class ComplaintJourneyBrowserTest extends IntegrationTest {

    @Test
    void aComplaintFromReceiptToResponseAndTheAnnualReport() {
        Api officer = staffWith(Role.CUSTOMER_RELATIONS);
        assertThat(officer.post("/api/v1/feedback/member-enquiries", java.util.Map.of("memberType", "MP", "memberName", "Ann Member MP",
                "category", "Request for service", "receivedOn", TestDates.today().toString(), "serviceArea", "Adult Social Care",
                "summary", "Constituent waiting for an assessment")).status()).isEqualTo(201);
        assertThat(officer.post("/api/v1/feedback/foi-requests", java.util.Map.of("receivedOn", TestDates.today().toString(), "serviceArea", "Commissioning",
                "summary", "Care home fees")).status()).isEqualTo(201);
        try (Browser browser = new Browser(port)) {
            browser.signIn(officer.username(), officer.password());
            browser.open("/feedback");
            assertThat(browser.text()).contains("MP enquiry").contains("FOI request");
            browser.checkAccessibility("feedback-workbench");
            browser.click("Log a complaint");
            browser.type("complainant", "Mrs D Example");
            browser.click("Log the complaint");
            assertThat(browser.errorSummary()).containsExactly("Enter the date it was received", "Select the service area from the list",
                    "Select the main theme from the list", "Enter what the complaint is about");
            browser.checkAccessibility("complaint-errors");
            browser.date("receivedOn", TestDates.today().minusDays(3));
            browser.select("serviceArea", "Adult Social Care");
            browser.select("theme", "Lack of Communication");
            browser.type("elements", "Nobody told me my mother's care package had changed");
            browser.click("Log the complaint");
            assertThat(browser.text()).contains("Complaint logged").contains("Mrs D Example").contains("Due");
            browser.checkAccessibility("complaint-logged");

            browser.click("Record the acknowledgement");
            assertThat(browser.text()).contains("Acknowledgement recorded").contains("Sent");
            browser.date("agreedResponseDue", TestDates.today().plusDays(40));
            browser.click("Record the longer period");
            assertThat(browser.errorSummary()).containsExactly("Enter why more time is needed");
            browser.type("reason", "Waiting for the provider's call logs");
            browser.click("Record the longer period");
            assertThat(browser.text()).contains("Longer response period recorded").contains("Waiting for the provider's call logs");

            browser.date("respondedOn", TestDates.today());
            browser.choose("outcome-2");
            browser.type("signedBy", "Director of Adult Services");
            browser.click("Record the response");
            assertThat(browser.text()).contains("Response recorded").contains("Partially upheld");
            browser.type("lesson", "Families were not told of changes to packages");
            browser.type("action", "Letter to the family whenever a package changes");
            browser.type("owner", "Head of Locality Services");
            browser.date("dueOn", TestDates.today().plusMonths(2));
            browser.click("Record the lesson");
            assertThat(browser.text()).contains("Lesson recorded").contains("Letter to the family whenever a package changes");
            browser.checkAccessibility("complaint-answered");

            browser.open("/feedback/lessons");
            assertThat(browser.text()).contains("Letter to the family whenever a package changes");
            browser.checkAccessibility("lessons");
            browser.click("Mark done: Letter to the family whenever a package changes");
            assertThat(browser.text()).contains("Action marked done");
            browser.open("/feedback/annual-report?financialYear=" + (TestDates.today().minusMonths(3).getYear()));
            assertThat(browser.text()).contains("Complaints by theme").contains("Lack of Communication").contains("The two previous years");
            browser.checkAccessibility("annual-report");
        }
    }
}
