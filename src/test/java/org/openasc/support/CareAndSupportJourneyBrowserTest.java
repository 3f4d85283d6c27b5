package org.openasc.support;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.Browser;
import org.openasc.testing.CareAndSupport;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.People;
import org.openasc.testing.TestDates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Brokerage suspends a home care provider and sets up a zone; a practitioner asks for a package; the
 * suspended provider is passed over, the next accepts and the service starts at the zone's rate; the
 * practitioner reviews it. Errors are shown first where a person would make them.
 */
class CareAndSupportJourneyBrowserTest extends IntegrationTest {

    @Test
    void aHomeCarePackageIsBrokeredStartedAndReviewed() {
        Api brokerage = staffWith(Role.BROKERAGE);
        long team = newTeam("Journey ");
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        String suspended = CareAndSupport.location(brokerage, uniqueName("Aardvark Homecare "), List.of("Home care"), 0);
        String next = CareAndSupport.location(brokerage, uniqueName("Badger Homecare "), List.of("Home care"), 0);
        String person = People.create(practitioner, "Gwen");
        String zone = uniqueName("Fringe East ");

        try (Browser browser = new Browser(port)) {
            browser.signIn(brokerage.username(), brokerage.password());
            browser.open("/providers/" + suspended);
            browser.click("Record a suspension or other status");
            browser.date("startDate", TestDates.today().minusDays(3));
            browser.type("reason", "Missed calls reported by three families");
            browser.click("Save the status");
            assertThat(browser.text()).contains("Suspension of new placements");

            browser.open("/brokerage/zones");
            browser.type("name", zone);
            browser.click("Add the zone");
            assertThat(browser.errorSummary()).containsExactly("Select the price level: urban, fringe, rural or isolated");
            browser.checkAccessibility("zone-errors");
            browser.tick("priceLevel", "FRINGE");
            browser.tick("primeProviders", suspended);
            browser.tick("primeProviders", next);
            browser.click("Add the zone");
            assertThat(browser.text()).contains("Zone added").contains(zone);
            browser.tick("rateLevel", "FRINGE");
            browser.date("effectiveFrom", TestDates.today().minusDays(30));
            browser.type("hourlyRate", "19.95");
            browser.click("Record the rate");
            assertThat(browser.text()).contains("Rate recorded").contains("£19.95");
            browser.checkAccessibility("zones");
        }

        try (Browser browser = new Browser(port)) {
            browser.signIn(practitioner.username(), practitioner.password());
            browser.open("/people/" + person + "/support");
            browser.checkAccessibility("person-support-empty");
            browser.click("Request a home care package");
            browser.type("hoursPerWeek", "ten");
            browser.click("Send to brokerage");
            assertThat(browser.errorSummary()).contains("Enter the hours a week as a number, like 21.50", "Select the home care zone where the person lives",
                    "Enter the date the care is needed by");
            browser.checkAccessibility("package-errors");
            browser.type("hoursPerWeek", "14");
            browser.select("zone", zone);
            browser.date("neededBy", TestDates.today().plusDays(5));
            browser.type("requirements", "Morning call before 9am; female carers");
            browser.select("teamId", teamName(team));
            browser.click("Send to brokerage");
            assertThat(browser.text()).contains("Package sent to brokerage").contains("Offered");
            assertThat(browser.text()).doesNotContain("Aardvark");
        }

        try (Browser browser = new Browser(port)) {
            browser.signIn(brokerage.username(), brokerage.password());
            browser.open("/brokerage");
            assertThat(browser.text()).contains(zone);
            browser.checkAccessibility("packages-waiting");
            browser.open("/people/" + person + "/support");
            browser.click("Package " + jdbc.sql("select request_number from support.package_request where person_id = :p")
                    .param("p", java.util.UUID.fromString(person)).query(Long.class).single());
            browser.checkAccessibility("package-offered");
            browser.click("Accept and start the service");
            assertThat(browser.errorSummary()).containsExactly("Enter the date the care starts");
            browser.date("startDate", TestDates.today());
            browser.click("Accept and start the service");
            assertThat(browser.text()).contains("Offer accepted: the service has started").contains("Home Support")
                    .contains("£279.30").contains("Badger Homecare");
            browser.checkAccessibility("service-started");
        }

        try (Browser browser = new Browser(port)) {
            browser.signIn(practitioner.username(), practitioner.password());
            browser.open("/people/" + person + "/support");
            browser.click("Record a review");
            browser.date("reviewedOn", TestDates.today());
            browser.select("reason", "Planned");
            browser.select("method", "Service User and Carer");
            browser.click("Save the review");
            assertThat(browser.errorSummary()).containsExactly("A planned review records whether the outcomes were achieved");
            browser.checkAccessibility("review-errors");
            browser.choose("outcomesAchieved");
            browser.type("whatChanged", "Calls moved to 8am");
            browser.click("Save the review");
            assertThat(browser.text()).contains("Review recorded").contains("Calls moved to 8am").contains("£279.30");
            browser.checkAccessibility("person-support");
            browser.open("/support/reviews");
            browser.checkAccessibility("reviews-due");
        }
        try (Browser browser = new Browser(port)) {
            Api analyst = staffWith(Role.PERFORMANCE);
            browser.signIn(analyst.username(), analyst.password());
            browser.open("/support/dashboard");
            assertThat(browser.text()).contains("people in long-term support").contains("Long term support: Community");
            browser.checkAccessibility("support-dashboard");
            browser.open("/support/dashboard/records?figure=weekly-cost&serviceType=Long%20term%20support%3A%20Community");
            assertThat(browser.text()).contains("Gwen").contains("£279.30");
            browser.checkAccessibility("support-figure-records");
        }
        assertThat(brokerage.get("/api/v1/people/" + person + "/support").json().path("services").get(0).path("weeklyCost").decimalValue())
                .isEqualByComparingTo("279.30");
    }
}
