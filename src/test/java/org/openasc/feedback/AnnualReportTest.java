package org.openasc.feedback;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annual report for 2014-15 against a year of feedback whose tables were worked out by hand. No other
 * test records feedback between April 2012 and March 2015.
 *
 * <pre>
 * C1 10 Apr 2014  Adult Social Care     Quality of Service        upheld 25 Apr (due 6 May: in time)
 * C2 12 May 2014  Care &amp; Support        Lack of Communication     extended to 15 Jul, partially upheld 10 Jul (in time)
 * C3  4 Aug 2014  Adult Social Care     Quality of Service        not upheld 1 Oct (due 26 Aug: late)
 * C4  3 Nov 2014  Commissioning         Financial/Funding         withdrawn 20 Nov
 * C5  2 Feb 2015  Adult Social Care     Staff Attitude            outstanding
 * compliments 1 Jun 2014 Care &amp; Support, 31 Mar 2015 Adult Social Care; comment 30 Sep 2014 Business Support
 * MP 1 Jul 2014 Adult Social Care; councillor 1 Dec 2014 Commissioning; Ombudsman 15 Jan 2015 Adult Social Care
 * FOI 1 Apr 2014 Adult Social Care answered 20 Apr (due 1 May); FOI 1 Oct 2014 Care &amp; Support answered 20 Nov (due 29 Oct), s40
 * 2013-14: one complaint (1 Jun 2013); 2012-13: nothing
 * </pre>
 */
class AnnualReportTest extends IntegrationTest {

    @Test
    void everyTableMatchesTheYearWorkedOutByHand() throws Exception {
        Api officer = staffWith(Role.CUSTOMER_RELATIONS);
        String c1 = complaint(officer, "2014-04-10", "Adult Social Care", "Quality of Service");
        String c2 = complaint(officer, "2014-05-12", "Care & Support", "Lack of Communication");
        String c3 = complaint(officer, "2014-08-04", "Adult Social Care", "Quality of Service");
        String c4 = complaint(officer, "2014-11-03", "Commissioning", "Financial/Funding");
        complaint(officer, "2015-02-02", "Adult Social Care", "Staff Attitude/Treatment of Customer");
        complaint(officer, "2013-06-01", "Adult Social Care", "Other");
        respond(officer, c1, "2014-04-25", "UPHELD");
        JsonNode extended = officer.post("/api/v1/feedback/complaints/" + c2 + "/extend", Map.of("version", 0, "agreedResponseDue", "2014-07-15",
                "reason", "Waiting for the provider's records", "complainantToldOn", "2014-05-30")).json();
        assertThat(extended.path("responseDueInForce").asString()).isEqualTo("2014-07-15");
        respond(officer, c2, "2014-07-10", "PARTIALLY_UPHELD");
        respond(officer, c3, "2014-10-01", "NOT_UPHELD");
        assertThat(officer.post("/api/v1/feedback/complaints/" + c4 + "/withdraw", Map.of("version", 0, "withdrawnOn", "2014-11-20")).status()).isEqualTo(200);
        post(officer, "/compliments", Map.of("receivedOn", "2014-06-01", "serviceArea", "Care & Support", "summary", "Went out of her way", "aboveAndBeyond", true));
        post(officer, "/compliments", Map.of("receivedOn", "2015-03-31", "serviceArea", "Adult Social Care", "summary", "Stayed late", "aboveAndBeyond", true));
        post(officer, "/comments", Map.of("receivedOn", "2014-09-30", "serviceArea", "Business Support & Resources", "summary", "Letters are hard to read"));
        post(officer, "/member-enquiries", Map.of("memberType", "MP", "memberName", "A Member MP", "category", "Request for service",
                "receivedOn", "2014-07-01", "serviceArea", "Adult Social Care", "summary", "Constituent waiting", "respondedOn", "2014-07-07"));
        post(officer, "/member-enquiries", Map.of("memberType", "COUNCILLOR", "memberName", "Cllr Ward", "category", "Background information",
                "receivedOn", "2014-12-01", "serviceArea", "Commissioning", "summary", "Care home closure"));
        post(officer, "/ombudsman-contacts", Map.of("caseReference", "14 001 234", "complaintId", c3, "receivedOn", "2015-01-15",
                "serviceArea", "Adult Social Care", "summary", "Complainant went to the Ombudsman", "outcome", "NOT_UPHELD"));
        post(officer, "/foi-requests", Map.of("receivedOn", "2014-04-01", "serviceArea", "Adult Social Care", "summary", "Care home spend",
                "respondedOn", "2014-04-20"));
        post(officer, "/foi-requests", Map.of("receivedOn", "2014-10-01", "serviceArea", "Care & Support", "summary", "Named staff list",
                "respondedOn", "2014-11-20", "exemptions", List.of("s40 Personal information")));
        assertThat(officer.post("/api/v1/feedback/lessons", Map.of("complaintId", c1, "lesson", "Call-backs were not logged",
                "action", "Log every call-back", "owner", "Team manager", "dueOn", "2014-06-30")).status()).isEqualTo(201);

        JsonNode r = staffWith(Role.COUNCILLOR).get("/api/v1/feedback/annual-report?financialYear=2014").json();
        JsonNode complaints = r.path("tables").path("complaints");
        assertThat(complaints.path("rows")).hasSize(4);
        JsonNode asc = row(complaints, "Adult Social Care");
        assertThat(asc.path("quarters").get(0).toString()).isEqualTo(cell(1, 1, 0, 0, 0, 0, 1));
        assertThat(asc.path("quarters").get(1).toString()).isEqualTo(cell(1, 0, 0, 1, 0, 0, 0));
        assertThat(asc.path("quarters").get(2).toString()).isEqualTo(cell(0, 0, 0, 0, 0, 0, 0));
        assertThat(asc.path("quarters").get(3).toString()).isEqualTo(cell(1, 0, 0, 0, 0, 1, 0));
        assertThat(asc.path("total").toString()).isEqualTo(cell(3, 1, 0, 1, 0, 1, 1));
        assertThat(row(complaints, "Care & Support").path("total").toString()).isEqualTo(cell(1, 0, 1, 0, 0, 0, 1));
        assertThat(row(complaints, "Commissioning").path("quarters").get(2).toString()).isEqualTo(cell(1, 0, 0, 0, 1, 0, 0));
        assertThat(row(complaints, "Business Support & Resources").path("total").toString()).isEqualTo(cell(0, 0, 0, 0, 0, 0, 0));
        assertThat(complaints.path("total").path("total").toString()).isEqualTo(cell(5, 1, 1, 1, 1, 1, 2));

        JsonNode themes = r.path("tables").path("complaintsByTheme");
        assertThat(themes.path("rows")).hasSize(12);
        assertThat(row(themes, "Quality of Service").path("total").toString()).isEqualTo(cell(2, 1, 0, 1, 0, 0, 1));
        assertThat(row(themes, "Staff Attitude/Treatment of Customer").path("quarters").get(3).path("outstanding").asLong()).isEqualTo(1);
        assertThat(row(themes, "Safeguarding").path("total").path("received").asLong()).isZero();

        JsonNode all = r.path("tables").path("allFeedback");
        assertThat(received(row(all, "Adult Social Care"))).containsExactly(1L, 2L, 0L, 3L, 6L);
        assertThat(received(row(all, "Care & Support"))).containsExactly(2L, 0L, 0L, 0L, 2L);
        assertThat(received(row(all, "Business Support & Resources"))).containsExactly(0L, 1L, 0L, 0L, 1L);
        assertThat(received(row(all, "Commissioning"))).containsExactly(0L, 0L, 2L, 0L, 2L);
        assertThat(all.path("total").path("total").path("received").asLong()).isEqualTo(11);
        assertThat(all.path("total").path("total").has("upheld")).isFalse();

        assertThat(total(r, "compliments")).isEqualTo(2);
        assertThat(total(r, "comments")).isEqualTo(1);
        assertThat(total(r, "mpEnquiries")).isEqualTo(1);
        assertThat(total(r, "councillorEnquiries")).isEqualTo(1);
        assertThat(total(r, "ombudsmanContacts")).isEqualTo(1);
        JsonNode foi = r.path("tables").path("foiRequests").path("total").path("total");
        assertThat(foi.toString()).isEqualTo("{\"received\":2,\"withinTimescale\":1,\"exempted\":1}");

        JsonNode ombudsman = r.path("tables").path("ombudsmanOutcomes");
        assertThat(row(ombudsman, "Not upheld").path("quarters").get(3).path("received").asLong()).isEqualTo(1);
        assertThat(ombudsman.path("total").path("total").path("received").asLong()).isEqualTo(1);

        assertThat(r.path("comparison")).hasSize(2);
        assertThat(r.path("comparison").get(0).path("financialYear").asInt()).isEqualTo(2013);
        assertThat(r.path("comparison").get(0).path("totals").path("complaints").path("received").asLong()).isEqualTo(1);
        assertThat(r.path("comparison").get(0).path("totals").path("allFeedback").path("received").asLong()).isEqualTo(1);
        assertThat(r.path("comparison").get(1).path("totals").path("complaints").path("received").asLong()).isZero();
        assertThat(r.path("lessons")).as("a councillor gets lessons counted, never what they say").isEmpty();
        assertThat(r.path("lessonSummary").path("recorded").asLong()).isEqualTo(1);
        assertThat(officer.get("/api/v1/feedback/annual-report?financialYear=2014").json().path("lessons")).hasSize(1);

        Api.Response narrated = officer.put("/api/v1/feedback/annual-report/narrative", Map.of("financialYear", 2014, "section", "complaints",
                "text", "Complaints fell by a third; most were about communication."));
        assertThat(narrated.status()).as(narrated.toString()).isEqualTo(200);
        assertThat(officer.put("/api/v1/feedback/annual-report/narrative", Map.of("financialYear", 2014, "section", "gossip", "text", "x"))
                .errorFor("section")).isNotNull();
        Api.Document pdf = staffWith(Role.COUNCILLOR).document("/api/v1/feedback/annual-report.pdf?financialYear=2014");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        java.nio.file.Path file = java.nio.file.Path.of("target", "documents", "customer-relations-2014.pdf");
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.write(file, pdf.bytes());
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.bytes())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Customer relations annual report").contains("1 April 2014 to 31 March 2015")
                    .contains("Complaints fell by a third").contains("Quality of Service").contains("1 lesson learnt recorded")
                    .as("the lesson's text is not printed for a councillor").doesNotContain("Call-backs were not logged");
            assertThat(document.getDocumentCatalog().getMarkInfo() != null && document.getDocumentCatalog().getMarkInfo().isMarked())
                    .as("a tagged PDF").isTrue();
        }
    }

    private String complaint(Api officer, String on, String area, String theme) {
        Map<String, Object> body = new HashMap<>(Map.of("receivedOn", on, "howReceived", "Letter", "complainant", "Mrs A Example",
                "serviceArea", area, "theme", theme, "elements", "Care workers late; no call-back"));
        Api.Response received = officer.post("/api/v1/feedback/complaints", body);
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        return received.json().path("id").asString();
    }

    private void respond(Api officer, String id, String on, String outcome) {
        int version = officer.get("/api/v1/feedback/complaints/" + id).json().path("version").asInt();
        Api.Response responded = officer.post("/api/v1/feedback/complaints/" + id + "/respond", Map.of("version", version, "respondedOn", on,
                "outcome", outcome, "signedBy", "Director of Adult Services"));
        assertThat(responded.status()).as(responded.toString()).isEqualTo(200);
    }

    private void post(Api officer, String path, Map<String, Object> body) {
        Api.Response made = officer.post("/api/v1/feedback" + path, body);
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
    }

    private static String cell(long received, long upheld, long partially, long notUpheld, long withdrawn, long outstanding, long within) {
        return "{\"received\":" + received + ",\"upheld\":" + upheld + ",\"partiallyUpheld\":" + partially + ",\"notUpheld\":" + notUpheld
                + ",\"withdrawn\":" + withdrawn + ",\"outstanding\":" + outstanding + ",\"withinTimescale\":" + within + "}";
    }

    private static JsonNode row(JsonNode table, String label) {
        for (JsonNode row : table.path("rows")) {
            if (row.path("label").asString().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("No row " + label);
    }

    private static List<Long> received(JsonNode row) {
        List<Long> values = new java.util.ArrayList<>();
        row.path("quarters").forEach(q -> values.add(q.path("received").asLong()));
        values.add(row.path("total").path("received").asLong());
        return values;
    }

    private static long total(JsonNode report, String table) {
        return report.path("tables").path(table).path("total").path("total").path("received").asLong();
    }
}
