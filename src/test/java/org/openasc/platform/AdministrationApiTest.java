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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.ApiFactory;
import org.openasc.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdministrationApiTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void administratorCreatesATeamAndAUserWhoCanThenSignIn() {
        Api admin = staffWith(Role.ADMIN);
        String teamName = uniqueName("Locality ");
        Api.Response team = admin.post("/api/v1/teams", Map.of("name", teamName, "description", "East"));
        assertThat(team.status()).as(team.toString()).isEqualTo(201);
        long teamId = team.json().path("id").asLong();

        String username = uniqueName("new.worker").toLowerCase();
        Api.Response user = admin.post("/api/v1/users", Map.of("username", username, "displayName", "New Worker",
                "password", "a long enough password", "roles", List.of("PRACTITIONER"), "teamIds", List.of(teamId)));
        assertThat(user.status()).as(user.toString()).isEqualTo(201);
        assertThat(user.location()).isEqualTo("/api/v1/users/" + user.json().path("id").asLong());
        assertThat(user.json().path("teams").get(0).path("name").asString()).isEqualTo(teamName);
        assertThat(user.json().has("password")).isFalse();

        assertThat(new ApiFactory(port).as(username, "a long enough password").get("/api/v1/code-lists/gender").status()).isEqualTo(200);
        JsonNode users = admin.get("/api/v1/users").json();
        assertThat(users.path("items")).anyMatch(u -> u.path("username").asString().equals(username));
    }

    @Test
    void badUserDetailsAreRefusedFieldByField() {
        Api admin = staffWith(Role.ADMIN);
        Api.Response refused = admin.post("/api/v1/users", Map.of("username", "Bad Name!", "displayName", "",
                "password", "short", "roles", List.of()));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFor("username")).isNotBlank();
        assertThat(refused.errorFor("displayName")).isNotBlank();
        assertThat(refused.errorFor("password")).contains("12 characters");
        assertThat(refused.errorFor("roles")).isNotBlank();
        // Long enough, but the first thing an attacker tries (NCSC: a deny list, not complexity rules).
        Api.Response common = admin.post("/api/v1/users", Map.of("username", uniqueName("weak").toLowerCase(), "displayName", "Weak",
                "password", "aaaaaaaaaaaa", "roles", List.of("PRACTITIONER")));
        assertThat(common.status()).isEqualTo(400);
        assertThat(common.errorFor("password")).contains("attackers try first");

        Api.Response unknownRole = admin.raw("POST", "/api/v1/users", "application/json",
                "{\"username\":\"ok.name\",\"displayName\":\"Ok\",\"password\":\"long enough password\",\"roles\":[\"WIZARD\"]}");
        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(unknownRole.errorFor("roles[0]")).isNotBlank();
    }

    @Test
    void theNamesTheSystemWritesForItsOwnWorkAreRefusedAsUsernames() {
        Api admin = staffWith(Role.ADMIN);
        for (String reserved : List.of("system", "SYSTEM ", "demo", "anonymousUser")) {
            Api.Response refused = admin.post("/api/v1/users", Map.of("username", reserved, "displayName", "Sid Stem",
                    "password", "a long enough password", "roles", List.of("PRACTITIONER")));
            assertThat(refused.status()).as(reserved + ": " + refused).isEqualTo(400);
            assertThat(refused.errorFor("username")).as(reserved).contains("kept for work the system does by itself");
        }
        assertThat(jdbc.sql("select count(*) from platform.staff_user where username in ('system', 'demo', 'anonymoususer')")
                .query(Long.class).single()).isZero();
    }

    @Test
    void onlyAdministratorsManageStaffAndSearchTheAuditTrail() {
        for (Role role : List.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.COUNCILLOR)) {
            Api refused = staffWith(role);
            assertThat(refused.get("/api/v1/users").status()).isEqualTo(403);
            assertThat(refused.post("/api/v1/teams", Map.of("name", "Nope")).status()).isEqualTo(403);
            assertThat(refused.get("/api/v1/audit").status()).isEqualTo(403);
        }
    }

    @Test
    void theAuditTrailCanBeSearchedByStaffMemberAndAction() {
        Api admin = staffWith(Role.ADMIN);
        Api practitioner = staffWith(Role.PRACTITIONER);
        practitioner.get("/api/v1/people?q=" + uniqueName("Nobody"));

        JsonNode found = admin.get("/api/v1/audit?actor=" + practitioner.username() + "&action=SEARCHED").json();
        assertThat(found.path("total").asInt()).isEqualTo(1);
        assertThat(found.path("items").get(0).path("detail").asString()).contains("0 found");
        assertThat(admin.get("/api/v1/audit?action=DANCED").errorFor("action")).contains("VIEWED");
    }

    @Test
    void theAuditTrailCannotBeChangedOrDeleted() {
        assertThatThrownBy(() -> jdbc.sql("update platform.audit_event set actor = 'someone-else'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from platform.audit_event").update()).hasMessageContaining("append-only");
    }

    @Test
    void failedSignInsSlowThatUsernameFromThatAddressWithoutLockingTheWorkerOutElsewhere() {
        Api admin = staffWith(Role.ADMIN);
        Api worker = staffWith(Role.PRACTITIONER);
        String stranger = "198.51.100." + (int) (Math.random() * 200 + 1);
        for (int i = 0; i < 5; i++) {
            assertThat(basic(worker.username(), "not the password at all", stranger).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> heldBack = basic(worker.username(), worker.password(), stranger);
        assertThat(heldBack.statusCode()).as("the right password from the guessing address waits").isEqualTo(429);
        assertThat(Integer.parseInt(heldBack.headers().firstValue("Retry-After").orElseThrow())).isBetween(1, 5);
        assertThat(basic(worker.username(), worker.password(), "203.0.113.7").statusCode())
                .as("the worker at their own desk is not locked out").isEqualTo(200);
        assertThat(basic("nobody.at.all", "a wrong password", stranger).statusCode())
                .as("an unknown username is refused the same way as a wrong password").isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from platform.audit_event where actor = :u and action = 'SIGN_IN_FAILED' and detail like '%' || :from")
                .param("u", worker.username()).param("from", stranger).query(Integer.class).single()).isEqualTo(6);

        JsonNode account = admin.get("/api/v1/users").json().path("items").valueStream()
                .filter(u -> u.path("username").asString().equals(worker.username())).findFirst().orElseThrow();
        assertThat(account.path("locked").asBoolean()).as("the administrator sees the sign-ins are slowed").isTrue();
        Api.Response released = admin.put("/api/v1/users/" + account.path("id").asLong(), Map.of("displayName", "Released",
                "roles", List.of("PRACTITIONER"), "enabled", true, "version", account.path("version").asInt()));
        assertThat(released.status()).as(released.toString()).isEqualTo(200);
        assertThat(released.json().path("locked").asBoolean()).isFalse();
        assertThat(basic(worker.username(), worker.password(), stranger).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> basic(String username, String password, String fromAddress) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/code-lists/gender"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)))
                    .header("X-Forwarded-For", fromAddress).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void codeListsAreServedReadOnlyWithExactNationalSpellings() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        JsonNode ethnicity = practitioner.get("/api/v1/code-lists/ethnicity").json();
        assertThat(ethnicity.path("values")).hasSize(21);
        assertThat(ethnicity.path("values").get(0).path("value").asString()).isEqualTo("White: English, Welsh, Scottish, Northern Irish or British");
        assertThat(practitioner.get("/api/v1/code-lists/accommodation-status").json().path("values")).hasSize(20);
        assertThat(practitioner.get("/api/v1/code-lists/employment-status").json().path("values")).hasSize(7);
        assertThat(practitioner.get("/api/v1/code-lists/no-such-list").status()).isEqualTo(404);
        assertThat(practitioner.post("/api/v1/code-lists/gender", Map.of("value", "x")).status()).isEqualTo(405);
    }
}
