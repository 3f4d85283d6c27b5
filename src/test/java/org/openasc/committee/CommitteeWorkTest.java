package org.openasc.committee;

import java.time.LocalDate;
import java.time.ZoneId;
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
import org.openasc.testing.TestDates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Committee work lists, counted by hand on a committee, its members, officers and councillor made for the test, so
 * every count is exact (democratic services' overdue actions span every committee, so only theirs is not).
 *
 * <pre>
 * Meetings: 10 July 2026 (the fixture's), 30 days ago, in 7 days, in 35 days.
 * Reports (all by the author):
 *   "Overdue draft"      30 days ago    draft        author's draft, Report 30 days overdue
 *   "Late for clearance" 30 days ago    submitted    director's to clear, Clearance 30 days overdue
 *   "Soon draft"         in 7 days      draft        author's draft
 *   "Soon for clearance" in 7 days      submitted    director's to clear
 *   "Public paper"       in 7 days      published    councillor's paper, second
 *   "Exempt paper"       in 7 days      published (exempt, paragraph 3)   councillor's paper, first (published later)
 *   "Later draft"        in 35 days     draft        author's draft
 * Actions at the meeting 30 days ago, asked by the councillor of the author:
 *   A1 due 16 days ago (open: overdue), A2 due in 5 days (open), A3 answered today.
 * Councillor: 2 coming meetings, 2 papers, 3 requests (A1, A2, A3). Author (officer): 3 drafts, 1 overdue action, nothing
 * to clear. Director (clearing officer): 2 to clear, no drafts, 1 overdue action.
 * </pre>
 */
class CommitteeWorkTest extends CommitteeFixture {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MEETING = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK);

    @Test
    void councillorsAndOfficersHaveTheirCommitteeWork() {
        Setting s = committeeWithARiskRegister();
        risk(s.author(), s.register(), 4, 4);
        LocalDate today = TestDates.today();
        String past = meeting(s, today.minusDays(30));
        String soon = meeting(s, today.plusDays(7));
        String later = meeting(s, today.plusDays(35));
        riskReport(s, past, "Overdue draft", false);
        submit(s, riskReport(s, past, "Late for clearance", false), "Late for clearance");
        riskReport(s, soon, "Soon draft", false);
        submit(s, riskReport(s, soon, "Soon for clearance", false), "Soon for clearance");
        publish(s, riskReport(s, soon, "Public paper", false), "Public paper");
        publish(s, riskReport(s, soon, "Exempt paper", true), "Exempt paper");
        riskReport(s, later, "Later draft", false);
        JsonNode a1 = action(s, past, "How many homes closed this year", today.minusDays(16));
        JsonNode a2 = action(s, past, "What is the waiting list for home care", today.plusDays(5));
        JsonNode a3 = action(s, past, "How many carers had an assessment", null);
        Api.Response answered = s.author().post("/api/v1/actions/" + a3.path("id").asString() + "/response",
                Map.of("version", a3.path("version").asInt(), "response", "Two homes closed; both residents moved with their families' agreement."));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);

        Api.Response councillorWork = s.councillor().get("/api/v1/my-work");
        assertThat(councillorWork.status()).as(councillorWork.toString()).isEqualTo(200);
        assertThat(keys(s.councillor())).containsExactly("committee.coming-meetings", "committee.papers", "committee.your-requests");
        assertThat(councillorWork.body()).as("a councillor never sees a person's name")
                .doesNotContain("Test " + s.author().username()).doesNotContain("Test " + s.director().username());

        JsonNode meetings = list(s.councillor(), "committee.coming-meetings");
        assertThat(meetings.path("heading").asString()).isEqualTo("Coming meetings of your committees");
        assertThat(meetings.path("count").asLong()).isEqualTo(2);
        assertThat(meetings.path("href").asString()).isEqualTo("/committees");
        String committee = s.councillor().get("/api/v1/committees/" + s.committee()).json().path("name").asString();
        item(meetings.path("items").get(0), committee + ", " + MEETING.format(today.plusDays(7).atTime(18, 0)), "/meetings/" + soon,
                due("Meeting", today.plusDays(7)), today.plusDays(7), false);
        item(meetings.path("items").get(1), committee + ", " + MEETING.format(today.plusDays(35).atTime(18, 0)), "/meetings/" + later,
                due("Meeting", today.plusDays(35)), today.plusDays(35), false);

        JsonNode papers = list(s.councillor(), "committee.papers");
        assertThat(papers.path("heading").asString()).isEqualTo("Committee papers published to your committees");
        assertThat(papers.path("count").asLong()).as("the exempt paper too, for a member").isEqualTo(2);
        assertThat(papers.path("items").get(0).path("title").asString()).isEqualTo("Exempt paper");
        assertThat(papers.path("items").get(0).path("clock").asString()).isEqualTo("Published today");
        assertThat(papers.path("items").get(0).path("dueOn").isNull() || papers.path("items").get(0).path("dueOn").isMissingNode())
                .as("a paper has no due date").isTrue();
        assertThat(papers.path("items").get(1).path("title").asString()).isEqualTo("Public paper");

        JsonNode requests = list(s.councillor(), "committee.your-requests");
        assertThat(requests.path("heading").asString()).isEqualTo("Your requests to officers");
        assertThat(requests.path("count").asLong()).isEqualTo(3);
        item(requests.path("items").get(0), "Action " + a1.path("number").asLong() + ": How many homes closed this year", "/meetings/" + past,
                "Answer 16 days overdue", today.minusDays(16), true);
        item(requests.path("items").get(1), "Action " + a2.path("number").asLong() + ": What is the waiting list for home care", "/meetings/" + past,
                due("Answer", today.plusDays(5)), today.plusDays(5), false);
        item(requests.path("items").get(2), "Action " + a3.path("number").asLong() + ": How many carers had an assessment. Answer: Two homes closed; "
                + "both residents moved with their families' agreement.", "/meetings/" + past, "Answered today", null, false);

        assertThat(keys(s.author())).containsExactly("committee.draft-reports", "committee.overdue-actions");
        JsonNode drafts = list(s.author(), "committee.draft-reports");
        assertThat(drafts.path("heading").asString()).isEqualTo("Your draft reports");
        assertThat(drafts.path("count").asLong()).isEqualTo(3);
        assertThat(drafts.path("items").valueStream().map(i -> i.path("title").asString()))
                .containsExactly("Overdue draft, " + committee, "Soon draft, " + committee, "Later draft, " + committee);
        assertThat(drafts.path("items").get(0).path("clock").asString()).isEqualTo("Report 30 days overdue");
        assertThat(drafts.path("items").get(1).path("clock").asString()).isEqualTo(due("Report", today.plusDays(7)));
        assertThat(drafts.path("items").get(0).path("href").asString()).startsWith("/reports/");
        JsonNode overdue = list(s.author(), "committee.overdue-actions");
        assertThat(overdue.path("heading").asString()).isEqualTo("Overdue actions for you or your committees");
        assertThat(overdue.path("count").asLong()).isEqualTo(1);
        item(overdue.path("items").get(0), "Action " + a1.path("number").asLong() + ": How many homes closed this year (" + committee + ")",
                "/meetings/" + past, "Answer 16 days overdue", today.minusDays(16), true);

        assertThat(keys(s.director())).containsExactly("committee.reports-to-clear", "committee.draft-reports", "committee.overdue-actions");
        JsonNode toClear = list(s.director(), "committee.reports-to-clear");
        assertThat(toClear.path("heading").asString()).isEqualTo("Reports awaiting your clearance");
        assertThat(toClear.path("count").asLong()).isEqualTo(2);
        assertThat(toClear.path("items").valueStream().map(i -> i.path("title").asString()))
                .containsExactly("Late for clearance, " + committee, "Soon for clearance, " + committee);
        assertThat(toClear.path("items").get(0).path("clock").asString()).isEqualTo("Clearance 30 days overdue");
        assertThat(toClear.path("items").get(1).path("clock").asString()).isEqualTo(due("Clearance", today.plusDays(7)));
        assertThat(list(s.director(), "committee.draft-reports").path("count").asLong()).isZero();
        assertThat(list(s.director(), "committee.overdue-actions").path("count").asLong()).isEqualTo(1);

        JsonNode everyCommittee = list(s.democratic(), "committee.overdue-actions");
        assertThat(everyCommittee.path("heading").asString()).isEqualTo("Overdue committee actions");
        assertThat(everyCommittee.path("count").asLong()).as("every committee's").isGreaterThanOrEqualTo(1);
        assertThat(list(s.democratic(), "committee.draft-reports").path("count").asLong()).isZero();
        assertThat(keys(s.democratic())).doesNotContain("committee.reports-to-clear");
    }

    @Test
    void staffWithNoCommitteeWorkHaveNoCommitteeLists() {
        assertThat(keys(staffWith(Role.COUNCILLOR))).as("a councillor on no committee").noneMatch(k -> k.startsWith("committee."));
        assertThat(keys(staffWith(Role.PRACTITIONER))).as("no committee and no action to answer").noneMatch(k -> k.startsWith("committee."));
    }

    private String meeting(Setting s, LocalDate day) {
        Api.Response meeting = s.author().post("/api/v1/committees/" + s.committee() + "/meetings", Map.of("startsAt", day + "T18:00",
                "venue", "Council Chamber, Town Hall"));
        assertThat(meeting.status()).as(meeting.toString()).isEqualTo(201);
        assertThat(meeting.json().path("startsAt").asString()).isEqualTo(day.atTime(18, 0).atZone(ZoneId.of("Europe/London")).toInstant().toString());
        return meeting.json().path("id").asString();
    }

    private void submit(Setting s, String report, String title) {
        String path = "/api/v1/reports/" + report;
        Map<String, Object> text = new HashMap<>(words(s.author().get(path).json().path("version").asInt()));
        text.put("title", title);
        int version = s.author().put(path, text).json().path("version").asInt();
        Api.Response submitted = s.author().post(path + "/submit", Map.of("version", version));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    }

    private JsonNode action(Setting s, String meeting, String request, LocalDate dueOn) {
        Map<String, Object> body = new HashMap<>(Map.of("request", request, "askedBy", s.councillor().username(), "officer", s.author().username()));
        if (dueOn != null) {
            body.put("dueOn", dueOn.toString());
        }
        Api.Response recorded = s.author().post("/api/v1/meetings/" + meeting + "/actions", body);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        return recorded.json();
    }

    private static String due(String what, LocalDate dueOn) {
        long days = ChronoUnit.DAYS.between(TestDates.today(), dueOn);
        return days == 0 ? what + " due today" : days == 1 ? what + " due tomorrow" : what + " due " + DAY.format(dueOn);
    }

    private static void item(JsonNode item, String title, String href, String clock, LocalDate dueOn, boolean overdue) {
        assertThat(item.path("title").asString()).isEqualTo(title);
        assertThat(item.path("href").asString()).isEqualTo(href);
        assertThat(item.path("clock").asString()).isEqualTo(clock);
        if (dueOn == null) {
            assertThat(item.path("dueOn").isNull() || item.path("dueOn").isMissingNode()).as("no due date").isTrue();
        } else {
            assertThat(item.path("dueOn").asString()).isEqualTo(dueOn.toString());
        }
        assertThat(item.path("overdue").asBoolean()).isEqualTo(overdue);
    }

    private static JsonNode list(Api who, String key) {
        Api.Response work = who.get("/api/v1/my-work");
        assertThat(work.status()).as(work.toString()).isEqualTo(200);
        return work.json().path("items").valueStream().filter(l -> l.path("key").asString().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("No list " + key + " in " + work));
    }

    private static List<String> keys(Api who) {
        Api.Response work = who.get("/api/v1/my-work");
        assertThat(work.status()).as(work.toString()).isEqualTo(200);
        return work.json().path("items").valueStream().map(l -> l.path("key").asString()).filter(k -> k.startsWith("committee.")).toList();
    }
}
