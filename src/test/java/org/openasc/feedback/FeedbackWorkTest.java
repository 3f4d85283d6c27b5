package org.openasc.feedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.bench.BenchSession;
import org.openasc.platform.calendar.WorkingDayCalendar;
import org.openasc.platform.security.Role;
import org.openasc.platform.web.DateDisplay;
import org.openasc.platform.work.WorkItem;
import org.openasc.testing.Api;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.TestDates;

import static org.openasc.testing.MyWork.myWork;
import static org.openasc.testing.MyWork.item;
import static org.openasc.testing.MyWork.assertOursInOrder;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Complaints on customer relations' "My work", against complaints counted by hand (t is today; a complaint is acknowledged
 * within 3 working days of receipt and answered within 15 unless a later date is agreed):
 *
 * <pre>
 * complaint  received                 acknowledged  then                           on the lists
 * Kay        t-30                     t-29          -                              response overdue
 * Kim        t-25                     t-24          response date agreed: t+10     response due t+10
 * Kit        15 working days before t no            -                              response due today; acknowledgement overdue
 *                                                                                  (only when t is a working day: nothing is due on a weekend)
 * Kate       t-5, about a person      no            -                              response due; acknowledgement, "Restricted record"
 *            whose record is restricted to someone else
 * Kath       t-1                      no            -                              response due; acknowledgement due
 * Kerry      t-20                     t-19          answered t                     none
 * Kyla       t-10                     no            withdrawn t                    none
 * </pre>
 *
 * Both lists are soonest due first. Counts: complaints belong to customer relations as a whole and the database is shared
 * with other tests, so each count is checked as the change these complaints make (read just before and just after they
 * are made, as test classes run one at a time), and the items by the titles naming these complaints: ours in the expected
 * order and clocks, any left off only because the list is full of more urgent ones.
 */
class FeedbackWorkTest extends IntegrationTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final FeedbackClocks CLOCKS = new FeedbackClocks(CALENDAR);
    private static final DateDisplay DATES = new DateDisplay();
    private static final String RESPONSES = "feedback.complaint-responses";
    private static final String ACKNOWLEDGEMENTS = "feedback.complaint-acknowledgements";

    @Test
    void customerRelationsSeeComplaintsToAnswerAndToAcknowledgeSoonestDueFirst() throws Exception {
        LocalDate t = TestDates.today();
        Api officer = staffWith(Role.CUSTOMER_RELATIONS);
        Map<String, JsonNode> before = myWork(officer);
        long responsesBefore = before.get(RESPONSES).path("count").asLong();
        long acknowledgementsBefore = before.get(ACKNOWLEDGEMENTS).path("count").asLong();

        JsonNode kay = receive(officer, "Kay", t.minusDays(30), null);
        step(officer, kay, "acknowledge", Map.of("acknowledgedOn", t.minusDays(29).toString()));
        JsonNode kim = receive(officer, "Kim", t.minusDays(25), null);
        step(officer, kim, "acknowledge", Map.of("acknowledgedOn", t.minusDays(24).toString()));
        step(officer, kim, "extend", Map.of("agreedResponseDue", t.plusDays(10).toString(), "reason", "Waiting for the provider's records"));
        LocalDate kitReceived = receivedForResponseDue(t);
        JsonNode kit = kitReceived == null ? null : receive(officer, "Kit", kitReceived, null);
        Api practitioner = staffWith(Role.PRACTITIONER);
        Api.Response person = practitioner.post("/api/v1/people", Map.of("givenName", "Kate", "familyName", uniqueName("Fw"), "dateOfBirth", "1940-01-30",
                "gender", "Female", "postcode", "LE1 7RH"));
        assertThat(person.status()).as(person.toString()).isEqualTo(201);
        JsonNode kate = receive(officer, "Kate", t.minusDays(5), person.json().path("id").asString());
        JsonNode kath = receive(officer, "Kath", t.minusDays(1), null);
        JsonNode kerry = receive(officer, "Kerry", t.minusDays(20), null);
        step(officer, kerry, "acknowledge", Map.of("acknowledgedOn", t.minusDays(19).toString()));
        step(officer, kerry, "respond", Map.of("respondedOn", t.toString(), "outcome", "PARTIALLY_UPHELD", "signedBy", "Director of Adult Social Care"));
        JsonNode kyla = receive(officer, "Kyla", t.minusDays(10), null);
        step(officer, kyla, "withdraw", Map.of("reason", "Resolved on the phone"));
        restrict(person.json().path("id").asString(), staffWith(Role.CUSTOMER_RELATIONS));

        Map<String, JsonNode> lists = myWork(officer);
        JsonNode responses = lists.get(RESPONSES);
        assertThat(responses.path("heading").asString()).isEqualTo("Complaints waiting for a response");
        assertThat(responses.path("href").asString()).isEqualTo("/feedback");
        assertThat(responses.path("count").asLong() - responsesBefore).isEqualTo(kit == null ? 4 : 5);
        List<JsonNode> answering = new ArrayList<>(List.of(kay, kim, kate, kath));
        if (kit != null) {
            answering.add(kit);
        }
        assertThat(kay.path("responseDueOn").asString()).isEqualTo(CLOCKS.responseDue(t.minusDays(30)).toString());
        assertOursInOrder(responses, ordered(answering, "responseDueInForce", "Response", t));
        assertThat(clock(kim, "responseDueInForce", "Response", t)).isEqualTo("Response due " + DATES.day(t.plusDays(10)));
        assertThat(clock(kay, "responseDueInForce", "Response", t)).endsWith("days overdue");
        if (kit != null) {
            assertThat(clock(kit, "responseDueInForce", "Response", t)).isEqualTo("Response due today");
        }
        item(responses, title(kay)).ifPresent(i -> {
            assertThat(i.path("overdue").asBoolean()).isTrue();
            assertThat(i.path("href").asString()).isEqualTo("/feedback/complaints/" + kay.path("id").asString());
        });

        JsonNode acknowledgements = lists.get(ACKNOWLEDGEMENTS);
        assertThat(acknowledgements.path("heading").asString()).isEqualTo("Complaints to acknowledge");
        assertThat(acknowledgements.path("href").asString()).isEqualTo("/feedback");
        assertThat(acknowledgements.path("count").asLong() - acknowledgementsBefore).isEqualTo(kit == null ? 2 : 3);
        List<JsonNode> acknowledging = new ArrayList<>(List.of(kate, kath));
        if (kit != null) {
            acknowledging.add(kit);
        }
        assertThat(kath.path("acknowledgementDueOn").asString()).isEqualTo(CLOCKS.acknowledgementDue(t.minusDays(1)).toString());
        assertOursInOrder(acknowledgements, ordered(acknowledging, "acknowledgementDueOn", "Acknowledgement", t));

        for (Role other : List.of(Role.TEAM_MANAGER, Role.PRACTITIONER, Role.COUNCILLOR)) {
            assertThat(myWork(staffWith(other))).as(other.name()).doesNotContainKeys(RESPONSES, ACKNOWLEDGEMENTS);
        }
        BenchSession session = BenchSession.signIn("http://localhost:" + port, officer.username(), PASSWORD);
        for (String page : List.of("/feedback", "/feedback/complaints/" + kay.path("id").asString())) {
            assertThat(session.page(page)).as(page).contains("</main>").doesNotContain("Sorry, there is a problem");
        }
    }

    /** The latest day a complaint received is due for its response on {@code day}; null if none is (a weekend or bank holiday). */
    private static LocalDate receivedForResponseDue(LocalDate day) {
        for (LocalDate received = day.minusDays(1); received.isAfter(day.minusDays(40)); received = received.minusDays(1)) {
            if (CLOCKS.responseDue(received).equals(day)) {
                return received;
            }
        }
        return null;
    }

    /** A complaint from a complainant with a unique name, about a person if given; the title the lists give it as "title". */
    private JsonNode receive(Api officer, String name, LocalDate received, String personId) {
        Map<String, Object> body = new HashMap<>(Map.of("receivedOn", received.toString(), "howReceived", "Email",
                "complainant", "Ms " + name + " " + uniqueName("Cw"), "serviceArea", "Adult Social Care", "theme", "Lack of Action",
                "elements", "Nobody returned my calls about my mother's care"));
        if (personId != null) {
            body.put("personId", personId);
        }
        Api.Response made = officer.post("/api/v1/feedback/complaints", body);
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        JsonNode c = made.json();
        return ((tools.jackson.databind.node.ObjectNode) c).put("title", "Complaint " + c.path("complaintNumber").asLong() + ": "
                + (personId == null ? c.path("complainant").asString() : "Restricted record"));
    }

    private static void step(Api officer, JsonNode complaint, String step, Map<String, Object> values) {
        String path = "/api/v1/feedback/complaints/" + complaint.path("id").asString();
        Map<String, Object> body = new HashMap<>(values);
        body.put("version", officer.get(path).json().path("version").asInt());
        Api.Response done = officer.post(path + "/" + step, body);
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        ((tools.jackson.databind.node.ObjectNode) complaint).put("responseDueInForce", done.json().path("responseDueInForce").asString());
    }

    private void restrict(String personId, Api named) {
        Api manager = staffWith(Role.TEAM_MANAGER);
        String path = "/api/v1/people/" + personId;
        Api.Response restricted = manager.put(path + "/restriction", Map.of("restricted", true, "allowedUsers", List.of(named.username()),
                "reason", "Her daughter works in customer relations", "version", manager.get(path).json().path("version").asInt()));
        assertThat(restricted.status()).as(restricted.toString()).isEqualTo(200);
    }

    private static String title(JsonNode complaint) {
        return complaint.path("title").asString();
    }

    /** The complaints' items soonest due first (the earlier complaint first on the same day), each with its clock. */
    private static List<Map<String, String>> ordered(List<JsonNode> complaints, String dueField, String what, LocalDate today) {
        return complaints.stream().sorted(Comparator.comparing((JsonNode c) -> LocalDate.parse(c.path(dueField).asString()))
                .thenComparingLong(c -> c.path("complaintNumber").asLong())).map(c -> item(title(c), clock(c, dueField, what, today))).toList();
    }

    private static String clock(JsonNode complaint, String dueField, String what, LocalDate today) {
        return WorkItem.due("", "", what, LocalDate.parse(complaint.path(dueField).asString()), today).clock();
    }
}
