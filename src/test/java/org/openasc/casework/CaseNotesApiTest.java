package org.openasc.casework;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.People;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Case notes: drafted, finalised, corrected only by addenda, and seen only by those who may see what they are about. */
class CaseNotesApiTest extends IntegrationTest {

    static Map<String, Object> note(String occurredAt, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("occurredAt", occurredAt);
        body.put("type", "VISIT");
        body.put("present", "Mrs Hale and her daughter");
        body.put("text", text);
        body.put("significant", false);
        return body;
    }

    @Test
    void aDraftIsSeenByItsAuthorFinalisedAndThenCorrectedOnlyByAnAddendumThatKeepsTheOriginal() {
        Api author = staffWith(Role.PRACTITIONER);
        Api colleague = staffWith(Role.PRACTITIONER);
        String person = People.create(author, "Hale");
        Api.Response drafted = author.post("/api/v1/people/" + person + "/notes", note("2026-05-22T23:30:00Z", "Visited at home; the stair lift works."));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        JsonNode draft = drafted.json();
        assertThat(draft.path("occurredAt").asString()).as("kept as that moment: 00:30 on 23 May in the UK").isEqualTo("2026-05-22T23:30:00Z");
        assertThat(draft.path("status").asString()).isEqualTo("DRAFT");
        assertThat(colleague.get("/api/v1/people/" + person + "/notes").json().path("items")).as("another worker's draft").isEmpty();
        assertThat(colleague.get("/api/v1/notes/" + draft.path("id").asString()).status()).isEqualTo(404);

        String path = "/api/v1/notes/" + draft.path("id").asString();
        JsonNode changed = author.put(path, Map.of("version", draft.path("version").asInt(), "occurredAt", "2026-05-22T10:15", "type", "VISIT",
                "text", "Visited at home; the stair lift works. She would like a day centre.", "significant", true,
                "significantCategory", "Change in circumstances")).json();
        assertThat(changed.path("occurredAt").asString()).as("UK summer time without an offset").isEqualTo("2026-05-22T09:15:00Z");
        assertThat(author.put(path, Map.of("occurredAt", "2026-05-22T10:15", "type", "VISIT", "text", "x")).errorFor("version")).isNotBlank();
        JsonNode finalised = author.post(path + "/finalise", Map.of("version", changed.path("version").asInt())).json();
        assertThat(finalised.path("status").asString()).isEqualTo("FINAL");
        assertThat(colleague.get("/api/v1/people/" + person + "/notes").json().path("items")).hasSize(1);

        assertThat(author.put(path, Map.of("version", finalised.path("version").asInt(), "occurredAt", "2026-05-22T10:15", "type", "VISIT",
                "text", "Rewritten")).errorFor("status")).contains("addendum");
        assertThat(colleague.post(path + "/addenda", Map.of("text", "She asked for Tuesdays")).errorFor("reason")).isNotBlank();
        Api.Response corrected = colleague.post(path + "/addenda", Map.of("text", "She asked for Tuesdays, not Thursdays", "reason", "Misheard the day"));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(201);
        assertThat(corrected.json().path("text").asString()).isEqualTo("Visited at home; the stair lift works. She would like a day centre.");
        assertThat(corrected.json().path("addenda").get(0).path("reason").asString()).isEqualTo("Misheard the day");
        assertThat(corrected.json().path("addenda").get(0).path("createdBy").asString()).isEqualTo(colleague.username());
        assertThatThrownBy(() -> jdbc.sql("update casework.note set text = 'x' where id = cast(:id as uuid)").param("id", draft.path("id").asString()).update())
                .hasMessageContaining("final");
    }

    @Test
    void badNotesAreRefusedFieldByFieldAndNothingIsKept() {
        Api author = staffWith(Role.PRACTITIONER);
        String person = People.create(author, "Okafor");
        Api.Response bad = author.post("/api/v1/people/" + person + "/notes", Map.of("occurredAt", "2099-01-01T10:00", "type", "GOSSIP", "text", "",
                "significant", true));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFor("occurredAt")).contains("future");
        assertThat(bad.errorFor("type")).isNotBlank();
        assertThat(bad.errorFor("text")).isNotBlank();
        assertThat(bad.errorFor("significantCategory")).isNotBlank();
        assertThat(author.post("/api/v1/people/" + person + "/notes", Map.of("occurredAt", "2026-11-01T10:00", "type", "VISIT", "text", "x",
                "misspelt", true)).errorFor("misspelt")).as("an unknown field is refused, not dropped").contains("no field called misspelt");
        assertThat(author.get("/api/v1/people/" + person + "/notes").json().path("items")).isEmpty();
        assertThat(councillor().get("/api/v1/people/" + person + "/notes").status()).isEqualTo(403);
    }

    @Test
    void aNoteLinkedToASafeguardingConcernIsSeenOnlyByThoseWhoMaySeeTheConcern() {
        Api raiser = staffWith(Role.PRACTITIONER);
        Api colleague = staffWith(Role.PRACTITIONER);
        Api team = staffWith(Role.SAFEGUARDING);
        String person = People.create(raiser, "Marsh");
        String other = People.create(raiser, "Quill");
        Map<String, Object> concern = new HashMap<>(Map.of("personId", person, "receivedAt", "2026-11-27T16:45:00", "source", "Care provider",
                "location", "Her flat", "whatHappened", "Bruising on both arms", "immediateRisk", "Nephew visits daily", "actionTaken", "GP informed"));
        String concernId = raiser.post("/api/v1/safeguarding/concerns", concern).json().path("id").asString();
        Map<String, Object> linked = note("2026-11-28T09:00", "Spoke to her about the bruising; she wants her nephew kept away.");
        linked.put("links", List.of(Map.of("kind", "CONCERN", "id", concernId)));
        linked.put("final", true);
        Api.Response written = raiser.post("/api/v1/people/" + person + "/notes", linked);
        assertThat(written.status()).as(written.toString()).isEqualTo(201);
        assertThat(written.json().path("links").get(0).path("kind").asString()).isEqualTo("CONCERN");
        raiser.post("/api/v1/people/" + person + "/notes", new HashMap<>(Map.of("occurredAt", "2026-11-28T11:00", "type", "PHONE_CALL",
                "text", "Rang the GP surgery.", "final", true)));

        assertThat(raiser.get("/api/v1/people/" + person + "/notes").json().path("items")).hasSize(2);
        assertThat(team.get("/api/v1/people/" + person + "/notes").json().path("items")).hasSize(2);
        JsonNode seenByColleague = colleague.get("/api/v1/people/" + person + "/notes").json().path("items");
        assertThat(seenByColleague).hasSize(1);
        assertThat(seenByColleague.get(0).path("text").asString()).isEqualTo("Rang the GP surgery.");
        String noteId = written.json().path("id").asString();
        assertThat(colleague.get("/api/v1/notes/" + noteId).status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from platform.audit_event where actor = :a and action = 'REFUSED' and subject_id = :id")
                .param("a", colleague.username()).param("id", noteId).query(Integer.class).single()).isEqualTo(1);

        Map<String, Object> wrongPerson = note("2026-11-28T09:00", "Wrong person");
        wrongPerson.put("links", List.of(Map.of("kind", "CONCERN", "id", concernId)));
        assertThat(raiser.post("/api/v1/people/" + other + "/notes", wrongPerson).errorFor("links[0].id")).contains("about this person");
        Map<String, Object> unseen = note("2026-11-28T09:00", "Not mine to link");
        unseen.put("links", List.of(Map.of("kind", "CONCERN", "id", concernId)));
        assertThat(colleague.post("/api/v1/people/" + person + "/notes", unseen).errorFor("links[0].id")).contains("cannot see");
    }

    private Api councillor() {
        return staffWith(Role.COUNCILLOR);
    }
}
