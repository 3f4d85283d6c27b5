package org.openasc.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.safeguarding.SafeguardingApiTest;
import org.openasc.testing.Api;
import org.openasc.testing.CareAndSupport;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.People;
import org.openasc.testing.TestDates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Subject access requests: due one calendar month after receipt (the next working day when that is not one), extended
 * once by up to two months, answered with the hash of the bundle sent; the bundle holds everything about the person, flags
 * each passage that may identify someone else, and lists who has looked at the record.
 */
class SubjectAccessApiTest extends IntegrationTest {

    @Autowired
    SubjectAccessRequests requests;

    @Test
    void theAnswerIsDueACalendarMonthLaterOrTheNextWorkingDay() {
        assertThat(requests.due(LocalDate.of(2026, 9, 3))).as("an ordinary Saturday-free month").isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(requests.due(LocalDate.of(2026, 10, 1))).as("1 November 2026 is a Sunday").isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(requests.due(LocalDate.of(2026, 7, 31))).as("31 August 2026 is the summer bank holiday").isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(requests.due(LocalDate.of(2026, 1, 31))).as("no 31 February: the last day, 28 February, is a Saturday")
                .isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(requests.due(LocalDate.of(2026, 11, 10))).isEqualTo(LocalDate.of(2026, 12, 10));
    }

    @Test
    void aRequestReceivedBeforeTheWorkingDayCalendarBeginsIsRefusedOnItsDateNotAServerError() {
        Api relations = staffWith(Role.CUSTOMER_RELATIONS);
        String person = People.create(staffWith(Role.PRACTITIONER), "Hale");
        String path = "/api/v1/people/" + person + "/subject-access-requests";
        for (String receivedOn : List.of("1967-03-02", "1969-12-31", "0001-01-01")) {
            Api.Response refused = relations.post(path, Map.of("receivedOn", receivedOn, "requestedBy", "Mrs Hale", "onBehalf", false,
                    "identityChecked", true));
            assertThat(refused.status()).as(receivedOn + ": " + refused).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.errorFor("receivedOn")).as(receivedOn).contains("working-day calendar");
        }
        assertThat(relations.get(path).json().path("items")).as("nothing kept").isEmpty();
    }

    @Test
    void aRequestIsRecordedExtendedOnceAndAnsweredWithTheHashOfTheBundleSent() {
        Api relations = staffWith(Role.CUSTOMER_RELATIONS);
        Api practitioner = staffWith(Role.PRACTITIONER);
        String person = People.create(practitioner, "Hale");
        String path = "/api/v1/people/" + person + "/subject-access-requests";
        LocalDate today = TestDates.today();

        Api.Response bad = relations.post(path, Map.of("receivedOn", today.plusDays(1).toString(), "requestedBy", " ", "identityChecked", false));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFor("receivedOn")).contains("future");
        assertThat(bad.errorFor("requestedBy")).isNotBlank();
        assertThat(bad.errorFor("onBehalf")).isNotBlank();
        assertThat(bad.errorFor("identityChecked")).contains("identity");
        assertThat(relations.get(path).json().path("items")).as("nothing kept").isEmpty();
        assertThat(practitioner.post(path, Map.of("receivedOn", today.toString(), "requestedBy", "Mrs Hale", "onBehalf", false,
                "identityChecked", true)).status()).as("practitioners do not answer subject access requests").isEqualTo(403);

        LocalDate received = today.minusDays(40);
        Api.Response recorded = relations.post(path, Map.of("receivedOn", received.toString(), "requestedBy", "Mrs Hale", "onBehalf", false,
                "identityChecked", true));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        JsonNode r = recorded.json();
        assertThat(r.path("dueOn").asString()).isEqualTo(requests.due(received).toString());
        assertThat(r.path("overdue").asBoolean()).as("received 40 days ago").isTrue();
        String id = r.path("id").asString();
        assertThat(relations.get("/api/v1/subject-access-requests").json().path("items")).anySatisfy(o -> assertThat(o.path("id").asString()).isEqualTo(id));

        String extension = "/api/v1/subject-access-requests/" + id + "/extension";
        assertThat(relations.post(extension, Map.of("version", 0, "extendedTo", received.plusMonths(4).toString(), "reason", "Many records"))
                .errorFor("extendedTo")).contains("two further months");
        JsonNode extended = relations.post(extension, Map.of("version", 0, "extendedTo", received.plusMonths(3).toString(), "reason",
                "Records from four teams over ten years")).json();
        assertThat(extended.path("overdue").asBoolean()).isFalse();
        assertThat(relations.post(extension, Map.of("version", 1, "extendedTo", received.plusMonths(3).toString(), "reason", "Again"))
                .errorFor("extendedTo")).contains("once");

        String answer = "/api/v1/subject-access-requests/" + id + "/answer";
        assertThat(relations.post(answer, Map.of("version", 1, "sentOn", today.toString(), "bundleHash", "not a hash")).errorFor("bundleHash"))
                .isNotBlank();
        assertThat(relations.post(answer, Map.of("sentOn", today.toString(), "bundleHash", "a".repeat(64))).errorFor("version")).isNotBlank();
        String hash = relations.get(path + "/" + id + "/bundle.json").json().path("contentHash").asString();
        JsonNode sent = relations.post(answer, Map.of("version", 1, "sentOn", today.toString(), "bundleHash", hash)).json();
        assertThat(sent.path("status").asString()).isEqualTo("SENT");
        assertThat(sent.path("sentBundleHash").asString()).isEqualTo(hash);
        assertThat(relations.post(answer, Map.of("version", 2, "sentOn", today.toString(), "bundleHash", hash)).errorFor("status"))
                .contains("answered");
        assertThat(jdbc.sql("select count(*) from platform.audit_event where subject_type = 'subject-access-request' and subject_id = :id"
                + " and detail like 'Bundle produced, %'").param("id", id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theBundleHoldsEverythingAndFlagsPassagesThatNameSomeoneElse() throws Exception {
        Api relations = staffWith(Role.CUSTOMER_RELATIONS);
        Api practitioner = staffWith(Role.PRACTITIONER);
        String person = People.create(practitioner, "Hale");
        String family = practitioner.get("/api/v1/people/" + person).json().path("familyName").asString();
        String son = People.create(practitioner, "Oswin");
        String sonName = "Oswin " + practitioner.get("/api/v1/people/" + son).json().path("familyName").asString();
        assertThat(practitioner.post("/api/v1/people/" + person + "/relationships", Map.of("relatedPersonId",
                practitioner.get("/api/v1/people/" + son).json().path("personId").asString(), "relationshipType", "Next of kin", "startDate",
                "2020-01-01")).status()).isEqualTo(201);
        LocalDate yesterday = TestDates.today().minusDays(1);
        Map<String, Object> own = CaseNotesApiTest.note(yesterday + "T10:00", "Mrs " + family + " told me she sleeps well now.");
        own.put("final", true);
        Map<String, Object> third = CaseNotesApiTest.note(yesterday + "T11:00", "Visited with " + sonName + "; her daughter rang Mr Patel.");
        third.put("final", true);
        assertThat(practitioner.post("/api/v1/people/" + person + "/notes", own).status()).isEqualTo(201);
        assertThat(practitioner.post("/api/v1/people/" + person + "/notes", third).status()).isEqualTo(201);
        assertThat(practitioner.upload("/api/v1/people/" + person + "/documents", Map.of("title", "Letter from the GP", "kind", "LETTER",
                "datedOn", yesterday.toString()), "gp.pdf", DocumentsApiTest.PDF).status()).isEqualTo(201);

        long team = newTeam("Locality ");
        CareAndSupport.start(staffIn(java.util.Set.of(team), Role.PRACTITIONER), CareAndSupport.service(person, team, "Long term support: Community",
                "Day Support", "CASSR commissioned support", yesterday.toString(), "50.00", "Weekly", null));
        assertThat(practitioner.post("/api/v1/safeguarding/concerns", SafeguardingApiTest.concern(person, yesterday + "T10:00:00")).status())
                .isEqualTo(201);
        assertThat(relations.post("/api/v1/feedback/complaints", ChronologyApiTest.complaint(person, team, yesterday)).status()).isEqualTo(201);

        String id = relations.post("/api/v1/people/" + person + "/subject-access-requests", Map.of("receivedOn", yesterday.toString(),
                "requestedBy", "Mrs " + family, "onBehalf", false, "identityChecked", true)).json().path("id").asString();
        JsonNode bundle = relations.get("/api/v1/people/" + person + "/subject-access-requests/" + id + "/bundle.json").json();
        assertThat(bundle.path("contentHash").asString()).matches("[0-9a-f]{64}");
        List<String> headings = new ArrayList<>();
        bundle.path("sections").forEach(s -> headings.add(s.path("heading").asString()));
        assertThat(headings).as("every module's records").contains("Person record", "Relationships", "Services", "Case notes", "Documents",
                "Safeguarding concerns", "Complaints");
        List<JsonNode> passages = new ArrayList<>();
        bundle.path("sections").forEach(s -> s.path("items").forEach(i -> i.path("passages").forEach(passages::add)));
        JsonNode flagged = passages.stream().filter(p -> p.path("text").asString().startsWith("Visited with")).findFirst().orElseThrow();
        List<String> why = new ArrayList<>();
        flagged.path("reviewForRedaction").forEach(w -> why.add(w.asString()));
        assertThat(why).contains("Names " + sonName, "Names Mr Patel", "Mentions a daughter");
        assertThat(passages).as("what the concern says names her nephew").anySatisfy(p -> assertThat(p.path("reviewForRedaction").toString())
                .contains("Mentions a nephew"));
        JsonNode ownPassage = passages.stream().filter(p -> p.path("text").asString().startsWith("Mrs " + family)).findFirst().orElseThrow();
        assertThat(ownPassage.path("reviewForRedaction")).as("the person's own name is not a third party").isEmpty();
        assertThat(bundle.path("passagesToReview").asInt()).isEqualTo((int) passages.stream().filter(p -> !p.path("reviewForRedaction").isEmpty()).count());
        List<String> log = new ArrayList<>();
        bundle.path("accessLog").forEach(a -> log.add(a.path("by").asString() + " " + a.path("action").asString()));
        assertThat(log).contains(practitioner.username() + " CREATED", relations.username() + " VIEWED");

        assertThat(staffWith(Role.PRACTITIONER).get("/api/v1/people/" + person + "/subject-access-requests/" + id + "/bundle.json").status())
                .isEqualTo(403);
        String other = People.create(practitioner, "Other");
        assertThat(relations.get("/api/v1/people/" + other + "/subject-access-requests/" + id + "/bundle.json").status())
                .as("a request only under its own person").isEqualTo(404);
        Api.Document zip = relations.document("/api/v1/people/" + person + "/subject-access-requests/" + id + "/bundle.zip");
        List<String> entries = new ArrayList<>();
        byte[] letter = null;
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.bytes()))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(e.getName());
                byte[] content = in.readAllBytes();
                if (e.getName().startsWith("documents/")) {
                    letter = content;
                }
            }
        }
        assertThat(entries).hasSize(3).anyMatch(n -> n.endsWith(".pdf") && !n.startsWith("documents/")).anyMatch(n -> n.endsWith(".json"))
                .anyMatch(n -> n.startsWith("documents/") && n.endsWith("-gp.pdf"));
        assertThat(letter).as("the document's own file").isEqualTo(DocumentsApiTest.PDF);
        Api.Document pdf = relations.document("/api/v1/people/" + person + "/subject-access-requests/" + id + "/bundle.pdf");
        assertThat(pdf.contentType()).startsWith("application/pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.bytes())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("Subject access request").contains("Review for redaction: Names " + sonName + "; Names Mr Patel")
                    .contains("Letter from the GP").contains("Printed by " + relations.username());
        }
    }
}
