package org.openasc.people;

import org.junit.jupiter.api.Test;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.Browser;
import org.openasc.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class PersonRecordJourneyBrowserTest extends IntegrationTest {

    @Test
    void practitionerFindsCreatesCorrectsAndChecksWhoViewedARecord() {
        Api practitioner = staffWith(Role.PRACTITIONER, Role.TEAM_MANAGER);
        String family = uniqueName("O'Brien-");
        try (Browser browser = new Browser(port)) {
            browser.open("/people");
            assertThat(browser.path()).isEqualTo("/sign-in");
            browser.checkAccessibility("sign-in");
            browser.type("username", practitioner.username());
            browser.type("password", "not the password");
            browser.click("Sign in");
            assertThat(browser.errorSummary()).containsExactly("The username or password is not right. Check them and try again.");
            browser.checkAccessibility("sign-in-failed");
            browser.type("username", practitioner.username());
            browser.type("password", practitioner.password());
            browser.click("Sign in");

            assertThat(browser.heading()).isEqualTo("Find a person");
            browser.type("q", family);
            browser.click("Search");
            assertThat(browser.text()).contains("No people found");
            browser.checkAccessibility("search-nothing-found");

            browser.click("Create a new person record");
            assertThat(browser.heading()).isEqualTo("Create a person record");
            browser.checkAccessibility("create-form");
            browser.type("givenName", "Siân");
            browser.type("familyName", family);
            browser.type("dateOfBirth", "31");
            browser.type("dateOfBirth-month", "2");
            browser.type("dateOfBirth-year", "1948");
            browser.type("nhsNumber", "943 476 5918");
            browser.type("postcode", "LE1 7RH");
            browser.select("ethnicity", "White: Irish");
            browser.click("Create record");

            assertThat(browser.errorSummary()).containsExactly("Date of birth must be a real date, like 27 3 1948",
                    "NHS number is not valid: check each digit against the person's NHS card or letter");
            assertThat(browser.errorSummaryLinkTarget(0)).isEqualTo("dateOfBirth");
            assertThat(browser.exists("dateOfBirth-error")).isTrue();
            browser.checkAccessibility("create-form-errors");

            browser.type("dateOfBirth", "27");
            browser.type("dateOfBirth-month", "3");
            browser.type("nhsNumber", "");
            browser.click("Create record");
            assertThat(browser.heading()).contains("Siân " + family);
            assertThat(browser.text()).contains("Record created for Siân " + family).contains("White: Irish").contains("27 March 1948");
            browser.checkAccessibility("person-created");
            String recordPath = browser.path();

            browser.click("Correct details");
            browser.type("postcode", "M1 1AE");
            browser.select("accommodationStatus", "Registered care home");
            browser.click("Save changes");
            assertThat(browser.text()).contains("Changes saved").contains("M1 1AE").contains("Registered care home (since");
            browser.checkAccessibility("person-corrected");

            browser.open("/people?q=" + java.net.URLEncoder.encode("sian " + family.toLowerCase().replace("'", ""), java.nio.charset.StandardCharsets.UTF_8));
            assertThat(browser.text()).contains("1 person found").contains("Siân " + family);
            browser.checkAccessibility("search-found");

            browser.open(recordPath);
            browser.click("Who has viewed this record");
            assertThat(browser.heading()).isEqualTo("Who has viewed or changed this record");
            assertThat(browser.text()).contains("Changed").contains("Created").contains(practitioner.username()).contains("Changed postcode, accommodationStatus");
            browser.checkAccessibility("access-log");

            browser.open(recordPath + "/restriction");
            browser.checkAccessibility("restriction-form");
            browser.open(recordPath + "/relationships/new");
            browser.click("Add relationship");
            assertThat(browser.errorSummary()).contains("Enter the council person ID of the other person");
            browser.checkAccessibility("relationship-form-errors");
        }
    }

    @Test
    void administratorManagesStaffAndSearchesTheAuditTrail() {
        Api admin = staffWith(Role.ADMIN);
        try (Browser browser = new Browser(port)) {
            browser.open("/sign-in");
            browser.type("username", admin.username());
            browser.type("password", admin.password());
            browser.click("Sign in");
            browser.checkAccessibility("admin-home");

            browser.open("/admin/teams");
            browser.click("Create team");
            assertThat(browser.errorSummary()).containsExactly("Enter the team's name");
            browser.checkAccessibility("teams-error");
            String team = uniqueName("Reablement ");
            browser.type("name", team);
            browser.click("Create team");
            assertThat(browser.text()).contains(team);

            browser.open("/admin/users/new");
            browser.checkAccessibility("user-form");
            browser.click("Save");
            assertThat(browser.errorSummary()).contains("Select at least one role");
            browser.checkAccessibility("user-form-errors");

            browser.open("/admin/users");
            assertThat(browser.text()).contains(admin.username());
            browser.checkAccessibility("users");

            browser.open("/admin/audit?actor=" + admin.username());
            assertThat(browser.text()).contains("Signed in");
            browser.checkAccessibility("audit");

            browser.open("/people");
            assertThat(browser.heading()).isEqualTo("You cannot see this");
        }
    }
}
