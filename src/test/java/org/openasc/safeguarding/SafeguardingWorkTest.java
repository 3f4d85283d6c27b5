package org.openasc.safeguarding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.bench.BenchSession;
import org.openasc.platform.calendar.WorkingDayCalendar;
import org.openasc.platform.security.Role;
import org.openasc.platform.work.WorkItem;
import org.openasc.platform.work.WorkList;
import org.openasc.testing.Api;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.TestDates;

import static org.openasc.testing.MyWork.myWork;
import static org.openasc.testing.MyWork.item;
import static org.openasc.testing.MyWork.assertOursInOrder;
import static org.openasc.testing.MyWork.items;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Safeguarding on "My work", against records counted by hand (t is today; a concern's screening is due 3 working days after receipt):
 *
 * <pre>
 * person   concern received   screened            enquiry                                  on the lists
 * Ada      t-20               no                  -                                        screening overdue
 * Bea      t-10               no                  -                                        screening overdue
 * Cora     3 working days     no                  -                                        screening due today (only when t is a working day:
 *          before t                                                                        no concern is due on a weekend or bank holiday)
 * Dot      t                  no                  -                                        none: screening not yet due
 * Eve      t-20               t-15, s42           the locality's, started t-15             open enquiries; the locality's
 * Fay      t-12               t-10, s42           the locality's, started t-10             open enquiries; the locality's
 * Gwen     t-6                t-6, other          the Safeguarding Adults Team's, t-6      open enquiries
 * Hilda    t-4                t-3, other          the locality's, concluded t              none
 * Ivy      t-3                t, s42              the locality's, started t                open enquiries; the locality's ("Restricted record":
 *                                                                                          her record is restricted to someone else)
 * </pre>
 *
 * Counts: the locality's list is exact, its team being new to this test. The Safeguarding Adults Team's lists count every
 * concern and enquiry in the database, which other tests share, so they are checked as the change these records make (read
 * just before and just after they are made, as test classes run one at a time), and their items by the titles naming these
 * records: ours in the expected order and clocks, any left off only because the list is full of more urgent ones.
 */
class SafeguardingWorkTest extends IntegrationTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    @Test
    void theTeamSeesScreeningsDueAndOpenEnquiriesAndALocalitySeesTheEnquiriesTransferredToIt() throws Exception {
        LocalDate t = TestDates.today();
        long locality = newTeam("Locality ");
        Api raiser = staffWith(Role.PRACTITIONER);
        Api team = staffWith(Role.SAFEGUARDING);
        Api localityWorker = staffIn(Set.of(locality), Role.PRACTITIONER);
        Api localityManager = staffIn(Set.of(locality), Role.TEAM_MANAGER);
        long screeningsBefore = list(team, "safeguarding.screenings").path("count").asLong();
        long enquiriesBefore = list(team, "safeguarding.enquiries").path("count").asLong();

        JsonNode ada = raise(raiser, "Ada", t.minusDays(20));
        JsonNode bea = raise(raiser, "Bea", t.minusDays(10));
        LocalDate coraReceived = receivedForScreeningDue(t);
        JsonNode cora = coraReceived == null ? null : raise(raiser, "Cora", coraReceived);
        raise(raiser, "Dot", t);
        JsonNode eve = enquiry(team, raise(raiser, "Eve", t.minusDays(20)), t.minusDays(15), "S42", locality);
        JsonNode fay = enquiry(team, raise(raiser, "Fay", t.minusDays(12)), t.minusDays(10), "S42", locality);
        JsonNode gwen = enquiry(team, raise(raiser, "Gwen", t.minusDays(6)), t.minusDays(6), "OTHER_ENQUIRY", null);
        JsonNode hilda = enquiry(team, raise(raiser, "Hilda", t.minusDays(4)), t.minusDays(3), "OTHER_ENQUIRY", locality);
        String hildaPath = "/api/v1/safeguarding/enquiries/" + hilda.path("id").asString();
        Api.Response concluded = team.post(hildaPath + "/conclude", Map.of("version", team.get(hildaPath).json().path("version").asInt(),
                "concludedOn", t.toString(), "conclusion", "Substantiated"));
        assertThat(concluded.status()).as(concluded.toString()).isEqualTo(200);
        JsonNode ivy = enquiry(team, raise(raiser, "Ivy", t.minusDays(3)), t, "S42", locality);
        restrict(ivy.path("personId").asString(), staffWith(Role.SAFEGUARDING));

        // The locality's practitioners and managers: exactly Eve's, Fay's and Ivy's enquiries, oldest first; no screenings.
        for (Api worker : List.of(localityWorker, localityManager)) {
            Map<String, JsonNode> lists = myWork(worker);
            assertThat(lists).doesNotContainKeys("safeguarding.screenings", "safeguarding.enquiries");
            JsonNode theirs = lists.get("safeguarding.team-enquiries");
            assertThat(theirs.path("heading").asString()).isEqualTo("Safeguarding enquiries transferred to your team");
            assertThat(theirs.path("count").asLong()).isEqualTo(3);
            assertThat(theirs.path("href").asString()).isEqualTo("/safeguarding");
            assertThat(items(theirs)).containsExactly(
                    item("Enquiry " + eve.path("enquiryNumber").asLong() + ": " + eve.path("name").asString(), "Enquiry started 15 days ago"),
                    item("Enquiry " + fay.path("enquiryNumber").asLong() + ": " + fay.path("name").asString(), "Enquiry started 10 days ago"),
                    item("Enquiry " + ivy.path("enquiryNumber").asLong() + ": Restricted record", "Enquiry started today"));
            JsonNode first = theirs.path("items").get(0);
            assertThat(first.path("href").asString()).isEqualTo("/safeguarding/enquiries/" + eve.path("id").asString());
            assertThat(first.path("overdue").asBoolean()).isFalse();
            assertThat(first.has("dueOn") && !first.path("dueOn").isNull()).as("an enquiry has no due date, only its age").isFalse();
        }
        JsonNode elsewhere = myWork(staffIn(Set.of(newTeam("Elsewhere ")), Role.PRACTITIONER)).get("safeguarding.team-enquiries");
        assertThat(elsewhere.path("count").asLong()).isZero();
        assertThat(elsewhere.path("items")).isEmpty();
        assertThat(myWork(staffWith(Role.FINANCE))).doesNotContainKeys("safeguarding.screenings", "safeguarding.enquiries", "safeguarding.team-enquiries");

        // The Safeguarding Adults Team: Ada's and Bea's screenings overdue, Cora's due today; Eve's, Fay's, Gwen's and Ivy's enquiries open.
        Map<String, JsonNode> teamLists = myWork(team);
        assertThat(teamLists).doesNotContainKey("safeguarding.team-enquiries");
        JsonNode screenings = teamLists.get("safeguarding.screenings");
        assertThat(screenings.path("heading").asString()).isEqualTo("Concerns to screen: due today or overdue");
        assertThat(screenings.path("href").asString()).isEqualTo("/safeguarding");
        assertThat(screenings.path("count").asLong() - screeningsBefore).isEqualTo(cora == null ? 2 : 3);
        List<Map<String, String>> expected = new ArrayList<>(List.of(screening(ada, t), screening(bea, t)));
        if (cora != null) {
            expected.add(screening(cora, t));
            assertThat(screening(cora, t).get("clock")).isEqualTo("Screening due today");
        }
        assertThat(ada.path("screeningDueOn").asString()).isEqualTo(CALENDAR.addWorkingDays(t.minusDays(20), 3).toString());
        assertOursInOrder(screenings, expected);
        screenings.path("items").forEach(i -> assertThat(LocalDate.parse(i.path("dueOn").asString())).as("due today or overdue").isBeforeOrEqualTo(t));

        JsonNode open = teamLists.get("safeguarding.enquiries");
        assertThat(open.path("heading").asString()).isEqualTo("Open safeguarding enquiries");
        assertThat(open.path("count").asLong() - enquiriesBefore).isEqualTo(4);
        assertOursInOrder(open, List.of(
                item("Enquiry " + eve.path("enquiryNumber").asLong() + ": " + eve.path("name").asString(), "Enquiry started 15 days ago"),
                item("Enquiry " + fay.path("enquiryNumber").asLong() + ": " + fay.path("name").asString(), "Enquiry started 10 days ago"),
                item("Enquiry " + gwen.path("enquiryNumber").asLong() + ": " + gwen.path("name").asString(), "Enquiry started 6 days ago"),
                item("Enquiry " + ivy.path("enquiryNumber").asLong() + ": Restricted record", "Enquiry started today")));
        assertThat(open.path("items").size()).isLessThanOrEqualTo(WorkList.SHOWN);

        opens(team, "/safeguarding", "/safeguarding/concerns/" + ada.path("id").asString());
        opens(localityWorker, "/safeguarding", "/safeguarding/enquiries/" + eve.path("id").asString());
    }

    /** The pages open for the member of staff as a browser opens them. */
    private void opens(Api api, String... paths) throws Exception {
        BenchSession session = BenchSession.signIn("http://localhost:" + port, api.username(), PASSWORD);
        for (String path : paths) {
            assertThat(session.page(path)).as(path).contains("</main>").doesNotContain("Sorry, there is a problem");
        }
    }

    /** The latest day a concern received is due for screening on {@code day}; null if none is (a weekend or bank holiday). */
    private static LocalDate receivedForScreeningDue(LocalDate day) {
        for (LocalDate received = day.minusDays(1); received.isAfter(day.minusDays(15)); received = received.minusDays(1)) {
            if (CALENDAR.addWorkingDays(received, ScreeningClock.WORKING_DAYS).equals(day)) {
                return received;
            }
        }
        return null;
    }

    private static Map<String, String> screening(JsonNode concern, LocalDate today) {
        LocalDate due = LocalDate.parse(concern.path("screeningDueOn").asString());
        return item("Concern " + concern.path("concernNumber").asLong() + ": " + concern.path("name").asString(),
                WorkItem.due("", "", "Screening", due, today).clock());
    }

    /** A concern about a new person, received at 9 in the morning of the day; with the person's full name as "name". */
    private JsonNode raise(Api raiser, String givenName, LocalDate received) {
        String family = uniqueName("Sw");
        Api.Response person = raiser.post("/api/v1/people", Map.of("givenName", givenName, "familyName", family, "dateOfBirth", "1938-03-02",
                "gender", "Female", "postcode", "LE1 7RH"));
        assertThat(person.status()).as(person.toString()).isEqualTo(201);
        Api.Response raised = raiser.post("/api/v1/safeguarding/concerns", SafeguardingApiTest.concern(person.json().path("id").asString(),
                received + (received.equals(TestDates.today()) ? "T00:00:00" : "T09:00:00")));
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        return ((tools.jackson.databind.node.ObjectNode) raised.json()).put("name", givenName + " " + family);
    }

    /** Screens the concern to an enquiry, transferred to the locality if given, else kept by the team; returns the enquiry with the person's name. */
    private static JsonNode enquiry(Api team, JsonNode concern, LocalDate on, String decision, Long locality) {
        Map<String, Object> body = SafeguardingApiTest.screening(0, on.toString(), true, decision, locality == null ? "SAFEGUARDING_TEAM" : "LOCALITY");
        if (locality != null) {
            body.put("routedTeamId", locality);
        }
        Api.Response screened = team.post("/api/v1/safeguarding/concerns/" + concern.path("id").asString() + "/screening", body);
        assertThat(screened.status()).as(screened.toString()).isEqualTo(200);
        JsonNode enquiry = team.get("/api/v1/safeguarding/enquiries/" + screened.json().path("enquiryId").asString()).json();
        return ((tools.jackson.databind.node.ObjectNode) enquiry).put("name", concern.path("name").asString());
    }

    private void restrict(String personId, Api named) {
        Api manager = staffWith(Role.TEAM_MANAGER);
        String path = "/api/v1/people/" + personId;
        Api.Response restricted = manager.put(path + "/restriction", Map.of("restricted", true, "allowedUsers", List.of(named.username()),
                "reason", "Her son works in the safeguarding team", "version", manager.get(path).json().path("version").asInt()));
        assertThat(restricted.status()).as(restricted.toString()).isEqualTo(200);
    }

    private static JsonNode list(Api api, String key) {
        JsonNode list = myWork(api).get(key);
        assertThat(list).as(key).isNotNull();
        return list;
    }
}
