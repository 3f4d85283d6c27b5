package org.openasc.safeguarding;

import java.time.Instant;
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
import org.openasc.testing.TestDates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The concerns awaiting screening and the open enquiries come a page at a time with their totals, never silently cut short:
 * 55 of each, read as pages of 50 through the API and on the page, counted by hand, with a restricted person's row masked.
 * The concerns are received today (screening due days ahead, so in nobody's overdue work) and screened out at the end; the
 * enquiries go to a locality team of this test's own, whose list is exactly them.
 */
class SafeguardingListPagesTest extends IntegrationTest {

    private static final int MADE = 55;

    /** The concerns list's order: soonest due, then received, then the concern number. */
    private static final Comparator<JsonNode> CONCERN_ORDER = Comparator.<JsonNode, String>comparing(c -> c.path("screeningDueOn").asString())
            .thenComparing(c -> Instant.parse(c.path("receivedAt").asString())).thenComparingLong(c -> c.path("concernNumber").asLong());

    @Test
    void theConcernsAwaitingScreeningArePagedSoonestDueFirstWithTheTotalAndARestrictedPersonMasked() {
        Api raiser = staffWith(Role.PRACTITIONER);
        Api team = staffWith(Role.SAFEGUARDING);
        Api named = staffWith(Role.SAFEGUARDING);
        long before = team.get("/api/v1/safeguarding/concerns?size=1").json().path("total").asLong();
        List<JsonNode> ours = new ArrayList<>();
        Map<String, String> people = new HashMap<>();
        for (int i = 0; i < MADE; i++) {
            String person = People.create(raiser, "Sadie");
            // Received in the first hour of today, the later made the earlier received, so the order is the list's own.
            Api.Response raised = raiser.post("/api/v1/safeguarding/concerns", SafeguardingApiTest.concern(person,
                    TestDates.today() + String.format("T00:%02d:00", MADE - 1 - i)));
            assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
            ours.add(raised.json());
            people.put(raised.json().path("id").asString(), person);
        }
        JsonNode restricted = ours.get(7);
        String restrictedFamily = People.restrict(staffWith(Role.TEAM_MANAGER), people.get(restricted.path("id").asString()), named);

        long total = PagedList.firstTwoPages(team, "/api/v1/safeguarding/concerns", CONCERN_ORDER);
        assertThat(total).as("every concern awaiting screening is counted, not the length of a page").isEqualTo(before + MADE);

        List<String> expected = ours.stream().sorted(CONCERN_ORDER).map(c -> c.path("id").asString()).toList();
        assertThat(expected).as("made newest first").isNotEqualTo(ours.stream().map(c -> c.path("id").asString()).toList());
        Set<String> ourIds = new HashSet<>(expected);
        List<JsonNode> everyPage = new ArrayList<>();
        PagedList.all(team, "/api/v1/safeguarding/concerns").forEach(everyPage::add);
        assertThat(everyPage).hasSize((int) total).isSortedAccordingTo(CONCERN_ORDER);
        assertThat(everyPage.stream().map(c -> c.path("id").asString()).filter(ourIds::contains).toList()).isEqualTo(expected);
        JsonNode masked = everyPage.stream().filter(c -> c.path("id").asString().equals(restricted.path("id").asString())).findFirst().orElseThrow();
        assertThat(masked.path("sealed").asBoolean()).isTrue();
        assertThat(masked.path("personName").asString()).isEqualTo("Restricted record");
        assertThat(masked.has("whatHappened")).isFalse();
        assertThat(masked.toString()).doesNotContain(restrictedFamily);
        assertThat(masked.path("screeningDueOn").asString()).as("the row keeps its clock").isEqualTo(restricted.path("screeningDueOn").asString());

        Session session = new Session(port, team);
        String page = session.page("/safeguarding").body();
        assertThat(page).contains(count(total) + " concerns awaiting a screening decision")
                .contains("Showing 1 to 50 of " + count(total) + ", soonest due first").contains("concern-page=2");
        assertThat(session.page("/safeguarding?concern-page=2").body()).contains("Showing 51 to " + count(Math.min(100, total)) + " of " + count(total));

        for (JsonNode concern : ours) {
            Api.Response screened = (concern == restricted ? named : team).post("/api/v1/safeguarding/concerns/" + concern.path("id").asString()
                    + "/screening", SafeguardingApiTest.screening(0, TestDates.today().toString(), false, "NOT_SAFEGUARDING", null));
            assertThat(screened.status()).as(screened.toString()).isEqualTo(200);
        }
        assertThat(team.get("/api/v1/safeguarding/concerns?size=1").json().path("total").asLong()).isEqualTo(before);
    }

    @Test
    void aLocalityTeamsOpenEnquiriesArePagedOldestFirstWithTheirTotalAndARestrictedPersonMasked() {
        long locality = newTeam("Locality ");
        Api raiser = staffWith(Role.PRACTITIONER);
        Api team = staffWith(Role.SAFEGUARDING);
        Api worker = staffIn(Set.of(locality), Role.PRACTITIONER);
        Api named = staffIn(Set.of(locality), Role.PRACTITIONER);
        long teamBefore = team.get("/api/v1/safeguarding/enquiries?size=1").json().path("total").asLong();
        List<String> enquiries = new ArrayList<>();
        Map<String, String> people = new HashMap<>();
        for (int i = 0; i < MADE; i++) {
            String person = People.create(raiser, "Sorcha");
            Api.Response raised = raiser.post("/api/v1/safeguarding/concerns", SafeguardingApiTest.concern(person,
                    TestDates.today() + String.format("T01:%02d:00", i)));
            assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
            Map<String, Object> transfer = SafeguardingApiTest.screening(0, TestDates.today().toString(), true, "S42", "LOCALITY");
            transfer.put("routedTeamId", locality);
            Api.Response screened = team.post("/api/v1/safeguarding/concerns/" + raised.json().path("id").asString() + "/screening", transfer);
            assertThat(screened.status()).as(screened.toString()).isEqualTo(200);
            enquiries.add(screened.json().path("enquiryId").asString());
            people.put(screened.json().path("enquiryId").asString(), person);
        }
        String restricted = enquiries.get(7);
        String restrictedFamily = People.restrict(staffWith(Role.TEAM_MANAGER), people.get(restricted), named);

        // All started today, so the enquiry number (the order they were opened) decides: the first 50, then the last 5.
        JsonNode first = worker.get("/api/v1/safeguarding/enquiries").json();
        JsonNode second = worker.get("/api/v1/safeguarding/enquiries?page=2").json();
        assertThat(first.path("total").asLong()).as("the locality's enquiries, all of them").isEqualTo(MADE);
        assertThat(second.path("total").asLong()).isEqualTo(MADE);
        assertThat(ids(first)).isEqualTo(enquiries.subList(0, 50));
        assertThat(ids(second)).isEqualTo(enquiries.subList(50, MADE));
        assertThat(ids(worker.get("/api/v1/safeguarding/enquiries?page=3").json())).isEmpty();
        assertThat(ids(worker.get("/api/v1/safeguarding/enquiries?size=20&page=2").json())).isEqualTo(enquiries.subList(20, 40));
        assertThat(team.get("/api/v1/safeguarding/enquiries?size=1").json().path("total").asLong())
                .as("the Safeguarding Adults Team counts every open enquiry").isEqualTo(teamBefore + MADE);

        JsonNode masked = first.path("items").get(7);
        assertThat(masked.path("id").asString()).isEqualTo(restricted);
        assertThat(masked.path("sealed").asBoolean()).isTrue();
        assertThat(masked.path("personName").asString()).isEqualTo("Restricted record");
        assertThat(masked.toString()).doesNotContain(restrictedFamily);
        assertThat(masked.path("startedOn").asString()).isEqualTo(TestDates.today().toString());
        assertThat(named.get("/api/v1/safeguarding/enquiries").json().path("items").get(7).path("personName").asString()).startsWith("Sorcha ");

        Session session = new Session(port, worker);
        assertThat(session.page("/safeguarding").body()).contains(MADE + " open enquiries").contains("Showing 1 to 50 of " + MADE + ", oldest first")
                .contains("enquiry-page=2").doesNotContain(restrictedFamily);
        assertThat(session.page("/safeguarding?enquiry-page=2").body()).contains("Showing 51 to " + MADE + " of " + MADE);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(e -> ids.add(e.path("id").asString()));
        return ids;
    }

    private static String count(long n) {
        return String.format(Locale.UK, "%,d", n);
    }
}
