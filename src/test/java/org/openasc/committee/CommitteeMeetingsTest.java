package org.openasc.committee;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The agenda pack, minutes, actions, the work programme and the meetings calendar of a committee. */
class CommitteeMeetingsTest extends CommitteeFixture {

    @Test
    void thePacksContentsGiveThePageEachReportStartsOnAndThePublicPackLeavesExemptItemsOut() throws Exception {
        Setting s = committeeWithARiskRegister();
        risk(s.author(), s.register(), 4, 4);
        s.author().post("/api/v1/meetings/" + s.meeting() + "/items", Map.of("title", "Apologies for absence", "purpose", "TO_NOTE", "kind", "APOLOGIES"));
        String first = riskReport(s, s.meeting(), "Risk register: strategic", false);
        String exempt = riskReport(s, s.meeting(), "Care home contract award", true);
        String second = riskReport(s, s.meeting(), "Risk register: departmental", false);
        publish(s, first, "Risk register: strategic");
        publish(s, exempt, "Care home contract award");
        Api.Response draft = s.author().get("/api/v1/meetings/" + s.meeting() + "/pack.pdf");
        assertThat(draft.status()).as("a report not yet published stops the pack").isEqualTo(400);
        assertThat(draft.errorFor("pack")).contains("Item 4").contains("Risk register: departmental").contains("draft");
        publish(s, second, "Risk register: departmental");
        s.author().post("/api/v1/committees/" + s.committee() + "/work-programme", Map.of("title", "Care market sustainability",
                "purpose", "FOR_INFORMATION", "leadOfficer", "Head of Commissioning", "requestedBy", "The chair", "meetingId", s.meeting()));
        String before = s.author().post("/api/v1/committees/" + s.committee() + "/meetings", Map.of("startsAt", "2026-06-01T10:00",
                "venue", "Committee Room 2")).json().path("id").asString();
        assertThat(s.author().put("/api/v1/meetings/" + before + "/minutes", Map.of("attendance", List.of("Cllr Chair"), "apologies", List.of()))
                .status()).isEqualTo(200);
        s.author().post("/api/v1/meetings/" + s.meeting() + "/items", Map.of("title", "Minutes of the last meeting", "purpose", "FOR_DECISION",
                "kind", "MINUTES"));

        List<String> pages = pages(s.councillor().document("/api/v1/meetings/" + s.meeting() + "/pack.pdf").bytes());
        assertThat(String.join(" ", pages)).doesNotContain("Care home contract award").contains("Care market sustainability");
        for (String title : List.of("Risk register: strategic", "Risk register: departmental")) {
            int listed = contentsPage(pages.get(1), title);
            assertThat(firstPageAfterContents(pages, title)).as(title + " starts on the page the contents give").isEqualTo(listed);
        }
        assertThat(contentsPage(pages.get(1), "Work programme")).isEqualTo(firstPageAfterContents(pages, "Work programme"));
        assertThat(contentsPage(pages.get(1), "Minutes of the last meeting"))
                .isEqualTo(firstPageAfterContents(pages, "Minutes of the meeting of Monday 1 June 2026 at 10:00"));

        List<String> members = pages(s.councillor().document("/api/v1/meetings/" + s.meeting() + "/pack.pdf?edition=members").bytes());
        assertThat(String.join(" ", members)).contains("Care home contract award").contains("contains exempt information");
        assertThat(contentsPage(members.get(1), "Care home contract award")).isEqualTo(firstPageAfterContents(members, "Care home contract award"));
        assertThat(staffWith(Role.COUNCILLOR).get("/api/v1/meetings/" + s.meeting() + "/pack.pdf?edition=members").status()).isEqualTo(403);
    }

    @Test
    void minutesAreWrittenOnceTheMeetingHasStartedApprovedAtALaterMeetingAndThenLocked() {
        Setting s = committeeWithARiskRegister();
        String later = s.author().post("/api/v1/committees/" + s.committee() + "/meetings", Map.of("startsAt", "2026-09-11T18:00:00+01:00",
                "venue", "Council Chamber")).json().path("id").asString();
        String future = s.author().post("/api/v1/committees/" + s.committee() + "/meetings", Map.of("startsAt", "2099-01-01T10:00",
                "onlineLink", "https://meet.example/scrutiny")).json().path("id").asString();
        s.author().post("/api/v1/meetings/" + s.meeting() + "/items", Map.of("title", "Risk update", "purpose", "TO_NOTE"));
        Map<String, Object> minutes = Map.of("attendance", List.of("Cllr Chair", "Cllr Member"), "apologies", List.of("Cllr Absent"),
                "declarations", List.of(Map.of("member", "Cllr Member", "itemNumber", 1, "interest", "Works for a care provider")),
                "items", List.of(Map.of("number", 1, "summary", "The committee discussed the care market.",
                        "resolutions", List.of("That the report be noted"))));
        assertThat(s.author().put("/api/v1/meetings/" + future + "/minutes", minutes).errorFor("minutes")).contains("has not happened");
        Api.Response written = s.author().put("/api/v1/meetings/" + s.meeting() + "/minutes", minutes);
        assertThat(written.status()).as(written.toString()).isEqualTo(200);
        assertThat(s.author().get("/api/v1/meetings/" + s.meeting()).json().path("status").asString()).isEqualTo("HELD");
        assertThat(s.author().put("/api/v1/meetings/" + s.meeting() + "/minutes", Map.of("items", List.of(Map.of("number", 9, "summary", "x"))))
                .errorFor("items[0].number")).contains("item on this agenda");

        int version = written.json().path("version").asInt();
        assertThat(s.author().post("/api/v1/meetings/" + s.meeting() + "/minutes/approval", Map.of("version", version, "approvedAtMeetingId", future))
                .errorFor("approvedAtMeetingId")).as("that meeting has not started").isNotBlank();
        JsonNode approved = s.author().post("/api/v1/meetings/" + s.meeting() + "/minutes/approval", Map.of("version", version,
                "approvedAtMeetingId", later)).json();
        assertThat(approved.path("approvedOn").asString()).isEqualTo("2026-09-11");
        assertThat(s.author().put("/api/v1/meetings/" + s.meeting() + "/minutes", Map.of("version", approved.path("version").asInt(),
                "items", List.of())).errorFor("minutes")).contains("approved");
        assertThat(s.councillor().get("/api/v1/meetings/" + s.meeting() + "/minutes").json().path("declarations").get(0).path("interest").asString())
                .isEqualTo("Works for a care provider");
        assertThatThrownBy(() -> jdbc.sql("update committee.minutes set items = '[]' where meeting_id = cast(:m as uuid)").param("m", s.meeting()).update())
                .hasMessageContaining("cannot be changed");
    }

    @Test
    void anActionIsDueTenWorkingDaysAfterTheMeetingOverChristmasAndItsAnswerReachesTheMemberWhoAsked() {
        Setting s = committeeWithARiskRegister();
        String meeting = s.author().post("/api/v1/committees/" + s.committee() + "/meetings", Map.of("startsAt", "2025-12-19T10:00",
                "venue", "Committee Room 1")).json().path("id").asString();
        String path = "/api/v1/meetings/" + meeting + "/actions";
        Api.Response noOfficer = s.author().post(path, Map.of("request", "A breakdown of ceased enquiries", "askedBy", s.councillor().username()));
        assertThat(noOfficer.errorFor("officer")).isNotBlank();
        assertThat(s.author().post(path, Map.of("request", "x", "askedBy", s.outsider().username(), "officer", s.author().username()))
                .errorFor("askedBy")).as("not a member of the committee").isNotBlank();
        Api.Response recorded = s.democratic().post(path, Map.of("request", "A breakdown of ceased and inconclusive safeguarding cases",
                "askedBy", s.councillor().username(), "officer", s.author().username()));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        JsonNode action = recorded.json();
        assertThat(action.path("dueOn").asString()).as("by hand: 22-24 Dec, 29-31 Dec, 2 Jan, 5-7 Jan; 25, 26 Dec and 1 Jan are bank holidays")
                .isEqualTo("2026-01-07");
        assertThat(action.path("overdue").asBoolean()).isTrue();
        assertThat(ids(s.author().get("/api/v1/actions?status=overdue").json())).contains(action.path("id").asString());
        assertThat(ids(s.outsider().get("/api/v1/actions?status=open").json())).doesNotContain(action.path("id").asString());

        assertThat(s.councillor().post("/api/v1/actions/" + action.path("id").asString() + "/response", Map.of("version", 0, "response", "x")).status())
                .as("councillors ask; officers answer").isEqualTo(403);
        JsonNode answered = s.author().post("/api/v1/actions/" + action.path("id").asString() + "/response", Map.of("version", action.path("version").asInt(),
                "response", "Of 40 enquiries ceased, 12 were at the person's request.")).json();
        assertThat(answered.path("status").asString()).isEqualTo("ANSWERED");
        JsonNode mine = s.councillor().get("/api/v1/actions?status=mine").json().path("items").get(0);
        assertThat(mine.path("response").asString()).startsWith("Of 40 enquiries ceased");
        assertThat(ids(s.author().get("/api/v1/actions?status=open").json())).doesNotContain(action.path("id").asString());
    }

    @Test
    void theWorkProgrammeKeepsWhyAnItemWasDeferredAndTheCalendarFeedListsTheMeetings() {
        Setting s = committeeWithARiskRegister();
        String path = "/api/v1/committees/" + s.committee() + "/work-programme";
        assertThat(s.author().post(path, Map.of("title", "Day services review", "purpose", "FOR_DECISION", "status", "DEFERRED"))
                .errorFor("deferredReason")).isNotBlank();
        assertThat(s.councillor().post(path, Map.of("title", "Day services review", "purpose", "FOR_DECISION")).status()).isEqualTo(403);
        JsonNode planned = s.author().post(path, Map.of("title", "Day services review", "purpose", "FOR_DECISION", "requestedBy", "Cllr Chair",
                "meetingId", s.meeting())).json();
        JsonNode deferred = s.author().put("/api/v1/work-programme/" + planned.path("id").asString(), Map.of("version", planned.path("version").asInt(),
                "title", "Day services review", "purpose", "FOR_DECISION", "status", "DEFERRED", "deferredReason", "Awaiting the consultation results")).json();
        assertThat(deferred.path("status").asString()).isEqualTo("DEFERRED");
        assertThat(s.councillor().get(path).json().path("items").get(0).path("deferredReason").asString()).isEqualTo("Awaiting the consultation results");

        Api.Document ics = s.councillor().document("/api/v1/committees/" + s.committee() + "/meetings.ics");
        String calendar = new String(ics.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ics.contentType()).startsWith("text/calendar");
        assertThat(calendar).startsWith("BEGIN:VCALENDAR\r\n").contains("UID:meeting-" + s.meeting() + "@openasc\r\n")
                .contains("DTSTART:20260710T170000Z\r\n").contains("LOCATION:Council Chamber\\, Town Hall\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(calendar.split("\r\n")).allMatch(line -> line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75);
    }

    static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(a -> ids.add(a.path("id").asString()));
        return ids;
    }

    /** Each page's text, in page order. */
    static List<String> pages(byte[] pdf) throws Exception {
        List<String> pages = new ArrayList<>();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document));
            }
        }
        return pages;
    }

    /** The page number the agenda gives for a title: the last number on its line. */
    static int contentsPage(String agenda, String title) {
        Matcher m = Pattern.compile(Pattern.quote(title) + ".*?(\\d+)\\s*$", Pattern.MULTILINE).matcher(agenda);
        assertThat(m.find()).as(title + " on the agenda page:\n" + agenda).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** The first page after the cover and agenda whose text holds the title. */
    static int firstPageAfterContents(List<String> pages, String title) {
        for (int p = 2; p < pages.size(); p++) {
            if (pages.get(p).replaceAll("\\s+", " ").contains(title)) {
                return p + 1;
            }
        }
        throw new AssertionError(title + " is on no page");
    }
}
