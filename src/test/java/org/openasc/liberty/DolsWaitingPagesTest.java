package org.openasc.liberty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.PagedList;
import org.openasc.testing.People;
import org.openasc.testing.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DoLS waiting list comes a page at a time with the total waiting, never silently cut short: 55 applications received
 * in 1978 (high, medium, low and not prioritised in turn, made newest first so the order is the list's and not the order
 * they were typed in), read as pages of 50 through the API and on the page, counted by hand. All are withdrawn at the end.
 */
class DolsWaitingPagesTest extends IntegrationTest {

    private static final int MADE = 55;
    private static final LocalDate FIRST_RECEIVED = LocalDate.of(1978, 1, 2);
    private static final String[] PRIORITIES = {"HIGH", "MEDIUM", "LOW", null};
    private static final Map<String, String> REASONS = Map.of("HIGH", "Objecting to the placement or trying to leave",
            "MEDIUM", "Renewal with changed circumstances", "LOW", "Renewal with no change");

    @Test
    void theWaitingListIsPagedHighPriorityAndOldestFirstWithTheTotalAndARestrictedPersonMasked() {
        Api dols = staffWith(Role.DOLS);
        Api named = staffWith(Role.DOLS);
        long before = dols.get("/api/v1/dols/applications?size=1").json().path("total").asLong();
        List<JsonNode> ours = new ArrayList<>();
        Map<String, String> people = new HashMap<>();
        for (int i = 0; i < MADE; i++) {
            String person = People.create(dols, "Dilys");
            JsonNode application = apply(dols, person, FIRST_RECEIVED.plusDays(MADE - i), PRIORITIES[i % 4]);
            ours.add(application);
            people.put(application.path("id").asString(), person);
        }
        JsonNode restricted = ours.get(7);
        String restrictedFamily = People.restrict(staffWith(Role.TEAM_MANAGER), people.get(restricted.path("id").asString()), named);

        long total = PagedList.firstTwoPages(dols, "/api/v1/dols/applications", ORDER);
        assertThat(total).as("every application waiting is counted, not the length of a page").isEqualTo(before + MADE);

        List<String> expected = ours.stream().sorted(ORDER).map(a -> a.path("id").asString()).toList();
        Set<String> ourIds = new HashSet<>(expected);
        List<JsonNode> everyPage = new ArrayList<>();
        PagedList.all(dols, "/api/v1/dols/applications").forEach(everyPage::add);
        assertThat(everyPage).hasSize((int) total).isSortedAccordingTo(ORDER);
        assertThat(everyPage.stream().map(a -> a.path("id").asString()).filter(ourIds::contains).toList()).isEqualTo(expected);

        JsonNode masked = everyPage.stream().filter(a -> a.path("id").asString().equals(restricted.path("id").asString())).findFirst().orElseThrow();
        assertThat(masked.has("managingAuthority")).isFalse();
        assertThat(masked.has("priorityReason")).isFalse();
        assertThat(masked.toString()).doesNotContain(restrictedFamily).doesNotContain(restricted.path("managingAuthority").asString());
        assertThat(masked.path("receivedOn").asString()).as("the row keeps its clock").isEqualTo(restricted.path("receivedOn").asString());
        assertThat(masked.path("standardDueOn").asString()).isNotBlank();

        Session session = new Session(port, dols);
        String page = session.page("/dols").body();
        assertThat(page).contains("Showing 1 to 50 of " + String.format(Locale.UK, "%,d", total)).contains("/dols?page=2");
        assertThat(session.page("/dols?page=2").body()).contains("Showing 51 to " + String.format(Locale.UK, "%,d", Math.min(100, total))
                + " of " + String.format(Locale.UK, "%,d", total));

        for (JsonNode application : ours) {
            withdraw(application == restricted ? named : dols, application);
        }
        assertThat(dols.get("/api/v1/dols/applications?size=1").json().path("total").asLong()).isEqualTo(before);
    }

    /** The list's order: priority (high, medium, low, none), then received, then the application number. */
    private static final Comparator<JsonNode> ORDER = Comparator.<JsonNode>comparingInt(a -> rank(a.path("priority").asString()))
            .thenComparing(a -> a.path("receivedOn").asString()).thenComparingLong(a -> a.path("applicationNumber").asLong());

    private static int rank(String priority) {
        return switch (priority) {
            case "HIGH" -> 1;
            case "MEDIUM" -> 2;
            case "LOW" -> 3;
            default -> 4;
        };
    }

    private JsonNode apply(Api dols, String person, LocalDate received, String priority) {
        Map<String, Object> body = new HashMap<>(Map.of("personId", person, "managingAuthority", uniqueName("County Hospital "),
                "receivedOn", received.toString()));
        if (priority != null) {
            body.put("priority", priority);
            body.put("priorityReason", REASONS.get(priority));
        }
        Api.Response applied = dols.post("/api/v1/dols/applications", body);
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        return applied.json();
    }

    private static void withdraw(Api dols, JsonNode application) {
        Api.Response withdrawn = dols.post("/api/v1/dols/applications/" + application.path("id").asString() + "/decision", Map.of(
                "version", application.path("version").asInt(), "signedOffOn", application.path("receivedOn").asString(), "outcome", "WITHDRAWN",
                "reason", "Discharged home"));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
    }
}
