package org.openasc.safeguarding;


import org.junit.jupiter.api.Test;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.Browser;
import org.openasc.testing.CareAndSupport;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.People;
import org.openasc.testing.TestDates;

import static org.assertj.core.api.Assertions.assertThat;

/** A practitioner raises a concern; the Safeguarding Adults Team screens it to a section 42 enquiry, works it and concludes it. */
class SafeguardingJourneyBrowserTest extends IntegrationTest {

    @Test
    void aConcernIsScreenedToAnS42EnquiryWorkedWithThePersonAndConcluded() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        Api team = staffWith(Role.SAFEGUARDING);
        String person = People.create(practitioner, "Ivy");

        try (Browser browser = new Browser(port)) {
            browser.signIn(practitioner.username(), practitioner.password());
            browser.open("/people/" + person);
            browser.click("Raise a safeguarding concern");
            browser.type("receivedTime", "25:99");
            browser.click("Raise the concern");
            assertThat(browser.errorSummary()).containsExactly("Enter the time as hours and minutes, like 14:05", "Select who raised the concern",
                    "Enter what happened");
            browser.checkAccessibility("concern-errors");
            browser.date("receivedOn", TestDates.today().minusDays(1));
            browser.type("receivedTime", "09:40");
            browser.select("source", "Family member");
            browser.type("whatHappened", "Her son says the new carer shouted at her and took £40 from her purse");
            browser.type("immediateRisk", "Carer due again tomorrow morning");
            browser.click("Raise the concern");
            assertThat(browser.text()).contains("Concern raised").contains("Screening decision due");
            browser.checkAccessibility("concern-raised");
        }

        try (Browser browser = new Browser(port)) {
            browser.signIn(team.username(), team.password());
            browser.open("/safeguarding");
            assertThat(browser.text()).contains("concerns awaiting a screening decision");
            browser.checkAccessibility("safeguarding-work");
            browser.click(String.valueOf(jdbc.sql("select max(concern_number) from safeguarding.concern where person_id = :p")
                    .param("p", java.util.UUID.fromString(person)).query(Long.class).single()));
            browser.date("screenedOn", TestDates.today());
            browser.choose("needsCareAndSupport");
            browser.choose("experiencingOrAtRisk");
            browser.choose("unableToProtect-2");
            browser.choose("decision");
            browser.type("reasons", "Care and support needs; financial and psychological abuse alleged by a paid carer");
            browser.choose("routedTo");
            browser.click("Record the decision");
            assertThat(browser.errorSummary()).containsExactly("A section 42 enquiry needs all three criteria met: choose another enquiry or another outcome");
            browser.checkAccessibility("screening-errors");
            browser.choose("unableToProtect");
            browser.click("Record the decision");
            assertThat(browser.text()).contains("Screening decision recorded").contains("Section 42 enquiry");

            browser.select("typeOfRisk", "Financial or Material Abuse");
            browser.select("locationOfRisk", "Own Home");
            browser.select("sourceOfRisk", "Service Provider");
            browser.click("Add the allegation");
            assertThat(browser.text()).contains("Allegation recorded").contains("Financial or Material Abuse");

            browser.date("concludedOn", TestDates.today());
            browser.choose("conclusion");
            browser.click("Conclude the enquiry");
            assertThat(browser.errorSummary()).contains("Select the risk assessment outcome",
                    "Record whether the person was asked about the outcomes they wanted (Making Safeguarding Personal)",
                    "Record whether the person lacked capacity");
            browser.checkAccessibility("conclude-errors");

            browser.date("strategyOn", TestDates.today());
            browser.type("strategyAgencies", "Police, home care provider");
            browser.choose("mspAsked");
            browser.type("mspOutcomes", "I want a different carer and my money back");
            browser.choose("lackedCapacity-2");
            browser.click("Save the enquiry");
            assertThat(browser.text()).contains("Enquiry updated");

            browser.date("concludedOn", TestDates.today());
            browser.choose("conclusion");
            browser.select("riskAssessmentOutcome", "Risk identified and action taken");
            browser.choose("riskResult-3");
            browser.choose("mspAchieved");
            browser.click("Conclude the enquiry");
            assertThat(browser.text()).contains("Enquiry concluded").contains("Substantiated").contains("Risk removed")
                    .contains("I want a different carer and my money back");
            browser.checkAccessibility("enquiry-concluded");

            browser.open("/safeguarding/figures");
            assertThat(browser.text()).contains("new concerns").contains("Table 1").contains("Table 2");
            browser.checkAccessibility("safeguarding-figures");
        }
    }

    @Test
    void aDolsApplicationIsAssessedAndGranted() {
        Api dols = staffWith(Role.DOLS);
        String home = CareAndSupport.location(staffWith(Role.BROKERAGE), uniqueName("Hazel Grange "), java.util.List.of("Residential care home"), 40);
        String person = People.create(dols, "Joan");
        long bia = dols.post("/api/v1/dols/assessors", java.util.Map.of("name", uniqueName("Bianca "), "qualification", "BEST_INTERESTS_ASSESSOR"))
                .json().path("id").asLong();
        long doctor = dols.post("/api/v1/dols/assessors", java.util.Map.of("name", uniqueName("Dr Mentis "), "qualification", "MENTAL_HEALTH_ASSESSOR"))
                .json().path("id").asLong();
        try (Browser browser = new Browser(port)) {
            browser.signIn(dols.username(), dols.password());
            browser.open("/people/" + person);
            browser.click("Record a DoLS application");
            browser.choose("priority");
            browser.click("Record the application");
            assertThat(browser.errorSummary()).containsExactly("Choose the care home, or name the hospital that is the managing authority",
                    "Enter the date the request was received", "Choose the reason for the priority from the screening tool's list");
            browser.checkAccessibility("dols-application-errors");
            browser.select("locationId", jdbc.sql("select name from providers.location where id = :id").param("id", java.util.UUID.fromString(home))
                    .query(String.class).single());
            browser.date("receivedOn", TestDates.today().minusDays(5));
            browser.select("priorityReason", "Objecting to the placement or trying to leave");
            browser.click("Record the application");
            assertThat(browser.text()).contains("Application recorded").contains("Not assessed");
            for (String requirement : java.util.List.of("Age", "Mental health", "Mental capacity", "No refusals", "Eligibility", "Best interests")) {
                browser.select("requirement", requirement);
                browser.choose("status-2");
                browser.select("assessorId", requirement.equals("Mental health")
                        ? jdbc.sql("select name from liberty.assessor where id = :id").param("id", doctor).query(String.class).single() + " (mental health assessor)"
                        : jdbc.sql("select name from liberty.assessor where id = :id").param("id", bia).query(String.class).single() + " (Best Interests Assessor)");
                browser.date("assessedOn", TestDates.today().minusDays(1));
                browser.click("Save the assessment");
                assertThat(browser.text()).contains("Assessment recorded");
            }
            browser.choose("outcome");
            browser.date("signedOffOn", TestDates.today());
            browser.date("authorisedFrom", TestDates.today());
            browser.date("authorisedTo", TestDates.today().plusMonths(14));
            browser.click("Record the decision");
            assertThat(browser.errorSummary()).containsExactly("A standard authorisation lasts at most 12 months: until "
                    + TestDates.today().plusMonths(12).minusDays(1));
            browser.checkAccessibility("dols-decision-errors");
            browser.date("authorisedTo", TestDates.today().plusMonths(12).minusDays(1));
            browser.type("conditions", "Family to be told of any change to visiting");
            browser.click("Record the decision");
            assertThat(browser.text()).contains("Decision recorded").contains("Granted").contains("renewal to be requested by");
            browser.checkAccessibility("dols-granted");
            browser.open("/dols");
            assertThat(browser.text()).contains("applications a month");
            browser.checkAccessibility("dols-backlog");
        }
    }
}
