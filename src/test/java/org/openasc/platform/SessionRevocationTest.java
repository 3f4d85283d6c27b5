package org.openasc.platform;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.bench.BenchSession;
import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A signed-in session ends when its account is disabled, loses a role or has its password reset, and not otherwise. */
class SessionRevocationTest extends IntegrationTest {

    @Test
    void disablingAnAccountEndsItsSignedInSessionAtTheNextRequest() throws Exception {
        Api admin = staffWith(Role.ADMIN);
        Api worker = staffWith(Role.PRACTITIONER);
        BenchSession session = BenchSession.signIn("http://localhost:" + port, worker.username(), worker.password());
        assertThat(status(session, "/api/v1/code-lists/gender")).isEqualTo(200);

        change(admin, worker, "Renamed Worker", List.of("PRACTITIONER"), true);
        assertThat(status(session, "/api/v1/code-lists/gender")).as("a new display name leaves the session alone").isEqualTo(200);

        change(admin, worker, "Renamed Worker", List.of("PRACTITIONER"), false);
        assertThat(status(session, "/api/v1/code-lists/gender")).isEqualTo(401);
        assertThat(pageStatus(session, "/")).as("the pages send the old session to sign in").isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from platform.audit_event where actor = :u and action = 'SIGNED_OUT'")
                .param("u", worker.username()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void removingARoleEndsTheSessionThatHeldIt() throws Exception {
        Api admin = staffWith(Role.ADMIN);
        Api manager = staffWith(Role.TEAM_MANAGER, Role.PRACTITIONER);
        BenchSession session = BenchSession.signIn("http://localhost:" + port, manager.username(), manager.password());
        assertThat(status(session, "/api/v1/code-lists/gender")).isEqualTo(200);

        change(admin, manager, "Manager", List.of("PRACTITIONER"), true);
        assertThat(status(session, "/api/v1/code-lists/gender")).isEqualTo(401);
        assertThat(manager.get("/api/v1/code-lists/gender").status()).as("a fresh sign-in carries the roles now held").isEqualTo(200);
    }

    @Test
    void aSessionRequestNeedsItsCsrfTokenWhateverAuthorizationHeaderItCarries() throws Exception {
        Api worker = staffWith(Role.PRACTITIONER);
        BenchSession session = BenchSession.signIn("http://localhost:" + port, worker.username(), worker.password());
        HttpResponse<String> forged = session.client().send(HttpRequest.newBuilder(URI.create(session.base() + "/api/v1/people"))
                .header("Content-Type", "application/json").header("Authorization", "Digest username=\"someone\"")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        HttpResponse<String> unknownToken = session.client().send(HttpRequest.newBuilder(URI.create(session.base() + "/api/v1/people"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer not-a-token-we-know")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unknownToken.statusCode()).as("a bearer token the server does not accept is refused outright").isEqualTo(401);
    }

    private void change(Api admin, Api account, String displayName, List<String> roles, boolean enabled) {
        JsonNode user = admin.get("/api/v1/users").json().path("items").valueStream()
                .filter(u -> u.path("username").asString().equals(account.username())).findFirst().orElseThrow();
        Api.Response changed = admin.put("/api/v1/users/" + user.path("id").asLong(), Map.of("displayName", displayName,
                "roles", roles, "enabled", enabled, "version", user.path("version").asInt()));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    }

    private static int status(BenchSession session, String path) throws Exception {
        return session.client().send(HttpRequest.newBuilder(URI.create(session.base() + path)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int pageStatus(BenchSession session, String path) throws Exception {
        return session.client().send(HttpRequest.newBuilder(URI.create(session.base() + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
