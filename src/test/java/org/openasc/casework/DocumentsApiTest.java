package org.openasc.casework;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.People;

import static org.assertj.core.api.Assertions.assertThat;

/** Documents on a person: the type checked from the content, a size limit with a clear message, downloads audited, restrictions followed. */
class DocumentsApiTest extends IntegrationTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    static Map<String, String> details(String title) {
        return Map.of("title", title, "kind", "LETTER", "datedOn", "2026-11-20");
    }

    @Test
    void aLetterIsKeptAndDownloadedAsItWasAndEveryDownloadIsAudited() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        String person = People.create(practitioner, "Nkemelu");
        Api.Response uploaded = practitioner.upload("/api/v1/people/" + person + "/documents", details("Letter from the GP"), "gp-letter.pdf", PDF);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        JsonNode document = uploaded.json();
        assertThat(document.path("mediaType").asString()).isEqualTo("application/pdf");
        assertThat(document.path("sizeBytes").asInt()).isEqualTo(PDF.length);
        assertThat(uploaded.location()).isEqualTo("/api/v1/documents/" + document.path("id").asString());

        Api colleague = staffWith(Role.TEAM_MANAGER);
        assertThat(colleague.get("/api/v1/people/" + person + "/documents").json().path("items")).hasSize(1);
        Api.Document file = colleague.document("/api/v1/documents/" + document.path("id").asString());
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.bytes()).isEqualTo(PDF);
        assertThat(jdbc.sql("select detail from platform.audit_event where actor = :a and subject_type = 'document' and action = 'VIEWED'")
                .param("a", colleague.username()).query(String.class).list()).containsExactly("Downloaded gp-letter.pdf");
        assertThat(staffWith(Role.COUNCILLOR).get("/api/v1/documents/" + document.path("id").asString()).status()).isEqualTo(403);
    }

    @Test
    void aFileWhoseNameSaysOneTypeOverContentOfAnotherOrThatIsTooLargeOrMissingIsRefusedAndNothingKept() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        String person = People.create(practitioner, "Ibsen");
        String path = "/api/v1/people/" + person + "/documents";
        assertThat(practitioner.upload(path, details("Photo of the signed plan"), "plan.pdf", PNG).errorFor("file"))
                .contains("name says PDF but it is PNG");
        assertThat(practitioner.upload(path, details("Script"), "run.exe", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}).errorFor("file"))
                .contains("Only PDF");
        byte[] large = new byte[Documents.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        assertThat(practitioner.upload(path, details("Huge scan"), "scan.pdf", large).errorFor("file")).contains("10 MB");
        Api.Response nothing = practitioner.upload(path, Map.of("kind", "GOSSIP", "datedOn", "2099-01-01"), null, null);
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(List.of("title", "kind", "datedOn", "file")).allSatisfy(field -> assertThat(nothing.errorFor(field)).isNotBlank());
        assertThat(practitioner.get(path).json().path("items")).isEmpty();
    }

    @Test
    void aRestrictedPersonsDocumentsAreForTheStaffNamedOnTheRestriction() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        Api manager = staffWith(Role.TEAM_MANAGER);
        String person = People.create(practitioner, "Lund");
        String id = practitioner.upload("/api/v1/people/" + person + "/documents", details("Consent"), "consent.pdf", PDF).json().path("id").asString();
        Api.Response restricted = manager.put("/api/v1/people/" + person + "/restriction", Map.of("restricted", true, "allowedUsers", List.of(),
                "reason", "A member of staff's relative", "version", 0));
        assertThat(restricted.status()).as(restricted.toString()).isEqualTo(200);
        assertThat(practitioner.get("/api/v1/documents/" + id).status()).isEqualTo(403);
        assertThat(practitioner.get("/api/v1/people/" + person + "/documents").status()).isEqualTo(403);
        assertThat(manager.document("/api/v1/documents/" + id).bytes()).isEqualTo(PDF);
    }
}
