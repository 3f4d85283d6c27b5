package org.openasc.committee;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.calendar.Today;
import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A committee's report, drafted from a template that reads the live record, cleared by someone else
 * and published: from then on it never changes, whatever happens to the record, and the figures that
 * have moved since are listed. Counted by hand on a register of risks made for the test.
 */
class CommitteeReportsTest extends CommitteeFixture {

    @Test
    void aPublishedReportKeepsItsFiguresAndPdfWhateverHappensToTheRecordAndListsWhatWasRevised() throws Exception {
        Setting s = committeeWithARiskRegister();
        String veryHigh = risk(s.author(), s.register(), 4, 4);
        risk(s.author(), s.register(), 2, 3);
        risk(s.author(), s.register(), 2, 3);
        String report = reportItem(s);
        String path = "/api/v1/reports/" + report;

        JsonNode draft = s.author().get(path).json();
        assertThat(draft.path("status").asString()).isEqualTo("DRAFT");
        assertThat(figures(draft)).containsEntry("very-high-risks/" + veryHigh + "/Net", "16")
                .as("by hand: two risks at likelihood 3, impact 2; one at likelihood 4, impact 4")
                .containsEntry("heat-map/likelihood-3/Impact 2 Minor", "2").containsEntry("heat-map/likelihood-4/Impact 4 Major", "1")
                .containsEntry("heat-map/likelihood-5/Impact 5 Catastrophic", "0");
        assertThat(draft.path("figures").path("tables").get(0).path("rows")).hasSize(1);
        assertThat(s.councillor().get(path).status()).as("councillors read published papers only").isEqualTo(403);

        JsonNode written = s.author().put(path, words(draft.path("version").asInt())).json();
        JsonNode submitted = s.author().post(path + "/submit", Map.of("version", written.path("version").asInt())).json();
        assertThat(submitted.path("status").asString()).isEqualTo("SUBMITTED");
        JsonNode cleared = s.director().post(path + "/clear", Map.of("version", submitted.path("version").asInt())).json();
        assertThat(cleared.path("status").asString()).isEqualTo("CLEARED");
        assertThat(cleared.path("clearedBy").asString()).isEqualTo(s.director().username());
        Api.Response published = s.author().post(path + "/publish", Map.of("version", cleared.path("version").asInt()));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        String hash = published.json().path("contentHash").asString();
        assertThat(hash).hasSize(64);
        Api.Document pdf = s.author().document("/api/v1/reports/" + report + ".pdf");
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        String text = pdfText(pdf.bytes());
        assertThat(text).contains("Corporate risk register: quarter 1").contains("Recommendations").contains("Note the very high risks")
                .contains("Ask for a deep dive into the care market").contains(veryHigh).contains("Content hash " + hash);

        String worse = risk(s.author(), s.register(), 5, 5);
        JsonNode after = s.councillor().get(path).json();
        assertThat(after.path("contentHash").asString()).isEqualTo(hash);
        assertThat(figures(after)).as("the paper as published").containsEntry("heat-map/likelihood-5/Impact 5 Catastrophic", "0")
                .doesNotContainKey("very-high-risks/" + worse + "/Net");
        assertThat(s.author().document("/api/v1/reports/" + report + ".pdf").bytes()).isEqualTo(pdf.bytes());
        List<String> revised = new ArrayList<>();
        s.author().get(path + "/revisions").json().path("items").forEach(r -> revised.add(r.path("figure").asString() + " "
                + r.path("published").asString("none") + " -> " + r.path("now").asString()));
        assertThat(revised).contains("heat-map/likelihood-5/Impact 5 Catastrophic 0 -> 1", "very-high-risks/" + worse + "/Net none -> 25")
                .hasSize(7);
        assertThat(s.author().get(path + "/revisions").json().path("items")).anySatisfy(r -> assertThat(r.path("caption").asString())
                .isEqualTo("Risks by net likelihood and impact: 5 Almost certain, Impact 5 Catastrophic"));
        try (org.openasc.testing.Browser officer = new org.openasc.testing.Browser(port)) {
            officer.signIn(s.author().username(), s.author().password());
            officer.open("/reports/" + report + "?revisions");
            assertThat(officer.text()).contains("Risks by net likelihood and impact: 5 Almost certain, Impact 5 Catastrophic 0 1")
                    .doesNotContain("heat-map/likelihood-5");
        }
        assertThatThrownBy(() -> jdbc.sql("update committee.report set title = 'Changed' where id = cast(:id as uuid)").param("id", report).update())
                .hasMessageContaining("cannot be changed");
    }

    @Test
    void aReportIsAWordDocumentWithHeadingStylesAndItsTables() throws Exception {
        Setting s = committeeWithARiskRegister();
        String veryHigh = risk(s.author(), s.register(), 5, 4);
        String report = reportItem(s);
        publish(s, report, "Risk register for Word");
        Api.Document docx = s.councillor().document("/api/v1/reports/" + report + ".docx");
        assertThat(docx.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx.bytes()))) {
            List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).map(p -> p.getText()).toList();
            assertThat(headings).containsExactly("1. Purpose of the report", "2. Recommendations", "3. Background", "4. Care market",
                    "5. Figures from the record");
            assertThat(doc.getParagraphs()).anyMatch(p -> "Title".equals(p.getStyle()) && p.getText().equals("Risk register for Word"));
            assertThat(doc.getParagraphs()).anyMatch(p -> p.getText().equals("2. Ask for a deep dive into the care market"));
            assertThat(doc.getTables()).hasSize(2);
            org.apache.poi.xwpf.usermodel.XWPFTable veryHighRisks = doc.getTables().get(0);
            assertThat(veryHighRisks.getRow(0).isRepeatHeader()).isTrue();
            assertThat(veryHighRisks.getRow(0).getCell(3).getText()).isEqualTo("Net");
            assertThat(veryHighRisks.getRow(1).getCell(0).getText()).startsWith(veryHigh);
            assertThat(veryHighRisks.getRow(1).getCell(3).getText()).isEqualTo("20");
            assertThat(doc.getTables().get(1).getRow(2).getCell(5).getText()).as("heat map: likelihood 4, impact 5").isEqualTo("1");
            assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo("Risk register for Word");
        }
    }

    @Test
    void theWorkflowRefusesWhatCommitteesDoNotAllow() {
        Setting s = committeeWithARiskRegister();
        String report = reportItem(s);
        String path = "/api/v1/reports/" + report;
        int version = s.author().get(path).json().path("version").asInt();
        assertThat(s.author().post(path + "/submit", Map.of("version", version)).errorFor("recommendations"))
                .as("a report without recommendations is not submitted").isNotBlank();
        version = s.author().put(path, words(version)).json().path("version").asInt();
        assertThat(s.author().post(path + "/publish", Map.of("version", version)).errorFor("status")).contains("once cleared");
        assertThat(s.outsider().put(path, words(version)).status()).as("not this committee's officer").isEqualTo(403);
        version = s.author().post(path + "/submit", Map.of("version", version)).json().path("version").asInt();
        assertThat(s.author().post(path + "/clear", Map.of("version", version)).status()).as("the author is not a clearing officer").isEqualTo(403);
        assertThat(s.author().post(path + "/clear", Map.of()).status()).isEqualTo(403);
        JsonNode cleared = s.director().post(path + "/clear", Map.of("version", version)).json();
        JsonNode edited = s.author().put(path, words(cleared.path("version").asInt())).json();
        assertThat(edited.path("status").asString()).as("an edit after clearance sends it back to draft").isEqualTo("DRAFT");
        assertThat(edited.path("clearedBy").isMissingNode()).isTrue();
        assertThat(s.author().put(path, words(cleared.path("version").asInt())).status()).as("a stale version").isEqualTo(409);
        assertThat(s.author().post(path + "/submit", Map.of()).errorFor("version")).isNotBlank();

        Api.Response exempt = s.author().post("/api/v1/meetings/" + s.meeting() + "/items", Map.of("title", "Contract award", "purpose", "FOR_DECISION",
                "exempt", true));
        assertThat(exempt.status()).isEqualTo(400);
        assertThat(exempt.errorFor("exemptParagraph")).contains("Schedule 12A");
        Api.Response badTemplate = s.author().post("/api/v1/meetings/" + s.meeting() + "/items", Map.of("title", "Budget", "purpose", "TO_NOTE",
                "report", Map.of("template", "BUDGET_MONITORING", "financialYear", 1999, "period", 13)));
        assertThat(badTemplate.errorFor("report.financialYear")).isNotBlank();
        assertThat(badTemplate.errorFor("report.period")).isNotBlank();
        assertThat(s.author().post("/api/v1/committees/" + s.committee() + "/meetings", Map.of("startsAt", "next Tuesday")).errorFor("startsAt"))
                .contains("UK time");
    }

    @Test
    void exemptItemsAreShownOnlyToTheCommitteesMembersAndOfficers() {
        Setting s = committeeWithARiskRegister();
        Api.Response added = s.author().post("/api/v1/meetings/" + s.meeting() + "/items", Map.of("title", "Care home contract award",
                "purpose", "FOR_DECISION", "exempt", true, "exemptParagraph", 3));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(s.councillor().get("/api/v1/meetings/" + s.meeting()).json().path("items")).hasSize(1);
        assertThat(s.outsider().get("/api/v1/meetings/" + s.meeting()).json().path("items")).as("not on the committee").isEmpty();
        assertThat(staffWith(Role.COUNCILLOR).get("/api/v1/meetings/" + s.meeting()).json().path("items")).isEmpty();
    }
}
