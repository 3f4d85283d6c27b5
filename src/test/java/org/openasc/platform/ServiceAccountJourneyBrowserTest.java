package org.openasc.platform;

import org.junit.jupiter.api.Test;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.Browser;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.TestDates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator sets up an integration on the pages: its roles changed after it was made, the token shown once, with a
 * warning, and revoked from there.
 */
class ServiceAccountJourneyBrowserTest extends IntegrationTest {

    @Test
    void anAdministratorCreatesAServiceAccountIssuesATokenSeenOnceAndRevokesIt() {
        Api admin = staffWith(Role.ADMIN);
        String name = uniqueName("Warehouse ");
        String token;
        try (Browser browser = new Browser(port)) {
            browser.signIn(admin.username(), admin.password());
            browser.open("/admin/service-accounts");
            browser.click("Create service account");
            assertThat(browser.errorSummary()).anyMatch(e -> e.contains("name")).anyMatch(e -> e.contains("role"));
            browser.checkAccessibility("service-accounts-errors");

            browser.type("name", name);
            browser.tick("roles", "PERFORMANCE");
            browser.click("Create service account");
            assertThat(browser.heading()).isEqualTo(name);
            browser.checkAccessibility("service-account");

            browser.tick("roles", "PERFORMANCE");
            browser.click("Save roles and teams");
            assertThat(browser.errorSummary()).anyMatch(e -> e.startsWith("Choose at least one role"));
            browser.tick("roles", "FINANCE");
            browser.click("Save roles and teams");
            assertThat(browser.text()).contains("Roles and teams of svc-").contains("saved");
            assertThat(admin.get("/api/v1/service-accounts").json().path("items").valueStream()
                    .filter(a -> a.path("name").asString().equals(name)).findFirst().orElseThrow().path("roles"))
                    .extracting(tools.jackson.databind.JsonNode::asString).containsExactly("FINANCE");

            browser.date("expiresOn", TestDates.today().minusDays(1));
            browser.click("Issue token");
            assertThat(browser.errorSummary()).containsExactly("The expiry date must be today or later");

            browser.date("expiresOn", TestDates.today().plusMonths(6));
            browser.click("Issue token");
            assertThat(browser.text()).contains("Token issued").contains("It is shown only this once");
            token = browser.value("token");
            assertThat(token).startsWith("oasc_");
            browser.checkAccessibility("service-account-token-issued");
            assertThat(Api.withToken(port, token).get("/api/v1/code-lists/gender").status()).isEqualTo(200);

            tools.jackson.databind.JsonNode account = admin.get("/api/v1/service-accounts").json().path("items").valueStream()
                    .filter(a -> a.path("name").asString().equals(name)).findFirst().orElseThrow();
            long tokenId = account.path("tokens").get(0).path("id").asLong();
            browser.open("/admin/service-accounts/" + account.path("id").asLong());
            assertThat(browser.exists("token")).as("the token is not shown again").isFalse();
            assertThat(browser.text()).doesNotContain(token);
            browser.click("Revoke token " + tokenId);
            assertThat(browser.text()).contains("Token " + tokenId + " revoked");
        }
        assertThat(Api.withToken(port, token).get("/api/v1/code-lists/gender").status()).isEqualTo(401);
    }
}
