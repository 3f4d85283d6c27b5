package org.openasc.finance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.TestDates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A finance officer's work list: the next budget monitoring period to close, due at its month end. The next period
 * follows the latest closed one of any year, which the whole database shares: this test closes periods 1 and 2 of
 * 2022-23, and no other test closes a period of a year after 2019-20, so the next to close is period 3 of 2022-23
 * (June 2022), due 30 June 2022, whatever ran before.
 */
class FinanceWorkTest extends IntegrationTest {

    @Test
    void theFinanceOfficerIsToldTheNextPeriodToCloseAndItsClock() {
        Api finance = staffWith(Role.FINANCE);
        assertThat(finance.post("/api/v1/finance/periods/2022/1/close", Map.of()).status()).isEqualTo(200);
        assertThat(finance.post("/api/v1/finance/periods/2022/2/close", Map.of()).status()).isEqualTo(200);

        JsonNode list = list(finance, "finance.period-to-close");
        assertThat(list.path("heading").asString()).isEqualTo("Budget monitoring period to close");
        assertThat(list.path("count").asLong()).isEqualTo(1);
        assertThat(list.path("href").asString()).isEqualTo("/finance?financialYear=2022");
        assertThat(list.path("items")).hasSize(1);
        JsonNode item = list.path("items").get(0);
        long overdue = ChronoUnit.DAYS.between(LocalDate.of(2022, 6, 30), TestDates.today());
        assertThat(item.path("title").asString()).isEqualTo("Period 3 of 2022-23 (June 2022)");
        assertThat(item.path("href").asString()).isEqualTo("/finance?financialYear=2022");
        assertThat(item.path("dueOn").asString()).isEqualTo("2022-06-30");
        assertThat(item.path("clock").asString()).isEqualTo("Close " + overdue + " days overdue");
        assertThat(item.path("overdue").asBoolean()).isTrue();
    }

    @Test
    void onlyFinanceOfficersHaveTheList() {
        for (Role role : List.of(Role.COUNCILLOR, Role.TEAM_MANAGER, Role.PRACTITIONER)) {
            assertThat(keys(staffWith(role))).as(role.name()).noneMatch(k -> k.startsWith("finance."));
        }
    }

    static JsonNode list(Api who, String key) {
        Api.Response work = who.get("/api/v1/my-work");
        assertThat(work.status()).as(work.toString()).isEqualTo(200);
        return work.json().path("items").valueStream().filter(l -> l.path("key").asString().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("No list " + key + " in " + work));
    }

    static List<String> keys(Api who) {
        Api.Response work = who.get("/api/v1/my-work");
        assertThat(work.status()).as(work.toString()).isEqualTo(200);
        return work.json().path("items").valueStream().map(l -> l.path("key").asString()).toList();
    }
}
