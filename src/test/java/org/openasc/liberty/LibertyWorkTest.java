package org.openasc.liberty;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.openasc.bench.BenchSession;
import org.openasc.platform.security.Role;
import org.openasc.platform.web.DateDisplay;
import org.openasc.testing.Api;
import org.openasc.testing.CareAndSupport;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.TestDates;

import static org.openasc.testing.MyWork.myWork;
import static org.openasc.testing.MyWork.item;
import static org.openasc.testing.MyWork.assertOursInOrder;
import static org.openasc.testing.MyWork.counts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * DoLS on the DoLS team's "My work", against applications counted by hand (t is today; an urgent authorisation runs 7 days
 * from the day granted, the day itself the first; a standard request is decided within 21 days; a renewal is requested
 * 28 days before the authorisation ends):
 *
 * <pre>
 * person   received   urgent                       priority          outcome                          on the lists
 * Ursula   t-10       granted t-10, ends t-4       -                 waiting                          urgent: decision 4 days overdue
 * Una      t-6        granted t-6, ends t          -                 waiting                          urgent: decision due today
 * Uma      t-2        granted t-3, +7 days: t+10   -                 waiting                          urgent: decision due t+10
 * Ulla     t-5        granted t-5                  -                 withdrawn t                      none
 * Sal      t-30       -                            low               waiting                          standard: due t-9, 9 days overdue
 * Sue      t-5        -                            high              waiting                          standard: due t+16
 * Sid      t-21       -                            not prioritised   waiting                          standard: due today
 * Sam      t-40       -                            medium            not granted t-20                 none
 * Rita     t-220      -                            -                 granted t-200 to t+20            renewal: request 8 days overdue
 * Rhea     t-100      -                            -                 granted t-90 to t+60             renewal: request due t+32
 * Rosa     t-100      -                            -                 granted t-90 to t+120            none: ends after 3 months
 * </pre>
 *
 * Urgent ones are listed soonest ending first (Ursula, Una, Uma); standard ones in the DoLS work list's order, high priority
 * first then the oldest (Sue, Sal, Sid); renewals soonest ending first (Rita, Rhea). Counts: DoLS applications belong to no
 * team and the database is shared with other tests, so each count is checked as the change these records make (read just
 * before and just after they are made, as test classes run one at a time), and the items by the titles naming these
 * records: ours in the expected order and clocks, any left off only because the list is full of more urgent ones.
 */
class LibertyWorkTest extends IntegrationTest {

    private static final DateDisplay DATES = new DateDisplay();
    private static final List<String> KEYS = List.of("liberty.urgent-authorisations", "liberty.standard-decisions", "liberty.renewals");

    @Test
    void theDolsTeamSeesUrgentAuthorisationsEndingStandardDecisionsDueAndAuthorisationsToRenew() throws Exception {
        LocalDate t = TestDates.today();
        Api dols = staffWith(Role.DOLS);
        Map<String, Long> before = counts(myWork(dols), KEYS);
        String home = CareAndSupport.location(staffWith(Role.BROKERAGE), uniqueName("Rowan House "), List.of("Residential care home"), 30);
        long bia = assessor(dols, "Wendy Assessor ", "BEST_INTERESTS_ASSESSOR");
        long mh = assessor(dols, "Dr Wise ", "MENTAL_HEALTH_ASSESSOR");

        JsonNode ursula = apply(dols, "Ursula", home, t.minusDays(10), t.minusDays(10), null);
        JsonNode una = apply(dols, "Una", home, t.minusDays(6), t.minusDays(6), null);
        JsonNode uma = apply(dols, "Uma", home, t.minusDays(2), t.minusDays(3), null);
        Api.Response extended = dols.post(path(uma) + "/urgent-extension", Map.of("version", uma.path("version").asInt(), "days", 7));
        assertThat(extended.status()).as(extended.toString()).isEqualTo(200);
        assertThat(extended.json().path("urgentEndsOn").asString()).isEqualTo(t.plusDays(10).toString());
        JsonNode ulla = apply(dols, "Ulla", home, t.minusDays(5), t.minusDays(5), null);
        decide(dols, ulla, Map.of("signedOffOn", t.toString(), "outcome", "WITHDRAWN", "reason", "Discharged home"));

        JsonNode sal = apply(dols, "Sal", home, t.minusDays(30), null, "LOW");
        JsonNode sue = apply(dols, "Sue", home, t.minusDays(5), null, "HIGH");
        JsonNode sid = apply(dols, "Sid", home, t.minusDays(21), null, null);
        JsonNode sam = apply(dols, "Sam", home, t.minusDays(40), null, "MEDIUM");
        decide(dols, sam, Map.of("signedOffOn", t.minusDays(20).toString(), "outcome", "NOT_GRANTED", "reason", "Does not lack capacity to decide"));

        JsonNode rita = granted(dols, "Rita", home, bia, mh, t.minusDays(220), t.minusDays(200), t.plusDays(20));
        JsonNode rhea = granted(dols, "Rhea", home, bia, mh, t.minusDays(100), t.minusDays(90), t.plusDays(60));
        granted(dols, "Rosa", home, bia, mh, t.minusDays(100), t.minusDays(90), t.plusDays(120));

        Map<String, JsonNode> lists = myWork(dols);
        Map<String, Long> after = counts(lists, KEYS);
        assertThat(after.get("liberty.urgent-authorisations") - before.get("liberty.urgent-authorisations")).isEqualTo(3);
        assertThat(after.get("liberty.standard-decisions") - before.get("liberty.standard-decisions")).isEqualTo(3);
        assertThat(after.get("liberty.renewals") - before.get("liberty.renewals")).isEqualTo(2);

        JsonNode urgent = lists.get("liberty.urgent-authorisations");
        assertThat(urgent.path("heading").asString()).isEqualTo("Urgent authorisations: decide before they end");
        assertThat(urgent.path("href").asString()).isEqualTo("/dols");
        assertOursInOrder(urgent, List.of(
                item(title(ursula), "Urgent decision 4 days overdue"),
                item(title(una), "Urgent decision due today"),
                item(title(uma), "Urgent decision due " + DATES.day(t.plusDays(10)))));
        item(urgent, title(ursula)).ifPresent(i -> {
            assertThat(i.path("overdue").asBoolean()).isTrue();
            assertThat(i.path("dueOn").asString()).isEqualTo(t.minusDays(4).toString());
            assertThat(i.path("href").asString()).isEqualTo("/dols/applications/" + ursula.path("id").asString());
        });

        JsonNode standard = lists.get("liberty.standard-decisions");
        assertThat(standard.path("heading").asString()).isEqualTo("Standard applications waiting for a decision");
        assertOursInOrder(standard, List.of(
                item(title(sue) + " (high priority)", "Decision due " + DATES.day(t.plusDays(16))),
                item(title(sal) + " (low priority)", "Decision 9 days overdue"),
                item(title(sid) + " (not prioritised)", "Decision due today")));

        JsonNode renewals = lists.get("liberty.renewals");
        assertThat(renewals.path("heading").asString()).isEqualTo("Authorisations ending in the next 3 months");
        assertOursInOrder(renewals, List.of(
                item(title(rita), "Renewal request 8 days overdue"),
                item(title(rhea), "Renewal request due " + DATES.day(t.plusDays(32)))));

        for (Role other : List.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.PERFORMANCE, Role.COUNCILLOR)) {
            assertThat(myWork(staffWith(other))).as(other.name()).doesNotContainKeys(KEYS.toArray(String[]::new));
        }
        assertThat(myWork(staffIn(Set.of(newTeam("Any ")), Role.DOLS))).containsKeys(KEYS.toArray(String[]::new));
        BenchSession session = BenchSession.signIn("http://localhost:" + port, dols.username(), PASSWORD);
        for (String page : List.of("/dols", "/dols/applications/" + ursula.path("id").asString())) {
            assertThat(session.page(page)).as(page).contains("</main>").doesNotContain("Sorry, there is a problem");
        }
    }

    private long assessor(Api dols, String name, String qualification) {
        Api.Response added = dols.post("/api/v1/dols/assessors", Map.of("name", uniqueName(name), "qualification", qualification));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.json().path("id").asLong();
    }

    /** An application for a new person (urgent if granted on a day), with the person's full name as "name". */
    private JsonNode apply(Api dols, String givenName, String home, LocalDate received, LocalDate urgentGranted, String priority) {
        String family = uniqueName("Lw");
        Api.Response person = dols.post("/api/v1/people", Map.of("givenName", givenName, "familyName", family, "dateOfBirth", "1936-09-21",
                "gender", "Female", "postcode", "LE1 7RH"));
        assertThat(person.status()).as(person.toString()).isEqualTo(201);
        Map<String, Object> body = new HashMap<>(Map.of("personId", person.json().path("id").asString(), "locationId", home,
                "receivedOn", received.toString(), "urgent", urgentGranted != null));
        if (urgentGranted != null) {
            body.put("urgentGrantedOn", urgentGranted.toString());
        }
        if (priority != null) {
            body.put("priority", priority);
            body.put("priorityReason", Map.of("HIGH", "Objecting to the placement or trying to leave", "MEDIUM", "Some restrictions beyond the usual; settling in",
                    "LOW", "Settled, not objecting, restrictions stable").get(priority));
        }
        Api.Response applied = dols.post("/api/v1/dols/applications", body);
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        return ((ObjectNode) applied.json()).put("name", givenName + " " + family);
    }

    private JsonNode granted(Api dols, String givenName, String home, long bia, long mh, LocalDate received, LocalDate signedOff, LocalDate to) {
        JsonNode a = apply(dols, givenName, home, received, null, null);
        for (String r : List.of("AGE", "MENTAL_HEALTH", "MENTAL_CAPACITY", "NO_REFUSALS", "ELIGIBILITY", "BEST_INTERESTS")) {
            Api.Response done = dols.post(path(a) + "/assessments", Map.of("requirement", r, "status", "SATISFIED",
                    "assessorId", r.equals("MENTAL_HEALTH") ? mh : bia, "assessedOn", signedOff.toString()));
            assertThat(done.status()).as(done.toString()).isEqualTo(201);
        }
        decide(dols, a, Map.of("signedOffOn", signedOff.toString(), "outcome", "GRANTED", "authorisedFrom", signedOff.toString(), "authorisedTo", to.toString()));
        return a;
    }

    private static void decide(Api dols, JsonNode application, Map<String, Object> decision) {
        Map<String, Object> body = new HashMap<>(decision);
        body.put("version", dols.get(path(application)).json().path("version").asInt());
        Api.Response decided = dols.post(path(application) + "/decision", body);
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
    }

    private static String path(JsonNode application) {
        return "/api/v1/dols/applications/" + application.path("id").asString();
    }

    private static String title(JsonNode application) {
        return "Application " + application.path("applicationNumber").asLong() + ": " + application.path("name").asString();
    }
}
