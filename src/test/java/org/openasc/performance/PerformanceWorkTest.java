package org.openasc.performance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.TestDates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The performance team's measures to update: entered measures with no value for the last complete month, each due by
 * the end of the month after the first month it lacks. Entered measures are the whole council's, so the count is
 * exact as the count before this test's measures plus the three of them that lack a value (tests run one at a time);
 * the items are exact because only this test enters values as old as 2000, so its two measures left since then are
 * the most overdue of all.
 *
 * <pre>
 * A  value for Jan 2000 only        lacks Feb 2000, due 31 March 2000     on the list, first
 * B  value for Mar 2000 only        lacks Apr 2000, due 31 May 2000       on the list, second
 * C  value for last month           up to date                            not on the list
 * D  no value                       lacks last month, due at this month's end   on the list
 * </pre>
 */
class PerformanceWorkTest extends IntegrationTest {

    @Test
    void enteredMeasuresMissingLastMonthAreDueByTheEndOfTheMonthAfter() {
        Api team = staffWith(Role.PERFORMANCE);
        long before = list(team).path("count").asLong();
        YearMonth lastMonth = YearMonth.from(TestDates.today()).minusMonths(1);
        String a = measure(team, "A");
        enter(team, a, "2000-01");
        String b = measure(team, "B");
        enter(team, b, "2000-03");
        String c = measure(team, "C");
        enter(team, c, lastMonth.toString());
        String d = measure(team, "D");

        JsonNode list = list(team);
        assertThat(list.path("heading").asString()).isEqualTo("Entered measures to update");
        assertThat(list.path("count").asLong()).as("A, B and D").isEqualTo(before + 3);
        assertThat(list.path("href").asString()).isEqualTo("/performance");
        JsonNode items = list.path("items");
        assertThat(items.size()).isBetween(2, 5);
        item(items.get(0), a, "Feb 2000 value", LocalDate.of(2000, 3, 31));
        item(items.get(1), b, "Apr 2000 value", LocalDate.of(2000, 5, 31));
        assertThat(items.valueStream().map(i -> i.path("title").asString())).noneMatch(t -> t.startsWith(c + ":"));
        if (before + 3 <= 5) {
            item(items.get((int) (before + 2)), d, Periods.label(lastMonth.toString()) + " value", lastMonth.plusMonths(1).atEndOfMonth());
        }
    }

    @Test
    void onlyThePerformanceTeamHasTheList() {
        for (Role role : List.of(Role.TEAM_MANAGER, Role.COUNCILLOR, Role.FINANCE)) {
            Api.Response work = staffWith(role).get("/api/v1/my-work");
            assertThat(work.status()).isEqualTo(200);
            assertThat(work.json().path("items").valueStream().map(l -> l.path("key").asString())).as(role.name())
                    .noneMatch(k -> k.startsWith("performance."));
        }
    }

    private static void item(JsonNode item, String reference, String what, LocalDate dueOn) {
        LocalDate today = TestDates.today();
        long days = ChronoUnit.DAYS.between(today, dueOn);
        String clock = days == 0 ? what + " due today" : days == 1 ? what + " due tomorrow"
                : days > 0 ? what + " due " + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(dueOn) : what + " " + -days + " days overdue";
        assertThat(item.path("title").asString()).isEqualTo(reference + ": Staff survey response " + reference);
        assertThat(item.path("href").asString()).isEqualTo("/performance/measures/" + reference);
        assertThat(item.path("dueOn").asString()).isEqualTo(dueOn.toString());
        assertThat(item.path("clock").asString()).isEqualTo(clock);
        assertThat(item.path("overdue").asBoolean()).isEqualTo(days < 0);
    }

    private static String measure(Api team, String stem) {
        String reference = "LOCAL-W" + stem + uniqueName("").substring(0, 6).toUpperCase();
        Map<String, Object> body = new HashMap<>(Map.of("reference", reference, "name", "Staff survey response " + reference, "group",
                "Workforce", "numerator", "Staff who answered the survey", "unit", "PERCENTAGE", "polarity", "HIGHER_IS_BETTER", "basis", "SNAPSHOT",
                "owner", "Head of Workforce"));
        Api.Response created = team.post("/api/v1/measures", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return reference;
    }

    private static void enter(Api team, String reference, String period) {
        Api.Response entered = team.put("/api/v1/measures/" + reference + "/values/" + period, Map.of("value", 60, "source", "Staff survey"));
        assertThat(entered.status()).as(entered.toString()).isEqualTo(200);
    }

    private static JsonNode list(Api who) {
        Api.Response work = who.get("/api/v1/my-work");
        assertThat(work.status()).as(work.toString()).isEqualTo(200);
        return work.json().path("items").valueStream().filter(l -> l.path("key").asString().equals("performance.measures-to-update")).findFirst()
                .orElseThrow(() -> new AssertionError("No measures to update in " + work));
    }
}
