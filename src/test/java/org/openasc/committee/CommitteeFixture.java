package org.openasc.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.calendar.Today;
import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A committee with a chair, an officer who writes, a director who clears, and a register of risks made for the test, counted by hand. */
abstract class CommitteeFixture extends IntegrationTest {

    @Autowired
    Clock clock;

    record Setting(Api democratic, Api author, Api director, Api councillor, Api outsider, String committee, String meeting, String register) {
    }

    Setting committeeWithARiskRegister() {
        Api democratic = staffWith(Role.DEMOCRATIC_SERVICES);
        Api author = staffWith(Role.PERFORMANCE);
        Api director = staffWith(Role.TEAM_MANAGER);
        Api councillor = staffWith(Role.COUNCILLOR);
        Api outsider = staffWith(Role.PERFORMANCE);
        Api.Response committee = democratic.post("/api/v1/committees", Map.of("name", uniqueName("Adult Social Care and Health Scrutiny "),
                "remit", "Scrutiny of adult social care", "members", List.of(Map.of("username", councillor.username(), "role", "CHAIR"),
                        Map.of("username", author.username(), "role", "OFFICER"), Map.of("username", director.username(), "role", "CLEARING_OFFICER"))));
        assertThat(committee.status()).as(committee.toString()).isEqualTo(201);
        String committeeId = committee.json().path("id").asString();
        Api.Response meeting = author.post("/api/v1/committees/" + committeeId + "/meetings", Map.of("startsAt", "2026-07-10T18:00",
                "venue", "Council Chamber, Town Hall"));
        assertThat(meeting.status()).as(meeting.toString()).isEqualTo(201);
        assertThat(meeting.json().path("startsAt").asString()).as("UK summer time is an hour ahead of UTC").isEqualTo("2026-07-10T17:00:00Z");
        String register = uniqueName("Committee test ");
        assertThat(author.post("/api/v1/risks/registers", Map.of("name", register)).status()).isEqualTo(201);
        return new Setting(democratic, author, director, councillor, outsider, committeeId, meeting.json().path("id").asString(), register);
    }

    String risk(Api manager, String register, int netImpact, int netLikelihood) {
        LocalDate today = Today.on(clock);
        Map<String, Object> body = new HashMap<>();
        body.put("reference", "C" + uniqueName("").substring(0, 7).toUpperCase());
        body.put("register", register);
        body.put("title", "Care market fragility");
        body.put("description", "Homes closing");
        body.put("category", "Market");
        body.put("owners", "Director of Adult Social Care");
        body.put("appetite", "CAUTIOUS");
        body.put("gross", Map.of("impact", 5, "likelihood", 5));
        body.put("net", Map.of("impact", netImpact, "likelihood", netLikelihood));
        body.put("target", Map.of("impact", 2, "likelihood", 2));
        body.put("reviewDueOn", today.plusMonths(3).toString());
        body.put("actions", List.of());
        Api.Response created = manager.post("/api/v1/risks", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("reference").asString();
    }

    String reportItem(Setting s) {
        Api.Response added = s.author().post("/api/v1/meetings/" + s.meeting() + "/items", Map.of("title", "Corporate risk register",
                "purpose", "TO_NOTE", "leadOfficer", "Head of Performance", "exempt", false,
                "report", Map.of("template", "RISK", "register", s.register())));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        JsonNode item = added.json().path("items").valueStream().filter(i -> i.path("title").asString().equals("Corporate risk register"))
                .findFirst().orElseThrow();
        assertThat(item.path("number").asInt()).isEqualTo(1);
        assertThat(item.path("reportStatus").asString()).isEqualTo("DRAFT");
        return item.path("reportId").asString();
    }

    Map<String, Object> words(int version) {
        return Map.of("version", version, "title", "Corporate risk register: quarter 1", "purpose", "To report the very high risks.",
                "recommendations", List.of("Note the very high risks", "Ask for a deep dive into the care market"),
                "background", "The register is reviewed quarterly.", "sections", List.of(Map.of("heading", "Care market", "text", "Two homes closed.")),
                "appendices", List.of());
    }

    /** A risk report on the meeting's agenda as item {@code title}, exempt under paragraph 3 when asked; returns the report's id. */
    String riskReport(Setting s, String meeting, String title, boolean exempt) {
        Map<String, Object> item = new HashMap<>(Map.of("title", title, "purpose", "TO_NOTE", "leadOfficer", "Head of Performance",
                "report", Map.of("template", "RISK", "register", s.register())));
        item.put("exempt", exempt);
        if (exempt) {
            item.put("exemptParagraph", 3);
        }
        Api.Response added = s.author().post("/api/v1/meetings/" + meeting + "/items", item);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.json().path("items").valueStream().filter(i -> i.path("title").asString().equals(title)).findFirst().orElseThrow()
                .path("reportId").asString();
    }

    /** Writes, submits, clears and publishes a report. */
    void publish(Setting s, String report, String title) {
        String path = "/api/v1/reports/" + report;
        Map<String, Object> text = new HashMap<>(words(s.author().get(path).json().path("version").asInt()));
        text.put("title", title);
        int version = s.author().put(path, text).json().path("version").asInt();
        version = s.author().post(path + "/submit", Map.of("version", version)).json().path("version").asInt();
        version = s.director().post(path + "/clear", Map.of("version", version)).json().path("version").asInt();
        Api.Response published = s.author().post(path + "/publish", Map.of("version", version));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
    }

    static Map<String, String> figures(JsonNode report) {
        Map<String, String> figures = new HashMap<>();
        for (JsonNode t : report.path("figures").path("tables")) {
            List<String> columns = new ArrayList<>();
            t.path("columns").forEach(c -> columns.add(c.asString()));
            for (JsonNode r : t.path("rows")) {
                for (int c = 0; c < r.path("cells").size(); c++) {
                    figures.put(t.path("key").asString() + "/" + r.path("key").asString() + "/" + columns.get(c + 1), r.path("cells").get(c).path("text").asString());
                }
            }
        }
        return figures;
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
