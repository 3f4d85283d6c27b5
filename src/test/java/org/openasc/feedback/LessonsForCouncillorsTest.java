package org.openasc.feedback;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a lesson learnt says can name people (issue 17): councillors and democratic services see lessons counted by theme,
 * service area, month and the state of their action, on the lessons page and in the annual report (page, PDF and API), and
 * never a lesson's text, action or owner; customer relations see the register as it is.
 */
class LessonsForCouncillorsTest extends IntegrationTest {

    @Test
    void councillorsSeeLessonsCountedAndNeverWhatTheySay() throws Exception {
        Api officer = staffWith(Role.CUSTOMER_RELATIONS);
        String named = uniqueName("Winifred Ashdown");
        String owner = uniqueName("Ms Ownerly ");
        Map<String, Object> body = new HashMap<>(Map.of("receivedOn", "2010-06-15", "howReceived", "Letter", "complainant", "Mrs " + named,
                "serviceArea", "Adult Social Care", "theme", "Confidentiality", "elements", "Neighbours were told about her care"));
        Api.Response complaint = officer.post("/api/v1/feedback/complaints", body);
        assertThat(complaint.status()).as(complaint.toString()).isEqualTo(201);
        Api.Response lesson = officer.post("/api/v1/feedback/lessons", Map.of("complaintId", complaint.json().path("id").asString(),
                "lesson", "Carers told " + named + "'s neighbours about her care", "action", "Remind the agency of " + named + "'s privacy",
                "owner", owner, "dueOn", "2010-07-30"));
        assertThat(lesson.status()).as(lesson.toString()).isEqualTo(201);
        List<String> text = List.of(named, owner);

        for (Role role : List.of(Role.COUNCILLOR, Role.DEMOCRATIC_SERVICES)) {
            Api reader = staffWith(role);
            Session pages = new Session(port, reader);
            String page = pages.page("/feedback/lessons").body();
            assertThat(page).as(role + " lessons page").contains("By theme").contains("Confidentiality").contains("2010-06")
                    .doesNotContain("Lesson and action");
            text.forEach(t -> assertThat(page).as(role + " lessons page").doesNotContain(t));

            Api.Response report = reader.get("/api/v1/feedback/annual-report?financialYear=2010");
            assertThat(report.status()).isEqualTo(200);
            JsonNode r = report.json();
            assertThat(r.path("lessons")).as(role + ": no lesson's text").isEmpty();
            assertThat(r.path("lessonSummary").path("recorded").asLong()).isPositive();
            assertThat(r.path("lessonSummary").path("overdue").asLong()).isPositive();
            assertThat(values(r.path("lessonSummary").path("byTheme"), "name")).contains("Confidentiality");
            text.forEach(t -> assertThat(report.body()).as(role + " annual report API").doesNotContain(t));

            String reportPage = pages.page("/feedback/annual-report?financialYear=2010").body();
            assertThat(reportPage).contains("learnt recorded from this year");
            text.forEach(t -> assertThat(reportPage).as(role + " annual report page").doesNotContain(t));
            Api.Document pdf = reader.document("/api/v1/feedback/annual-report.pdf?financialYear=2010");
            assertThat(pdf.status()).isEqualTo(200);
            try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.bytes())) {
                String printed = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                assertThat(printed).contains("learnt recorded from this year");
                text.forEach(t -> assertThat(printed).as(role + " annual report PDF").doesNotContain(t));
            }
        }

        assertThat(new Session(port, officer).page("/feedback/lessons").body()).as("customer relations read the register").contains(named).contains(owner);
        JsonNode officers = officer.get("/api/v1/feedback/annual-report?financialYear=2010").json();
        assertThat(values(officers.path("lessons"), "owner")).contains(owner);
    }

    private static List<String> values(JsonNode array, String field) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(n -> values.add(n.path(field).asString()));
        return values;
    }
}
