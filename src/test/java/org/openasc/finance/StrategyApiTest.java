package org.openasc.finance;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Leicestershire's 2021 strategy (Appendices B and C, £000) gives the summary table in its paragraph 10. */
class StrategyApiTest extends IntegrationTest {

    @Test
    void leicestershiresSummaryTableComesFromItsGrowthAndSavings() {
        Api finance = staffWith(Role.FINANCE);
        assertThat(finance.put("/api/v1/finance/mtfs", Map.of("fromYear", 2021, "originalPriorYearBudget", "143083000",
                "transfersAndAdjustments", List.of("8274000", "0", "0", "0"))).status()).isEqualTo(200);
        growth(finance, "G7", "Older people - new entrants", "AMENDED", 2070, 3810, 5770, 8010);
        growth(finance, "G8", "Learning Disabilities - new entrants", "AMENDED", 500, 1075, 1585, 2250);
        growth(finance, "G9", "Mental Health - new entrants", "AMENDED", 350, 720, 1110, 1505);
        growth(finance, "G10", "Physical Disabilities - new entrants", "AMENDED", 280, 510, 630, 810);
        growth(finance, "G11", "Market Premia", "NEW", 270, 270, 270, 270);
        saving(finance, "AC1", "INCOME", -100, -200, -300, -400);
        saving(finance, "AC2", "EFFICIENCY", -25, -25, -25, -275);
        saving(finance, "AC3", "INCOME", -500, -500, -500, -500);
        saving(finance, "AC4", "EFFICIENCY", -2000, -2500, -3000, -3000);
        saving(finance, "AC5", "EFFICIENCY", 250, 750, 1100, 2000);
        saving(finance, "AC6", "EFFICIENCY", -50, -150, -300, -300);
        saving(finance, "AC7", "EFFICIENCY", -400, -600, -600, -600);
        saving(finance, "AC8", "EFFICIENCY", 0, -100, -100, -100);
        saving(finance, "AC9", "EFFICIENCY", 0, -500, -500, -500);
        saving(finance, "AC10", "EFFICIENCY", 0, -120, -180, -240);
        saving(finance, "AC11", "SERVICE_REDUCTION", -70, -140, -140, -140);

        JsonNode summary = staffWith(Role.COUNCILLOR).get("/api/v1/finance/mtfs?fromYear=2021").json();
        year(summary.path("years").get(0), 143083, 8274, 3470, -3395, 151432);
        year(summary.path("years").get(1), 151432, 0, 2915, -2190, 152157);
        year(summary.path("years").get(2), 152157, 0, 2980, -1160, 153977);
        year(summary.path("years").get(3), 153977, 0, 3480, -1310, 156147);
        assertThat(summary.path("totalGrowth").get(3).decimalValue()).isEqualByComparingTo("12845000");
        assertThat(summary.path("totalSavings").get(1).decimalValue()).as("AC5 typed as positive is still a saving").isEqualByComparingTo("-5585000");

        Api.Response again = finance.post("/api/v1/finance/mtfs/items", item("G7", "GROWTH", null, 1, 2, 3, 4));
        assertThat(again.errorFor("reference")).contains("already in the 2021-22 strategy");
        Api.Response bad = finance.post("/api/v1/finance/mtfs/items", Map.of("fromYear", 2021, "kind", "SAVING", "reference", "AC99", "description", "x",
                "status", "NEW", "amounts", List.of(1, 2)));
        assertThat(bad.errorFor("savingType")).contains("efficiency");
        assertThat(bad.errorFor("amounts[2]")).contains("year 3");
        assertThat(finance.get("/api/v1/finance/mtfs?fromYear=2040").errorFor("fromYear")).contains("no medium-term financial strategy");
        assertThat(staffWith(Role.COUNCILLOR).post("/api/v1/finance/mtfs/items", item("G99", "GROWTH", null, 1, 2, 3, 4)).status()).isEqualTo(403);
    }

    private static void growth(Api finance, String ref, String description, String status, int... thousands) {
        Map<String, Object> body = item(ref, "GROWTH", null, thousands);
        body.put("description", description);
        body.put("status", status);
        assertThat(finance.post("/api/v1/finance/mtfs/items", body).status()).isEqualTo(201);
    }

    private static void saving(Api finance, String ref, String type, int... thousands) {
        Api.Response saved = finance.post("/api/v1/finance/mtfs/items", item(ref, "SAVING", type, thousands));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
    }

    private static Map<String, Object> item(String ref, String kind, String type, int... thousands) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("fromYear", 2021, "kind", kind, "reference", ref, "description", ref + " item",
                "status", "AMENDED", "amounts", java.util.Arrays.stream(thousands).mapToObj(t -> t * 1000L).toList()));
        if (type != null) {
            body.put("savingType", type);
        }
        return body;
    }

    private static void year(JsonNode y, int prior, int transfers, int growth, int savings, int proposed) {
        assertThat(y.path("originalPriorYearBudget").decimalValue()).isEqualByComparingTo(String.valueOf(prior * 1000L));
        assertThat(y.path("transfersAndAdjustments").decimalValue()).isEqualByComparingTo(String.valueOf(transfers * 1000L));
        assertThat(y.path("growth").decimalValue()).isEqualByComparingTo(String.valueOf(growth * 1000L));
        assertThat(y.path("savings").decimalValue()).isEqualByComparingTo(String.valueOf(savings * 1000L));
        assertThat(y.path("proposedNetBudget").decimalValue()).isEqualByComparingTo(String.valueOf(proposed * 1000L));
    }
}
