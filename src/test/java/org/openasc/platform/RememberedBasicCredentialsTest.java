package org.openasc.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.ApiFactory;
import org.openasc.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP Basic remembers a checked password for a few minutes instead of hashing it on every request, but forgets it
 * the moment the password is reset, the account disabled or its roles changed; wrong passwords are still slowed.
 */
class RememberedBasicCredentialsTest extends IntegrationTest {

    private static final String GENDERS = "/api/v1/code-lists/gender";

    @Test
    void anOldPasswordIsRefusedAsSoonAsAnAdministratorResetsIt() {
        Api admin = staffWith(Role.ADMIN);
        Api worker = staffWith(Role.PRACTITIONER);
        assertThat(worker.get(GENDERS).status()).isEqualTo(200);
        assertThat(worker.get(GENDERS).status()).as("remembered").isEqualTo(200);

        change(admin, worker, Map.of("password", "a brand new passphrase for work"));
        assertThat(worker.get(GENDERS).status()).isEqualTo(401);
        assertThat(new ApiFactory(port).as(worker.username(), "a brand new passphrase for work").get(GENDERS).status()).isEqualTo(200);
    }

    @Test
    void aDisabledAccountIsRefusedAtOnce() {
        Api admin = staffWith(Role.ADMIN);
        Api worker = staffWith(Role.PRACTITIONER);
        assertThat(worker.get(GENDERS).status()).isEqualTo(200);
        assertThat(worker.get(GENDERS).status()).isEqualTo(200);

        change(admin, worker, Map.of("enabled", false));
        assertThat(worker.get(GENDERS).status()).isEqualTo(401);
    }

    @Test
    void aRoleTakenAwayIsGoneFromTheNextRequest() {
        Api admin = staffWith(Role.ADMIN);
        Api worker = staffWith(Role.PRACTITIONER);
        assertThat(worker.get("/api/v1/people?q=Nobody").status()).isEqualTo(200);

        change(admin, worker, Map.of("roles", List.of("DEMOCRATIC_SERVICES")));
        assertThat(worker.get("/api/v1/people?q=Nobody").status()).isEqualTo(403);
    }

    @Test
    void wrongPasswordsAreStillCheckedAndSlowedWhileTheRightOneIsRemembered() {
        Api worker = staffWith(Role.PRACTITIONER);
        String guesser = "198.51.100." + (int) (Math.random() * 200 + 1);
        assertThat(worker.get(GENDERS).status()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(basic(worker.username(), "not the password at all", guesser)).isEqualTo(401);
        }
        assertThat(basic(worker.username(), "not the password at all either", guesser)).isEqualTo(429);
        assertThat(basic(worker.username(), worker.password(), guesser)).as("only guesses wait: the remembered password is no guess")
                .isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from platform.audit_event where actor = :u and action = 'SIGN_IN_FAILED'")
                .param("u", worker.username()).query(Integer.class).single()).isEqualTo(6);
    }

    /** Saves the account as it is, with the given fields changed. */
    private void change(Api admin, Api account, Map<String, Object> changes) {
        JsonNode user = admin.get("/api/v1/users").json().path("items").valueStream()
                .filter(u -> u.path("username").asString().equals(account.username())).findFirst().orElseThrow();
        Map<String, Object> saved = new java.util.HashMap<>(Map.of("displayName", user.path("displayName").asString(),
                "roles", user.path("roles").valueStream().map(JsonNode::asString).toList(), "enabled", true, "version", user.path("version").asInt()));
        saved.putAll(changes);
        Api.Response changed = admin.put("/api/v1/users/" + user.path("id").asLong(), saved);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    }

    private int basic(String username, String password, String fromAddress) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + GENDERS))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)))
                    .header("X-Forwarded-For", fromAddress).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
