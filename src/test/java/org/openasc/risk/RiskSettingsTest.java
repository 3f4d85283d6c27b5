package org.openasc.risk;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The rating bands and registers are the council's to set; ratings follow the bands at once. */
class RiskSettingsTest extends IntegrationTest {

    static final List<Map<String, Object>> DEFAULTS = List.of(band("LOW", 1, 3), band("MEDIUM", 4, 6), band("HIGH", 8, 12), band("VERY_HIGH", 15, 25));

    static Map<String, Object> band(String rating, int min, int max) {
        return Map.of("rating", rating, "minScore", min, "maxScore", max);
    }

    @Test
    void bandsAreCheckedAndRatingsFollowThem() {
        Api performance = staffWith(Role.PERFORMANCE);
        assertThat(performance.get("/api/v1/risks/bands").body()).contains("\"rating\":\"VERY_HIGH\",\"minScore\":15,\"maxScore\":25");
        String ref = "B" + uniqueName("").substring(0, 6).toUpperCase();
        String id = performance.post("/api/v1/risks", RiskApiTest.risk(ref, new int[] {5, 5}, new int[] {4, 3}, new int[] {2, 2})).json().path("id").asString();
        assertThat(performance.get("/api/v1/risks/" + id).json().path("rating").asString()).isEqualTo("HIGH");
        try {
            Api.Response gap = performance.put("/api/v1/risks/bands", List.of(band("LOW", 1, 3), band("MEDIUM", 4, 6), band("HIGH", 9, 12),
                    band("VERY_HIGH", 15, 25)));
            assertThat(gap.errorFor("bands")).isEqualTo("A score of 8 (2 x 4) falls in no band");
            Api.Response overlap = performance.put("/api/v1/risks/bands", List.of(band("LOW", 1, 4), band("MEDIUM", 4, 6), band("HIGH", 8, 12),
                    band("VERY_HIGH", 15, 25)));
            assertThat(overlap.errorFor("MEDIUM")).contains("start above the one below");
            assertThat(performance.put("/api/v1/risks/bands", List.of(band("LOW", 1, 3))).errorFor("bands")).contains("each rating once");
            assertThat(staffWith(Role.COUNCILLOR).put("/api/v1/risks/bands", DEFAULTS).status()).isEqualTo(403);
            assertThat(staffWith(Role.TEAM_MANAGER).put("/api/v1/risks/bands", DEFAULTS).status()).isEqualTo(403);

            assertThat(performance.put("/api/v1/risks/bands", List.of(band("LOW", 1, 3), band("MEDIUM", 4, 6), band("HIGH", 8, 10),
                    band("VERY_HIGH", 12, 25))).status()).isEqualTo(200);
            assertThat(performance.get("/api/v1/risks/" + id).json().path("rating").asString()).as("12 is now very high").isEqualTo("VERY_HIGH");
        } finally {
            assertThat(performance.put("/api/v1/risks/bands", DEFAULTS).status()).isEqualTo(200);
        }
    }

    @Test
    void aCouncilAddsItsOwnRegisters() {
        Api performance = staffWith(Role.PERFORMANCE);
        String name = "Programme " + uniqueName("");
        assertThat(performance.post("/api/v1/risks/registers", Map.of("name", name)).json().toString()).contains(name);
        assertThat(performance.post("/api/v1/risks/registers", Map.of("name", name)).errorFor("name")).contains("already");
        assertThat(performance.post("/api/v1/risks/registers", Map.of("name", " ")).errorFor("name")).contains("Enter the register's name");
        assertThat(staffWith(Role.TEAM_MANAGER).post("/api/v1/risks/registers", Map.of("name", name + "x")).status()).isEqualTo(403);
        Map<String, Object> risk = new java.util.HashMap<>(RiskApiTest.risk("P" + uniqueName("").substring(0, 6).toUpperCase(), new int[] {3, 3},
                new int[] {2, 2}, new int[] {1, 1}));
        risk.put("register", name);
        assertThat(performance.post("/api/v1/risks", risk).status()).isEqualTo(201);
        assertThat(performance.get("/api/v1/risks?register=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)).json().path("total").asLong())
                .isEqualTo(1);
    }
}
