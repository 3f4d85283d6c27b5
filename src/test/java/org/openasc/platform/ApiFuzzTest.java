package org.openasc.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.IntegrationTest;

/**
 * Sends every operation in the OpenAPI document bad ids, bad parameters, bad bodies and wrong content types, as
 * several roles, and fails on any server error: whatever a caller sends, the answer is theirs to act on (4xx), never
 * ours (5xx). Ids are ones no record has, and bodies are ones no operation can accept, so nothing is created.
 */
class ApiFuzzTest extends IntegrationTest {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final List<String> BAD_IDS = List.of("0", "-1", "not-a-number", "99999999999999999999", "2147483648", "1.5", "%27%20or%201%3D1");
    private static final List<String> BAD_VALUES = List.of("not-a-date", "-1", "99999999999999999999", "2026-02-30", "x".repeat(600), "%00");
    private static final List<String[]> BAD_BODIES = List.of(
            new String[] {"application/json", "{"},
            new String[] {"application/json", "[]"},
            new String[] {"application/json", "null"},
            new String[] {"application/json", "42"},
            new String[] {"application/json", "{\"noSuchField\": {\"deeper\": [1, 2]}}"},
            new String[] {"application/json", "{\"version\": \"seven\", \"id\": [], \"personId\": {}}"},
            new String[] {"text/plain", "hello"},
            new String[] {"application/xml", "<a/>"},
            new String[] {"multipart/form-data; boundary=fuzz", "this is not multipart"},
            new String[] {"text/csv", "\"unterminated,quote\n1,2"});
    private static final String[] NO_BODY = {"application/json", ""};

    @Test
    void noOperationAnswersAServerErrorWhateverItIsSent() throws Exception {
        JsonNode paths = staffWith(Role.ADMIN).get("/api/docs").json().path("paths");
        List<Api> callers = List.of(staffWith(Role.PRACTITIONER, Role.TEAM_MANAGER), staffWith(Role.COUNCILLOR), staffWith(Role.ADMIN, Role.PERFORMANCE));
        List<Callable<String>> requests = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String method = operation.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                operations++;
                boolean write = !method.equals("GET") && !method.equals("DELETE");
                String base = PATH_PARAMETER.matcher(path.getKey()).replaceAll("999999999");
                for (Api caller : callers) {
                    for (String target : badIdsAndParameters(path.getKey(), operation.getValue())) {
                        requests.add(() -> serverError(caller, method, target, write ? BAD_BODIES.get(0) : NO_BODY));
                    }
                    // Every bad body and content type against a record nobody has, by the roles that may write.
                    if (write && caller != callers.get(1)) {
                        for (String[] body : BAD_BODIES) {
                            requests.add(() -> serverError(caller, method, base, body));
                        }
                    }
                }
            }
        }
        // Four at a time: the requests are independent, and the server is what is being tried, not the order.
        ExecutorService senders = Executors.newFixedThreadPool(4);
        List<String> serverErrors = new ArrayList<>();
        try {
            for (Future<String> answer : senders.invokeAll(requests)) {
                if (answer.get() != null) {
                    serverErrors.add(answer.get());
                }
            }
        } finally {
            senders.shutdown();
        }
        assertThat(operations).as("operations in the OpenAPI document").isGreaterThan(100);
        assertThat(serverErrors).as("server errors among %d fuzzed requests to %d operations", requests.size(), operations).isEmpty();
    }

    /** What went wrong if the answer was a server error, else null. */
    private static String serverError(Api caller, String method, String target, String[] body) {
        Api.Response answer = caller.raw(method, target, body[0], body[1]);
        if (answer.status() < 500) {
            return null;
        }
        return method + " " + target + " as " + caller.username() + " with " + body[0] + " \"" + abbreviate(body[1]) + "\" -> "
                + answer.status() + " " + abbreviate(answer.body());
    }

    /** The operation's path with each path parameter replaced by bad ids, and with each query parameter given bad values. */
    private static List<String> badIdsAndParameters(String template, JsonNode operation) {
        List<String> targets = new ArrayList<>();
        Matcher parameters = PATH_PARAMETER.matcher(template);
        if (parameters.find()) {
            for (String id : BAD_IDS) {
                targets.add(PATH_PARAMETER.matcher(template).replaceAll(Matcher.quoteReplacement(id)));
            }
        } else {
            targets.add(template);
        }
        String base = PATH_PARAMETER.matcher(template).replaceAll("999999999");
        for (JsonNode parameter : operation.path("parameters")) {
            if ("query".equals(parameter.path("in").asString())) {
                for (String value : BAD_VALUES) {
                    String encoded = value.equals("%00") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8);
                    targets.add(base + "?" + parameter.path("name").asString() + "=" + encoded);
                }
            }
        }
        return targets;
    }

    private static String abbreviate(String text) {
        String oneLine = text == null ? "" : text.replaceAll("\\s+", " ");
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "..." : oneLine;
    }
}
