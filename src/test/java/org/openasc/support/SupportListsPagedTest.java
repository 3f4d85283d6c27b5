package org.openasc.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.CareAndSupport;
import org.openasc.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reviews due and the records behind a figure come a page at a time, {@code {items, page, size, total}}: five people in a team
 * of the test's own, in long-term support through 1976 and 1977 only (so no other test's year sees them), read two at a time.
 */
class SupportListsPagedTest extends IntegrationTest {

    @Test
    void reviewsDueAndAFiguresRecordsArePagedInOrderWithoutOverlap() {
        long team = newTeam("Paged ");
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        List<String> people = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            String person = CareAndSupport.person(practitioner, "Paige", "1920-01-01", "Physical support: Personal care support", null, null);
            JsonNode service = CareAndSupport.start(practitioner, CareAndSupport.service(person, team, "Long term support: Community", "Home Support",
                    "CASSR commissioned support", "1976-01-0" + i, "20.00", "Hourly", "5"));
            CareAndSupport.end(practitioner, service, "1977-12-31");
            people.add(person);
        }

        // Each falls due 12 months after starting, 1 to 5 January 1977: the most overdue first.
        List<String> due = pages(practitioner, "/api/v1/reviews/due?team=" + team + "&asOf=1977-06-30&within=0");
        assertThat(due).containsExactlyElementsOf(people);

        // In long-term support for a year by 30 June 1977, longest first; the manager sees their team's.
        Api manager = staffIn(Set.of(team), Role.TEAM_MANAGER);
        List<String> records = pages(manager, "/api/v1/support/summary/records?figure=long-standing&asOf=1977-06-30");
        assertThat(records).containsExactlyElementsOf(people);
        JsonNode all = manager.get("/api/v1/support/summary/records?figure=long-standing&asOf=1977-06-30").json();
        assertThat(all.path("size").asInt()).as("100 a page unless asked").isEqualTo(100);
        assertThat(all.path("items")).hasSize(5);
        assertThat(manager.get("/api/v1/support/summary/records?figure=long-standing&asOf=1977-06-30&size=1000").json().path("size").asInt())
                .as("at most 100").isEqualTo(100);
    }

    /** The people of pages 1 to 3 at two a page, checking each page's numbers and that the pages do not overlap. */
    private static List<String> pages(Api api, String path) {
        List<String> people = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            Api.Response response = api.get(path + "&size=2&page=" + page);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            JsonNode list = response.json();
            assertThat(list.path("total").asLong()).as(response.toString()).isEqualTo(5);
            assertThat(list.path("page").asInt()).isEqualTo(page);
            assertThat(list.path("size").asInt()).isEqualTo(2);
            assertThat(list.path("items")).hasSize(page < 3 ? 2 : 1);
            list.path("items").forEach(item -> assertThat(people).as("pages do not overlap").doesNotContain(item.path("personId").asString()));
            list.path("items").forEach(item -> people.add(item.path("personId").asString()));
        }
        return people;
    }
}
