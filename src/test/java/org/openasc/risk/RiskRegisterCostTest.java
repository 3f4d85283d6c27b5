package org.openasc.risk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.Session;
import org.openasc.testing.StatementCount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A risk register (API and page) asks the database the same number of times however many risks it holds: the risks, their
 * reviews, actions and links, and the rating bands each in one query ({@link StatementCount}), never once per risk.
 */
class RiskRegisterCostTest extends IntegrationTest {

    private static final int N = 3;

    @Test
    void aRegisterTakesNoMoreQueriesForThreeTimesTheRisks() {
        Api analyst = staffWith(Role.PERFORMANCE);
        String register = uniqueName("Register ");
        assertThat(analyst.post("/api/v1/risks/registers", Map.of("name", register)).status()).isIn(200, 201);
        Session pages = new Session(port, analyst);
        String encoded = java.net.URLEncoder.encode(register, java.nio.charset.StandardCharsets.UTF_8);
        List<String> ours = new ArrayList<>();

        add(analyst, register, N, ours);
        Map<String, Integer> few = statements(analyst, pages, encoded);
        add(analyst, register, 2 * N, ours);
        Map<String, Integer> many = statements(analyst, pages, encoded);

        assertThat(many).as("statements with 3 times the risks").isEqualTo(few);
        JsonNode listed = analyst.get("/api/v1/risks?register=" + encoded).json();
        assertThat(listed.path("total").asLong()).isEqualTo(3 * N);
        listed = listed.path("items");
        assertThat(listed).hasSize(3 * N);
        assertThat(listed).allSatisfy(r -> {
            assertThat(ours).contains(r.path("id").asString());
            assertThat(r.path("reviews")).as("each risk's own review").hasSize(1);
            assertThat(r.path("actions")).hasSize(1);
            assertThat(r.path("movement").asString()).isNotBlank();
        });
        long linked = 0;
        for (JsonNode r : listed) {
            linked += r.path("linkedReferences").size();
        }
        assertThat(linked).as("each risk but the first linked to the one before").isEqualTo(3 * N - 1);

        // Four a page: every risk once, all at net 9, so in reference order.
        List<String> references = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            JsonNode paged = analyst.get("/api/v1/risks?register=" + encoded + "&size=4&page=" + page).json();
            assertThat(paged.path("total").asLong()).isEqualTo(3 * N);
            assertThat(paged.path("page").asInt()).isEqualTo(page);
            assertThat(paged.path("items")).hasSize(page < 3 ? 4 : 3 * N - 8);
            paged.path("items").forEach(r -> references.add(r.path("reference").asString()));
        }
        assertThat(references).doesNotHaveDuplicates().hasSize(3 * N).isSorted();
    }

    /** {@code count} risks in the register, each reviewed once and linked to the one made before it. */
    private static void add(Api analyst, String register, int count, List<String> ours) {
        for (int i = 0; i < count; i++) {
            Map<String, Object> body = new HashMap<>(RiskApiTest.risk("C" + uniqueName("").substring(0, 7).toUpperCase(), new int[] {5, 4},
                    new int[] {4, 3}, new int[] {2, 2}));
            body.put("register", register);
            // Due far ahead: the suite shares one database, and a review or action due in the past would top every My work list of risks.
            body.put("reviewDueOn", "2090-06-01");
            body.put("actions", List.of(Map.of("action", "Recruit rural carers", "owner", "Head of Commissioning", "dueOn", "2090-05-01",
                    "status", "IN_PROGRESS")));
            if (!ours.isEmpty()) {
                body.put("linkedReferences", List.of(analyst.get("/api/v1/risks/" + ours.get(ours.size() - 1)).json().path("reference").asString()));
            }
            Api.Response created = analyst.post("/api/v1/risks", body);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            JsonNode risk = created.json();
            Api.Response reviewed = analyst.post("/api/v1/risks/" + risk.path("id").asString() + "/reviews",
                    RiskApiTest.review(risk.path("version").asInt(), "1967-03-01", new int[] {3, 3}, "2090-09-01"));
            assertThat(reviewed.status()).as(reviewed.toString()).isIn(200, 201);
            ours.add(risk.path("id").asString());
        }
    }

    private static Map<String, Integer> statements(Api analyst, Session pages, String register) {
        Map<String, Integer> counted = new LinkedHashMap<>();
        String api = "/api/v1/risks?register=" + register;
        String page = "/risks?register=" + register;
        assertThat(analyst.get(api).status()).isEqualTo(200);
        assertThat(pages.page(page).statusCode()).isEqualTo(200);
        counted.put("api", StatementCount.of(analyst.username(), () -> analyst.get(api).status()));
        counted.put("page", StatementCount.of(analyst.username(), () -> pages.page(page).statusCode()));
        return counted;
    }
}
