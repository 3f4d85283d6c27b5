package org.openasc.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.openasc.testing.IntegrationTest;

/** Every answer names its request id: the load balancer's when well formed, a fresh one otherwise. */
class RequestIdsTest extends IntegrationTest {

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void aWellFormedIdFromTheLoadBalancerIsKeptAndAnythingElseReplaced() throws Exception {
        assertThat(idAnswered("lb-7f3a9c21-0001")).isEqualTo("lb-7f3a9c21-0001");

        String fresh = idAnswered(null);
        assertThat(fresh).matches("[0-9a-f-]{36}");
        assertThat(idAnswered(null)).isNotEqualTo(fresh);

        // Not echoed into logs: markup, a name with spaces, something too long or too short to be an id.
        for (String bad : new String[] {"<script>alert(1)</script>", "Jane Smith 1961", "x".repeat(65), "short"}) {
            assertThat(idAnswered(bad)).as(bad).matches("[0-9a-f-]{36}");
        }
    }

    private String idAnswered(String given) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/people?q=x"));
        if (given != null) {
            request.header("X-Request-Id", given);
        }
        HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).as("unauthenticated, but still answered with an id").isEqualTo(401);
        return response.headers().firstValue("X-Request-Id").orElseThrow();
    }
}
