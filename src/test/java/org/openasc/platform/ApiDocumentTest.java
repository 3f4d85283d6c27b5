package org.openasc.platform;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocumentTest extends IntegrationTest {

    @Test
    void signedInStaffReadTheOpenApiDocumentOfEveryCall() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        Api.Response response = practitioner.get("/api/docs");
        assertThat(response.status()).isEqualTo(200);
        JsonNode paths = response.json().path("paths");
        assertThat(paths.has("/api/v1/people")).isTrue();
        assertThat(paths.has("/api/v1/people/{id}")).isTrue();
        assertThat(paths.has("/api/v1/code-lists/{name}")).isTrue();
        assertThat(paths.has("/api/v1/users")).isTrue();
        assertThat(response.json().path("info").path("title").asString()).isEqualTo("OpenASC API");
    }

    @Test
    void theApiDocumentNeedsASignIn() {
        assertThat(anonymous().get("/api/docs").status()).isEqualTo(401);
    }
}
