package org.openasc.platform;

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

        Api.Response unknownRole = admin.raw("POST", "/api/v1/users", "application/json",
                "{\"username\":\"ok.name\",\"displayName\":\"Ok\",\"password\":\"long enough password\",\"roles\":[\"WIZARD\"]}");
        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(unknownRole.errorFor("roles[0]")).isNotBlank();
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
    void anAccountIsLockedAfterRepeatedFailedSignInsAndUnlockedByAnAdministrator() {
        Api admin = staffWith(Role.ADMIN);
        Api worker = staffWith(Role.PRACTITIONER);
        Api wrong = new ApiFactory(port).as(worker.username(), "not the password at all");
        for (int i = 0; i < 5; i++) {
            assertThat(wrong.get("/api/v1/code-lists/gender").status()).isEqualTo(401);
        }
        assertThat(worker.get("/api/v1/code-lists/gender").status()).isEqualTo(401);

        JsonNode account = admin.get("/api/v1/users").json().path("items").valueStream()
                .filter(u -> u.path("username").asString().equals(worker.username())).findFirst().orElseThrow();
        assertThat(account.path("locked").asBoolean()).isTrue();
        Api.Response unlocked = admin.put("/api/v1/users/" + account.path("id").asLong(), Map.of("displayName", "Unlocked",
                "roles", List.of("PRACTITIONER"), "enabled", true, "version", account.path("version").asInt()));
        assertThat(unlocked.status()).as(unlocked.toString()).isEqualTo(200);
        assertThat(worker.get("/api/v1/code-lists/gender").status()).isEqualTo(200);
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
