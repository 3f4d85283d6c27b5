package org.openasc.risk;

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
 * Risk reviews due for those who review risks: overdue, due today or due within a fortnight, most overdue first.
 * Every register's risks are on it, so the count is exact as the count before plus this test's four risks that are
 * due (tests run one at a time); the first two items are exact because only this test records reviews due as long ago
 * as 2001.
 *
 * <pre>
 * R1  due 10 January 2001       overdue        first
 * R2  due 10 February 2001      overdue        second
 * R3  due today                 due            counted
 * R4  due in 14 days            due            counted
 * R5  due in 15 days            not yet        not counted
 * </pre>
 */
class RiskWorkTest extends IntegrationTest {

    @Test
    void reviewsOverdueOrDueWithinAFortnightAreListedMostOverdueFirst() {
        Api manager = staffWith(Role.TEAM_MANAGER);
        long before = list(manager).path("count").asLong();
        LocalDate today = TestDates.today();
        String r1 = risk(manager, LocalDate.of(2001, 1, 10));
        String r2 = risk(manager, LocalDate.of(2001, 2, 10));
        risk(manager, today);
        risk(manager, today.plusDays(14));
        risk(manager, today.plusDays(15));

        JsonNode list = list(manager);
        assertThat(list.path("heading").asString()).isEqualTo("Risk reviews due");
        assertThat(list.path("count").asLong()).as("R1 to R4").isEqualTo(before + 4);
        assertThat(list.path("href").asString()).isEqualTo("/risks");
        JsonNode items = list.path("items");
        assertThat(items.size()).isBetween(2, 5);
        item(items.get(0), r1, LocalDate.of(2001, 1, 10));
        item(items.get(1), r2, LocalDate.of(2001, 2, 10));
        assertThat(list(staffWith(Role.PERFORMANCE)).path("count").asLong()).as("the performance team reviews risks too").isEqualTo(before + 4);
    }

    @Test
    void onlyThoseWhoReviewRisksHaveTheList() {
        for (Role role : List.of(Role.COUNCILLOR, Role.FINANCE, Role.PRACTITIONER, Role.DEMOCRATIC_SERVICES)) {
            Api.Response work = staffWith(role).get("/api/v1/my-work");
            assertThat(work.status()).isEqualTo(200);
            assertThat(work.json().path("items").valueStream().map(l -> l.path("key").asString())).as(role.name()).noneMatch(k -> k.startsWith("risk."));
        }
    }

    private static void item(JsonNode item, String id, LocalDate dueOn) {
        long overdue = ChronoUnit.DAYS.between(dueOn, TestDates.today());
        assertThat(item.path("title").asString()).endsWith(": Not enough home care in rural areas");
        assertThat(item.path("href").asString()).isEqualTo("/risks/" + id);
        assertThat(item.path("dueOn").asString()).isEqualTo(dueOn.toString());
        assertThat(item.path("clock").asString()).isEqualTo("Review " + overdue + " days overdue");
        assertThat(item.path("overdue").asBoolean()).isTrue();
    }

    /** A risk whose review is due on a day; returns its id. */
    private String risk(Api manager, LocalDate reviewDueOn) {
        String reference = "K" + uniqueName("").substring(0, 6).toUpperCase();
        Map<String, Object> body = RiskApiTest.risk(reference, new int[] {4, 4}, new int[] {3, 3}, new int[] {2, 2});
        body.put("reviewDueOn", reviewDueOn.toString());
        Api.Response created = manager.post("/api/v1/risks", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    private static JsonNode list(Api who) {
        Api.Response work = who.get("/api/v1/my-work");
        assertThat(work.status()).as(work.toString()).isEqualTo(200);
        return work.json().path("items").valueStream().filter(l -> l.path("key").asString().equals("risk.reviews-due")).findFirst()
                .orElseThrow(() -> new AssertionError("No risk reviews in " + work));
    }
}
