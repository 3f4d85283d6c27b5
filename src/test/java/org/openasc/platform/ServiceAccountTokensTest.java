package org.openasc.platform;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.People;
import org.openasc.testing.TestDates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An integration signs in with an API token as its service account: it sees its teams' work as their members do,
 * every read is audited naming the account and the token, the token's text is shown once and never again, and a
 * token past its last day or revoked is refused.
 */
class ServiceAccountTokensTest extends IntegrationTest {

    @Test
    void anIntegrationReadsItsTeamsWorkWithATokenAndIsRefusedAnotherTeamsEachReadAuditedWithTheToken() {
        Api admin = staffWith(Role.ADMIN);
        long team = newTeam("Locality ");
        long elsewhere = newTeam("Elsewhere ");
        Api frontDoor = staffIn(Set.of(), Role.PRACTITIONER);
        Api manager = staffIn(Set.of(team, elsewhere), Role.TEAM_MANAGER);
        String person = People.create(frontDoor, "Edith");
        String ours = allocatedRequest(frontDoor, manager, person, team);
        String theirs = allocatedRequest(frontDoor, manager, People.create(frontDoor, "Mabel"), elsewhere);
        JsonNode account = serviceAccount(admin, List.of("PRACTITIONER"), List.of(team));
        assertThat(account.path("username").asString()).startsWith("svc-");
        assertThat(account.path("roles")).extracting(JsonNode::asString).containsExactly("PRACTITIONER");
        JsonNode issued = token(admin, account, TestDates.today().plusMonths(6));
        String token = issued.path("token").asString();
        long tokenId = issued.path("id").asLong();
        assertThat(token).startsWith("oasc_").hasSizeGreaterThanOrEqualTo(48);
        Api integration = Api.withToken(port, token);

        assertThat(integration.get("/api/v1/requests/" + ours).status()).as("a request allocated to its team").isEqualTo(200);
        assertThat(integration.get("/api/v1/people/" + person).status()).isEqualTo(200);
        Api.Response refused = integration.get("/api/v1/requests/" + theirs);
        assertThat(refused.status()).as("a request allocated to another team").isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(integration.get("/api/v1/service-accounts").status()).as("an integration administers nothing").isEqualTo(403);

        JsonNode trail = admin.get("/api/v1/audit?actor=" + account.path("username").asString()).json().path("items");
        assertThat(trail).anyMatch(e -> e.path("action").asString().equals("VIEWED") && e.path("subjectType").asString().equals("person")
                && e.path("subjectId").asString().equals(person) && e.path("tokenId").asLong() == tokenId);
        assertThat(trail).anyMatch(e -> e.path("action").asString().equals("REFUSED") && e.path("subjectId").asString().equals(theirs)
                && e.path("tokenId").asLong() == tokenId);
        assertThat(admin.get("/api/v1/tokens/" + tokenId).json().has("lastUsedAt")).isTrue();
    }

    @Test
    void aTokenIsShownOnceAndKeptOnlyAsItsHash() {
        Api admin = staffWith(Role.ADMIN);
        JsonNode account = serviceAccount(admin, List.of("PERFORMANCE"), List.of());
        Api.Response issued = admin.post("/api/v1/service-accounts/" + account.path("id").asLong() + "/tokens",
                Map.of("expiresOn", TestDates.today().plusMonths(1).toString()));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        String token = issued.json().path("token").asString();
        long tokenId = issued.json().path("id").asLong();
        assertThat(issued.location()).isEqualTo("/api/v1/tokens/" + tokenId);

        assertThat(admin.get("/api/v1/tokens/" + tokenId).body()).doesNotContain(token).contains("\"status\":\"ACTIVE\"");
        assertThat(admin.get("/api/v1/service-accounts/" + account.path("id").asLong()).body()).doesNotContain(token);
        assertThat(admin.get("/api/v1/service-accounts").body()).doesNotContain(token);
        assertThat(jdbc.sql("select token_hash from platform.api_token where id = :id").param("id", tokenId).query(String.class).single())
                .isNotEqualTo(token).hasSize(64);
    }

    @Test
    void aTokenStopsWorkingOnceItsLastDayHasPassed() {
        Api admin = staffWith(Role.ADMIN);
        JsonNode issued = token(admin, serviceAccount(admin, List.of("PERFORMANCE"), List.of()), TestDates.today());
        Api integration = Api.withToken(port, issued.path("token").asString());
        Api.Response works = integration.get("/api/v1/code-lists/gender");
        assertThat(works.status()).as("it works to the end of its last day: " + works).isEqualTo(200);

        // The shared application's clock cannot be moved for one test, so the token's last day is moved past instead.
        jdbc.sql("update platform.api_token set expires_on = :yesterday where id = :id")
                .param("yesterday", TestDates.today().minusDays(1)).param("id", issued.path("id").asLong()).update();
        Api.Response expired = integration.get("/api/v1/code-lists/gender");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.contentType()).startsWith("application/problem+json");
        assertThat(expired.json().path("detail").asString()).contains("expired");
        assertThat(admin.get("/api/v1/tokens/" + issued.path("id").asLong()).json().path("status").asString()).isEqualTo("EXPIRED");
    }

    @Test
    void aRevokedTokenAndATokenOfADisabledAccountAreRefusedAtOnce() {
        Api admin = staffWith(Role.ADMIN);
        JsonNode account = serviceAccount(admin, List.of("PERFORMANCE"), List.of());
        JsonNode first = token(admin, account, TestDates.today().plusMonths(3));
        JsonNode second = token(admin, account, TestDates.today().plusMonths(3));
        Api one = Api.withToken(port, first.path("token").asString());
        Api two = Api.withToken(port, second.path("token").asString());
        assertThat(one.get("/api/v1/code-lists/gender").status()).isEqualTo(200);

        assertThat(admin.raw("DELETE", "/api/v1/tokens/" + first.path("id").asLong(), "application/json", "").status()).isEqualTo(204);
        Api.Response revoked = one.get("/api/v1/code-lists/gender");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.json().path("detail").asString()).contains("revoked");
        assertThat(two.get("/api/v1/code-lists/gender").status()).as("the account's other token").isEqualTo(200);
        assertThat(admin.raw("DELETE", "/api/v1/tokens/" + first.path("id").asLong(), "application/json", "").status())
                .as("revoking twice changes nothing").isEqualTo(204);

        Api.Response disabled = admin.post("/api/v1/service-accounts/" + account.path("id").asLong() + "/disable", Map.of());
        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
        assertThat(disabled.json().path("enabled").asBoolean()).isFalse();
        assertThat(two.get("/api/v1/code-lists/gender").status()).isEqualTo(401);
        assertThat(admin.post("/api/v1/service-accounts/" + account.path("id").asLong() + "/tokens",
                Map.of("expiresOn", TestDates.today().plusMonths(1).toString())).status()).isEqualTo(409);
    }

    @Test
    void aBearerTokenTheServerDoesNotKnowIsRefusedAndIsNoUseOnPages() {
        Api stranger = Api.withToken(port, "oasc_" + "A".repeat(43));
        Api.Response refused = stranger.post("/api/v1/people", Map.of("givenName", "Nobody"));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(Api.withToken(port, "not-a-token").get("/api/v1/code-lists/gender").status()).isEqualTo(401);

        Api admin = staffWith(Role.ADMIN);
        String token = token(admin, serviceAccount(admin, List.of("PERFORMANCE"), List.of()), TestDates.today()).path("token").asString();
        java.net.http.HttpResponse<Void> page = send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/"))
                .header("Authorization", "Bearer " + token).build());
        assertThat(page.statusCode()).as("pages take the sign-in form only").isEqualTo(302);
        java.net.http.HttpResponse<Void> api = send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                + "/api/v1/code-lists/gender")).header("Authorization", "Bearer " + token).build());
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().allValues("Set-Cookie")).as("a token request makes no session").isEmpty();
    }

    @Test
    void anAdministratorChangesAnAccountsRolesAndTeamsAndItsTokenUsesThemFromItsNextRequest() {
        Api admin = staffWith(Role.ADMIN);
        long team = newTeam("Locality ");
        Api frontDoor = staffIn(Set.of(), Role.PRACTITIONER);
        Api manager = staffIn(Set.of(team), Role.TEAM_MANAGER);
        String request = allocatedRequest(frontDoor, manager, People.create(frontDoor, "Winifred"), team);
        JsonNode account = serviceAccount(admin, List.of("PRACTITIONER"), List.of());
        long id = account.path("id").asLong();
        Api integration = Api.withToken(port, token(admin, account, TestDates.today()).path("token").asString());
        assertThat(integration.get("/api/v1/requests/" + request).status()).as("no team yet").isEqualTo(403);

        Api.Response versionless = admin.put("/api/v1/service-accounts/" + id, Map.of("roles", List.of("PRACTITIONER"), "teamIds", List.of(team)));
        assertThat(versionless.status()).isEqualTo(400);
        assertThat(versionless.errorFor("version")).startsWith("Send the version");
        Api.Response bad = admin.put("/api/v1/service-accounts/" + id, Map.of("roles", List.of("ADMIN"), "teamIds", List.of(-5L), "version", 0));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFor("roles")).startsWith("A service account cannot be administrator");
        assertThat(bad.errorFor("teamIds")).startsWith("Choose teams from the list");

        int version = account.path("version").asInt();
        Api.Response changed = admin.put("/api/v1/service-accounts/" + id, Map.of("roles", List.of("PRACTITIONER", "BROKERAGE"), "teamIds",
                List.of(team), "version", version));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().path("roles")).extracting(JsonNode::asString).containsExactly("BROKERAGE", "PRACTITIONER");
        assertThat(changed.json().path("teams").get(0).path("id").asLong()).isEqualTo(team);
        assertThat(integration.get("/api/v1/requests/" + request).status()).as("its team's request, at the next request").isEqualTo(200);

        Api.Response stale = admin.put("/api/v1/service-accounts/" + id, Map.of("roles", List.of("FINANCE"), "teamIds", List.of(), "version", version));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(admin.get("/api/v1/audit?actor=" + admin.username()).json().path("items")).anyMatch(e -> e.path("subjectType").asString()
                .equals("service-account") && e.path("detail").asString().equals("Roles [PRACTITIONER] to [PRACTITIONER, BROKERAGE], teams [] to [" + team + "]"));
        assertThat(staffWith(Role.TEAM_MANAGER).put("/api/v1/service-accounts/" + id,
                Map.of("roles", List.of("PRACTITIONER"), "teamIds", List.of(), "version", version + 1)).status()).isEqualTo(403);
    }

    @Test
    void anAddressOfferingRefusedTokensIsSlowedWithoutSlowingLiveTokensOrOtherAddresses() {
        Api admin = staffWith(Role.ADMIN);
        String live = token(admin, serviceAccount(admin, List.of("PERFORMANCE"), List.of()), TestDates.today()).path("token").asString();
        String prober = "192.0.2.61";
        String unknown = "oasc_" + "B".repeat(43);
        // The allowance per address (openasc.security.sign-in.failures-per-address) is 50 refusals; the 50th sets the wait.
        for (int i = 1; i <= 50; i++) {
            assertThat(sendFrom(prober, unknown).statusCode()).as("refusal %d", i).isEqualTo(401);
        }
        java.net.http.HttpResponse<Void> heldBack = sendFrom(prober, unknown);
        assertThat(heldBack.statusCode()).isEqualTo(429);
        assertThat(heldBack.headers().firstValue("Retry-After")).hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 5L));
        assertThat(sendFrom(prober, live).statusCode()).as("a live token is not held back").isEqualTo(200);
        assertThat(sendFrom("198.51.100.7", unknown).statusCode()).as("another address is not held back").isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from platform.audit_event where subject_type = 'api-token' and detail like :held")
                .param("held", "Held back for % s after refused API tokens, from " + prober).query(Long.class).single()).isEqualTo(1);
    }

    private java.net.http.HttpResponse<Void> sendFrom(String address, String token) {
        return send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/code-lists/gender"))
                .header("Authorization", "Bearer " + token).header("X-Forwarded-For", address).build());
    }

    @Test
    void badServiceAccountsAndTokensAreRefusedFieldByField() {
        Api admin = staffWith(Role.ADMIN);
        Api.Response nameless = admin.post("/api/v1/service-accounts", Map.of("roles", List.of("PRACTITIONER")));
        assertThat(nameless.status()).isEqualTo(400);
        assertThat(nameless.contentType()).startsWith("application/problem+json");
        assertThat(nameless.errorFor("name")).isNotBlank();

        Api.Response unknownRole = admin.post("/api/v1/service-accounts", Map.of("name", uniqueName("Portal "), "roles", List.of("WIZARD")));
        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(unknownRole.errorFor("roles")).contains("WIZARD").contains("PRACTITIONER");
        Api.Response administrator = admin.post("/api/v1/service-accounts", Map.of("name", uniqueName("Portal "), "roles", List.of("ADMIN")));
        assertThat(administrator.errorFor("roles")).contains("cannot be administrator");
        Api.Response noTeam = admin.post("/api/v1/service-accounts", Map.of("name", uniqueName("Portal "), "roles", List.of("PRACTITIONER"),
                "teamIds", List.of(-1)));
        assertThat(noTeam.errorFor("teamIds")).isNotBlank();
        String name = uniqueName("Portal ");
        assertThat(admin.post("/api/v1/service-accounts", Map.of("name", name, "roles", List.of("PRACTITIONER"))).status()).isEqualTo(201);
        assertThat(admin.post("/api/v1/service-accounts", Map.of("name", name.toUpperCase(), "roles", List.of("PRACTITIONER"))).errorFor("name"))
                .as("the same account name twice").contains("taken");

        String tokens = "/api/v1/service-accounts/" + serviceAccount(admin, List.of("PERFORMANCE"), List.of()).path("id").asLong() + "/tokens";
        assertThat(admin.post(tokens, Map.of("expiresOn", TestDates.today().minusDays(1).toString())).errorFor("expiresOn")).contains("today or later");
        assertThat(admin.post(tokens, Map.of()).errorFor("expiresOn")).isNotBlank();
        assertThat(admin.post(tokens, Map.of("expiresOn", TestDates.today().plusMonths(14).toString())).errorFor("expiresOn")).contains("13 months");
        assertThat(admin.post(tokens, Map.of("expiresOn", "next year")).errorFor("expiresOn")).isNotBlank();
        assertThat(admin.post("/api/v1/service-accounts/999999999/tokens", Map.of("expiresOn", TestDates.today().toString())).status()).isEqualTo(404);
    }

    @Test
    void onlyAdministratorsManageServiceAccountsAndTokens() {
        Api admin = staffWith(Role.ADMIN);
        JsonNode account = serviceAccount(admin, List.of("PERFORMANCE"), List.of());
        long tokenId = token(admin, account, TestDates.today()).path("id").asLong();
        for (Role role : List.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.PERFORMANCE, Role.COUNCILLOR)) {
            Api refused = staffWith(role);
            assertThat(refused.get("/api/v1/service-accounts").status()).isEqualTo(403);
            assertThat(refused.post("/api/v1/service-accounts", Map.of("name", uniqueName("Portal "), "roles", List.of("PRACTITIONER"))).status())
                    .isEqualTo(403);
            assertThat(refused.post("/api/v1/service-accounts/" + account.path("id").asLong() + "/tokens",
                    Map.of("expiresOn", TestDates.today().toString())).status()).isEqualTo(403);
            assertThat(refused.raw("DELETE", "/api/v1/tokens/" + tokenId, "application/json", "").status()).isEqualTo(403);
        }
        assertThat(admin.get("/api/v1/tokens/" + tokenId).json().path("status").asString()).isEqualTo("ACTIVE");
    }

    private JsonNode serviceAccount(Api admin, List<String> roles, List<Long> teams) {
        Api.Response created = admin.post("/api/v1/service-accounts", Map.of("name", uniqueName("Provider portal "), "roles", roles, "teamIds", teams));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    private static JsonNode token(Api admin, JsonNode account, java.time.LocalDate expiresOn) {
        Api.Response issued = admin.post("/api/v1/service-accounts/" + account.path("id").asLong() + "/tokens", Map.of("expiresOn", expiresOn.toString()));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        return issued.json();
    }

    private static String allocatedRequest(Api frontDoor, Api manager, String person, long team) {
        Api.Response created = frontDoor.post("/api/v1/requests", Map.of("personId", person, "clientType", "Service user",
                "routeOfAccess", "Community/Other route", "receivedOn", TestDates.today().minusDays(5).toString(), "summary", "Struggling at home"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().path("id").asString();
        Api.Response allocated = manager.post("/api/v1/requests/" + id + "/allocation", Map.of("teamId", team, "version", created.json().path("version").asInt()));
        assertThat(allocated.status()).as(allocated.toString()).isEqualTo(200);
        return id;
    }

    private static java.net.http.HttpResponse<Void> send(java.net.http.HttpRequest request) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.discarding());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
