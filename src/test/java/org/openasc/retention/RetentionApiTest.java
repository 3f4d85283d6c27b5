package org.openasc.retention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.CareAndSupport;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.People;
import org.openasc.testing.TestDates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention, 8 years after the last service, other activity or death. Counted by hand:
 *
 * <pre>
 * person   died            other activity                       past retention?   disposal
 * Ada      9 years ago     a case note 9 years and 1 month ago   yes (death)       anonymised: name, note text gone; coded facts kept
 * Ben      9 years ago     a concern in May 2012, never screened no: still open    refused, naming the concern
 * Cas      -               record opened today                   no                refused: kept until 8 years from today
 * Dot      9 years ago     -                                     yes               deleted: the person and their notes are gone,
 *                                                                                     with what the death ended in each module
 * Eve      -               a service from 5 April 2004 to        yes (last service: opening her record today is not activity)
 *                          30 September 2005
 * </pre>
 * Ada and Dot each have a row in every module's ended_at_death (what a death ended, ADR 29): anonymising keeps Ada's,
 * deleting takes Dot's. Ben's concern is received in 2012, a year no other test records safeguarding in, so no hand-counted safeguarding figure moves.
 */
class RetentionApiTest extends IntegrationTest {

    @Test
    void recordsPastRetentionAreListedByReferenceAndAnonymisedOrDeletedWithAReason() {
        Api admin = staffWith(Role.ADMIN);
        Api practitioner = staffWith(Role.PRACTITIONER);
        LocalDate today = TestDates.today();
        LocalDate died = today.minusYears(9);
        String ada = People.create(practitioner, "Ada");
        String ben = People.create(practitioner, "Ben");
        String cas = People.create(practitioner, "Cas");
        String dot = People.create(practitioner, "Dot");
        for (String person : List.of(ada, ben, dot)) {
            jdbc.sql("update people.person set date_of_death = :d where id = cast(:id as uuid)").param("d", died).param("id", person).update();
        }
        long team = newTeam("Locality ");
        Api worker = staffIn(java.util.Set.of(team), Role.PRACTITIONER);
        String eve = People.create(worker, "Eve");
        CareAndSupport.end(worker, CareAndSupport.start(worker, CareAndSupport.service(eve, team, "Long term support: Community", "Day Support",
                "CASSR commissioned support", "2004-04-05", "50.00", "Weekly", null)), "2005-09-30");
        Map<String, Object> note = new java.util.HashMap<>(Map.of("occurredAt", died.minusMonths(1) + "T10:00", "type", "VISIT",
                "text", "Mrs Ada told me about her son Tom.", "final", true));
        for (String person : List.of(ada, dot)) {
            Api.Response written = practitioner.post("/api/v1/people/" + person + "/notes", note);
            assertThat(written.status()).as(written.toString()).isEqualTo(201);
        }
        Map<String, Object> concern = org.openasc.safeguarding.SafeguardingApiTest.concern(ben, "2012-05-10T09:00:00");
        Api.Response raised = practitioner.post("/api/v1/safeguarding/concerns", concern);
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        for (String person : List.of(ada, dot)) {
            endedAtDeath(person, died);
        }

        assertThat(practitioner.get("/api/v1/retention/due").status()).as("administrators only").isEqualTo(403);
        List<String> due = dueIds(admin);
        assertThat(due).contains(ada, dot, eve).doesNotContain(ben, cas);
        assertThat(dueItem(admin, eve).path("lastActivity").asString()).as("the end of her last service").isEqualTo("2005-09-30");
        JsonNode adaDue = dueItem(admin, ada);
        assertThat(adaDue.path("lastActivity").asString()).isEqualTo(died.toString());
        assertThat(adaDue.path("retainUntil").asString()).isEqualTo(died.plusYears(8).toString());
        assertThat(adaDue.path("personReference").asString()).isNotBlank();
        assertThat(adaDue.toString()).as("reviewed by reference, not by name").doesNotContain("Ada");

        String dispose = "/api/v1/retention/person/%s/dispose";
        Api.Response bad = admin.post(dispose.formatted(ada), Map.of("action", "SHRED", "reason", " "));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFor("action")).isNotBlank();
        assertThat(bad.errorFor("reason")).isNotBlank();
        assertThat(admin.post(dispose.formatted(ben), Map.of("action", "DELETE", "reason", "Past retention")).errorFor("record"))
                .contains("afeguarding");
        assertThat(admin.post(dispose.formatted(cas), Map.of("action", "DELETE", "reason", "Past retention")).errorFor("record"))
                .contains("kept until " + today.plusYears(8));
        assertThat(practitioner.post(dispose.formatted(ada), Map.of("action", "ANONYMISE", "reason", "Past retention")).status()).isEqualTo(403);

        Api.Response anonymised = admin.post(dispose.formatted(ada), Map.of("action", "ANONYMISE", "reason", "Reviewed by the records manager"));
        assertThat(anonymised.status()).as(anonymised.toString()).isEqualTo(200);
        JsonNode person = practitioner.get("/api/v1/people/" + ada).json();
        assertThat(person.toString()).doesNotContain("Ada").contains("1941");
        assertThat(practitioner.get("/api/v1/people/" + ada + "/notes").body()).doesNotContain("Tom");
        assertThat(endedAtDeathRows(ada)).as("anonymising keeps what the death ended: dates and codes").isEqualTo(ENDED_AT_DEATH.size());
        assertThat(dueIds(admin)).doesNotContain(ada);
        assertThat(admin.post(dispose.formatted(ada), Map.of("action", "DELETE", "reason", "Again")).errorFor("record")).contains("Already");

        assertThat(admin.post(dispose.formatted(dot), Map.of("action", "DELETE", "reason", "Past retention, no further use")).status()).isEqualTo(200);
        assertThat(practitioner.get("/api/v1/people/" + dot).status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from casework.note where person_id = cast(:id as uuid)").param("id", dot).query(Long.class).single())
                .isZero();
        assertThat(endedAtDeathRows(dot)).as("what the death ended goes with the records").isZero();
        assertThat(jdbc.sql("select detail from platform.audit_event where action = 'CHANGED' and subject_type = 'person' and subject_id = :id")
                .param("id", dot).query(String.class).list()).anyMatch(d -> d.startsWith("Deleted after retention") && d.endsWith("no further use"));
        assertThat(jdbc.sql("select count(*) from platform.audit_event where action = 'REFUSED' and subject_id = :id").param("id", cas)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theRuleIsChangedOnlyToASensibleNumberOfYearsAndNeverOverSomeoneElsesChange() {
        Api admin = staffWith(Role.ADMIN);
        JsonNode rule = admin.get("/api/v1/retention/rules").json().path("items").get(0);
        assertThat(rule.path("kind").asString()).isEqualTo("person");
        assertThat(rule.path("years").asInt()).isEqualTo(8);
        int version = rule.path("version").asInt();
        assertThat(admin.put("/api/v1/retention/rules/person", Map.of("version", version, "years", 0)).errorFor("years")).isNotBlank();
        assertThat(admin.put("/api/v1/retention/rules/person", Map.of("version", version + 5, "years", 10)).status()).isEqualTo(409);
        assertThat(admin.put("/api/v1/retention/rules/person", Map.of("version", version, "years", 10)).json().path("years").asInt()).isEqualTo(10);
        assertThat(admin.put("/api/v1/retention/rules/person", Map.of("version", version + 1, "years", 8)).status()).isEqualTo(200);
        assertThat(staffWith(Role.PRACTITIONER).put("/api/v1/retention/rules/person", Map.of("version", version + 2, "years", 1)).status())
                .isEqualTo(403);
    }

    /** Each module keeping what a death ended, with a kind of record its table allows. */
    private static final Map<String, String> ENDED_AT_DEATH = Map.of("frontdoor", "SUPPORT_REQUEST", "support", "DISCHARGE",
            "assessment", "ASSESSMENT", "liberty", "CEASED");

    /** A row in each module's ended_at_death, as a death listener notes it; the record itself need not exist for retention. */
    private void endedAtDeath(String person, LocalDate died) {
        ENDED_AT_DEATH.forEach((schema, kind) -> jdbc.sql("insert into " + schema + ".ended_at_death (record_kind, record_id, person_id, died_on,"
                        + " ended_on) values (:kind, gen_random_uuid(), cast(:person as uuid), :died, :died)")
                .param("kind", kind).param("person", person).param("died", died).update());
    }

    private long endedAtDeathRows(String person) {
        return ENDED_AT_DEATH.keySet().stream().mapToLong(schema -> jdbc.sql("select count(*) from " + schema + ".ended_at_death"
                + " where person_id = cast(:person as uuid)").param("person", person).query(Long.class).single()).sum();
    }

    private static List<String> dueIds(Api admin) {
        List<String> ids = new ArrayList<>();
        for (int page = 1; page <= 50; page++) {
            JsonNode due = admin.get("/api/v1/retention/due?size=100&page=" + page).json();
            due.path("items").forEach(i -> ids.add(i.path("personId").asString()));
            if (due.path("items").size() < 100) {
                break;
            }
        }
        return ids;
    }

    private static JsonNode dueItem(Api admin, String person) {
        for (int page = 1; page <= 50; page++) {
            for (JsonNode item : admin.get("/api/v1/retention/due?size=100&page=" + page).json().path("items")) {
                if (item.path("personId").asString().equals(person)) {
                    return item;
                }
            }
        }
        throw new AssertionError("Not due: " + person);
    }
}
