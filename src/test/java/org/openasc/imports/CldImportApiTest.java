package org.openasc.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.csv.CsvFiles;
import org.openasc.platform.security.Role;
import org.openasc.returns.domain.CldFields;
import org.openasc.testing.Api;
import org.openasc.testing.CldRecords;
import org.openasc.testing.CareAndSupport;
import org.openasc.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Client Level Data file brought in: OpenASC's own file, with every identifier moved to ones nobody holds (as if it came
 * from another council's OpenASC), goes in and comes out again row for row; the same file twice changes nothing; a file
 * with any bad row is refused whole with each row's reason. The test's events are in 1995, a year no other test uses; every service it makes has ended, so no later year counts it.
 */
class CldImportApiTest extends IntegrationTest {

    static final String QUARTER = "1995-12-31";

    @Test
    void aFileGoesInAndComesOutTheSameAndTheSameFileTwiceChangesNothing() {
        long team = newTeam("Import ");
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        Api performance = staffWith(Role.PERFORMANCE);
        JsonNode ann = CldRecords.person(practitioner, "Ann", "1931-05-01", CldRecords.newNhsNumber(),
                "Physical support: Personal care support", "Yes");
        JsonNode carol = CldRecords.person(practitioner, "Carol", "1952-07-12", CldRecords.newNhsNumber(),
                "Social support: Support to unpaid carer", "No");
        String annId = ann.path("id").asString();
        expect(practitioner.post("/api/v1/people/" + carol.path("id").asString() + "/relationships", Map.of("relatedPersonId",
                ann.path("personId").asString(), "relationshipType", "Unpaid carer of", "startDate", "1994-01-01")), 201);
        JsonNode request = expect(practitioner.post("/api/v1/requests", Map.of("personId", annId, "clientType", "Service user",
                "routeOfAccess", "Discharge from hospital", "receivedOn", "1995-02-03", "summary", "Home from hospital")), 201);
        expect(practitioner.post("/api/v1/requests/" + request.path("id").asString() + "/close", Map.of("outcome",
                "Progress to assessment, review or reassessment", "closedOn", "1995-02-20", "version", request.path("version").asInt())), 200);
        CldRecords.assessment(practitioner, annId, "1995-02-21", "1995-03-10", "Progress to support planning or services");
        JsonNode service = CareAndSupport.start(practitioner, CareAndSupport.service(annId, team, "Long term support: Community", "Home Support",
                "CASSR managed personal budget", "1995-04-01", "12.00", "Hourly", "10"));
        expect(practitioner.post("/api/v1/services/" + service.path("id").asString() + "/changes", Map.of("version", service.path("version").asInt(),
                "effectiveFrom", "1995-09-01", "unitCost", "12.50", "costFrequency", "Hourly", "plannedUnitsPerWeek", "14", "reason", "More help")), 201);
        JsonNode changed = practitioner.get("/api/v1/services/" + service.path("id").asString()).json();
        expect(practitioner.post("/api/v1/services/" + service.path("id").asString() + "/end", Map.of("version", changed.path("version").asInt(),
                "endDate", "1995-12-15", "outcome", "NFA: Support ended as planned")), 200);
        expect(practitioner.post("/api/v1/reviews", new HashMap<>(Map.of("personId", annId, "reason", "Planned", "method", "Service User Only",
                "reviewedOn", "1995-11-10", "outcomesAchieved", "Partially achieved", "outcome", "Continuation of support or services"))), 201);

        String exported = performance.get("/api/v1/returns/cld?quarterEnd=" + QUARTER).body();
        List<Map<String, String>> original = rowsOf(exported, Set.of(ann.path("personId").asString(), carol.path("personId").asString()));
        // A request, an assessment, two rows of one service (a price change), a review, and Carol known by association.
        assertThat(original).hasSize(6);
        // As if from another council: new NHS numbers, and council person IDs and event numbers that nobody here holds.
        Map<String, String> moved = new HashMap<>();
        long people = jdbc.sql("select max(person_number) from people.person").query(Long.class).single() + 1000;
        Map<Character, Long> offsets = Map.of('R', max("frontdoor.support_request", "request_number"), 'A', max("assessment.assessment",
                "assessment_number"), 'S', max("support.service", "service_number"), 'V', max("support.review", "review_number"));
        for (Map<String, String> row : original) {
            moved.computeIfAbsent(row.get(CldFields.NHS_NUMBER), k -> CldRecords.newNhsNumber());
            moved.computeIfAbsent(row.get(CldFields.PERSON_ID), k -> String.valueOf(people + moved.size()));
        }
        List<Map<String, String>> theirs = original.stream().map(r -> move(r, moved, offsets)).toList();
        String file = write(theirs);

        Api.Response dryRun = performance.raw("POST", "/api/v1/imports/cld?dryRun=true&teamId=" + team, "text/csv", file);
        assertThat(dryRun.status()).as(dryRun.toString()).isEqualTo(200);
        assertThat(dryRun.json().path("created").path("people").asInt()).isEqualTo(2);
        assertThat(rowsOf(performance.get("/api/v1/returns/cld?quarterEnd=" + QUARTER).body(), Set.of(moved.get(ann.path("personId").asString()))))
                .isEmpty();

        Api.Response imported = performance.raw("POST", "/api/v1/imports/cld?teamId=" + team, "text/csv", file);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        // Ann and Carol; a request, an assessment, one service from two rows, a review.
        assertThat(imported.json().path("accepted").asInt()).isEqualTo(6);
        assertThat(imported.json().path("created").toString()).isEqualTo("{\"people\":2,\"requests\":1,\"assessments\":1,\"services\":1,\"reviews\":1}");
        List<Map<String, String>> again = rowsOf(performance.get("/api/v1/returns/cld?quarterEnd=" + QUARTER).body(),
                Set.of(moved.get(ann.path("personId").asString()), moved.get(carol.path("personId").asString())));
        assertThat(again).containsExactlyElementsOf(theirs);

        Api.Response twice = performance.upload("/api/v1/imports/cld?teamId=" + team, Map.of(), "cld.csv", file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(twice.status()).as(twice.toString()).isEqualTo(200);
        assertThat(twice.json().path("created").toString()).isEqualTo("{\"people\":0,\"requests\":0,\"assessments\":0,\"services\":0,\"reviews\":0}");
        assertThat(twice.json().path("updated").toString()).isEqualTo("{\"people\":0,\"requests\":0,\"assessments\":0,\"services\":0,\"reviews\":0}");
    }

    @Test
    void aFileWithBadRowsIsRefusedWholeWithEachRowsReason() {
        long team = newTeam("Import ");
        Api admin = staffWith(Role.ADMIN);
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        JsonNode held = CldRecords.person(practitioner, "Hal", "1940-01-01", CldRecords.newNhsNumber(),
                "Physical support: Personal care support", "No");
        String heldNhs = jdbc.sql("select nhs_number from people.person where id = cast(:id as uuid)").param("id", held.path("id").asString())
                .query(String.class).single();
        long fresh = 980_000_000L + ThreadLocalRandom.current().nextLong(9_000_000L);
        Map<String, String> good = row(fresh, CldRecords.newNhsNumber());
        List<Map<String, String>> rows = List.of(good,
                with(row(fresh + 1, CldRecords.newNhsNumber()), CldFields.SERVICE_TYPE, "Long Term Support: Community"),
                with(with(row(fresh + 2, CldRecords.newNhsNumber()), CldFields.EVENT_END, "01/03/1995"), CldFields.EVENT_OUTCOME,
                        "NFA: Support ended as planned"),
                with(with(with(row(fresh + 3, CldRecords.newNhsNumber()), CldFields.DATE_OF_DEATH, "01/02/1995"), CldFields.EVENT_END,
                        "01/06/1995"), CldFields.EVENT_OUTCOME, "NFA: Deceased"),
                with(row(fresh + 4, CldRecords.newNhsNumber()), CldFields.DATE_OF_BIRTH, "01/01/1990"),
                with(row(fresh + 5, "1234567890"), CldFields.NHS_NUMBER, "1234567890"),
                with(row(fresh + 6, CldRecords.newNhsNumber()), CldFields.UNIT_COST, null),
                row(fresh + 7, heldNhs),
                row(1_234_567_890L, CldRecords.newNhsNumber()));
        long before = jdbc.sql("select count(*) from people.person").query(Long.class).single();
        Api.Response refused = admin.raw("POST", "/api/v1/imports/cld?teamId=" + team, "text/csv", write(rows));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        List<String> reasons = new ArrayList<>();
        refused.json().path("refused").forEach(r -> reasons.add(r.path("row").asInt() + " " + r.path("field").asString()));
        // Line 2 is good; each other line fails its rule: line 5 died before its service started and its end is after death;
        // line 9's NHS number is held for another council person ID; line 10's ID has 10 digits, which reads as an NHS number.
        assertThat(reasons).containsExactlyInAnyOrder("3 Service Type", "4 Event End Date", "5 Event Start Date", "6 Date of Birth", "7 NHS Number",
                "8 Unit Cost", "9 LA Person Unique Identifier", "10 LA Person Unique Identifier");
        assertThat(jdbc.sql("select count(*) from people.person").query(Long.class).single()).isEqualTo(before);

        Api.Response header = admin.raw("POST", "/api/v1/imports/cld", "text/csv", "NHS Number,Gender\n9434765919,Female\n");
        assertThat(header.status()).isEqualTo(400);
        assertThat(header.errorFor("file")).contains("header");
        assertThat(staffWith(Role.PRACTITIONER).raw("POST", "/api/v1/imports/cld", "text/csv", write(List.of(good))).status()).isEqualTo(403);
        assertThat(staffWith(Role.COUNCILLOR).raw("POST", "/api/v1/imports/cld", "text/csv", write(List.of(good))).status()).isEqualTo(403);
    }

    @Test
    void twoRowsForOneEventAreOneRecordAndTheSameFileTwiceChangesNothing() {
        long team = newTeam("Import ");
        Api performance = staffWith(Role.PERFORMANCE);
        long person = jdbc.sql("select max(person_number) from people.person").query(Long.class).single() + 5000;
        // Another system sent the same request twice (same person, day, route and client type), closed on different days:
        // DHSC counts one request, the one ending last; so does the import, and a second import changes nothing.
        Map<String, String> first = with(with(with(with(with(with(row(person, CldRecords.newNhsNumber()), CldFields.EVENT_TYPE, "Request"),
                CldFields.EVENT_REFERENCE, "REQ-1"), CldFields.EVENT_END, "05/05/1995"), CldFields.EVENT_OUTCOME,
                "NFA: Information and advice or signposting"), CldFields.ROUTE_OF_ACCESS, "Community/Other route"), CldFields.SERVICE_TYPE, null);
        for (String f : List.of(CldFields.SERVICE_COMPONENT, CldFields.DELIVERY_MECHANISM, CldFields.UNIT_COST, CldFields.COST_FREQUENCY,
                CldFields.PLANNED_UNITS)) {
            first.remove(f);
        }
        Map<String, String> second = with(with(with(first, CldFields.EVENT_REFERENCE, "REQ-2"), CldFields.EVENT_END, "09/05/1995"),
                CldFields.EVENT_OUTCOME, "Progress to assessment, review or reassessment");
        String file = write(List.of(first, second));
        Api.Response once = performance.raw("POST", "/api/v1/imports/cld?teamId=" + team, "text/csv", file);
        assertThat(once.status()).as(once.toString()).isEqualTo(200);
        assertThat(once.json().path("created").path("requests").asInt()).isEqualTo(1);
        assertThat(once.json().path("updated").path("requests").asInt()).isZero();
        Api.Response twice = performance.raw("POST", "/api/v1/imports/cld?teamId=" + team, "text/csv", file);
        assertThat(twice.json().path("created").toString()).isEqualTo("{\"people\":0,\"requests\":0,\"assessments\":0,\"services\":0,\"reviews\":0}");
        assertThat(twice.json().path("updated").toString()).isEqualTo("{\"people\":0,\"requests\":0,\"assessments\":0,\"services\":0,\"reviews\":0}");
        assertThat(jdbc.sql("select outcome from frontdoor.support_request r join people.person p on p.id = r.person_id where p.person_number = :n")
                .param("n", person).query(String.class).list()).containsExactly("Progress to assessment, review or reassessment");
    }

    @Test
    void aDeathTheOtherSystemRecordsFirstEndsWhatOpenAscHoldsOpenForThePerson() {
        long team = newTeam("Import ");
        Api performance = staffWith(Role.PERFORMANCE);
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        long person = jdbc.sql("select max(person_number) from people.person").query(Long.class).single() + 7000;
        Map<String, String> request = with(with(with(with(with(with(row(person, CldRecords.newNhsNumber()), CldFields.EVENT_TYPE, "Request"),
                CldFields.EVENT_REFERENCE, "REQ-D"), CldFields.EVENT_END, "05/05/1995"), CldFields.EVENT_OUTCOME,
                "NFA: Information and advice or signposting"), CldFields.ROUTE_OF_ACCESS, "Community/Other route"), CldFields.SERVICE_TYPE, null);
        for (String f : List.of(CldFields.SERVICE_COMPONENT, CldFields.DELIVERY_MECHANISM, CldFields.UNIT_COST, CldFields.COST_FREQUENCY,
                CldFields.PLANNED_UNITS)) {
            request.remove(f);
        }
        expect(performance.raw("POST", "/api/v1/imports/cld?teamId=" + team, "text/csv", write(List.of(request))), 200);
        String id = jdbc.sql("select id::text from people.person where person_number = :n").param("n", person).query(String.class).single();
        JsonNode service = CareAndSupport.start(practitioner, CareAndSupport.service(id, team, "Long term support: Community", "Home Support",
                "CASSR commissioned support", "1995-06-01", "21.50", "Hourly", "10.5"));

        JsonNode again = expect(performance.raw("POST", "/api/v1/imports/cld?teamId=" + team, "text/csv",
                write(List.of(with(request, CldFields.DATE_OF_DEATH, "20/06/1995")))), 200);
        assertThat(again.path("updated").path("people").asInt()).isEqualTo(1);
        org.openasc.testing.Events.awaitDelivered(jdbc, id);
        JsonNode ended = practitioner.get("/api/v1/services/" + service.path("id").asString()).json();
        assertThat(ended.path("endDate").asString()).isEqualTo("1995-06-20");
        assertThat(ended.path("endOutcome").asString()).isEqualTo("NFA: Deceased");
    }

    /** An open long-term service with a direct payment from May 1995, for a person born in 1940 (these rows are all refused). */
    public static Map<String, String> row(long person, String nhs) {
        Map<String, String> v = new HashMap<>();
        v.putAll(Map.of(CldFields.PERIOD_START, "01/01/1995", CldFields.PERIOD_END, "31/12/1995", CldFields.NHS_NUMBER, nhs, CldFields.PERSON_ID,
                String.valueOf(person), CldFields.GENDER, "Male", CldFields.ETHNICITY, "White: Irish", CldFields.DATE_OF_BIRTH, "01/01/1940",
                CldFields.CLIENT_TYPE, "Service user", CldFields.SUPPORT_REASON, "Physical support: Personal care support", CldFields.POSTCODE, "LE1 7RH"));
        v.putAll(Map.of(CldFields.ACCOMMODATION, "Owner occupier or shared ownership scheme", CldFields.HAS_CARER, "No", CldFields.FUNDING,
                "Fully social care funded", CldFields.EVENT_TYPE, "Service", CldFields.EVENT_REFERENCE, "PAS-" + person, CldFields.EVENT_START, "01/05/1995",
                CldFields.SERVICE_TYPE, "Long term support: Community", CldFields.SERVICE_COMPONENT, "Direct Payment", CldFields.DELIVERY_MECHANISM,
                "Direct payment", CldFields.UNIT_COST, "250.00"));
        v.putAll(Map.of(CldFields.COST_FREQUENCY, "Weekly", CldFields.PLANNED_UNITS, "1.00"));
        return v;
    }

    public static Map<String, String> with(Map<String, String> row, String field, String value) {
        Map<String, String> changed = new HashMap<>(row);
        changed.put(field, value);
        return changed;
    }

    /** A row with its identifiers moved: the people's by the map, each kind of event's numbers by its offset. */
    static Map<String, String> move(Map<String, String> row, Map<String, String> moved, Map<Character, Long> offsets) {
        Map<String, String> r = new HashMap<>(row);
        for (String f : List.of(CldFields.NHS_NUMBER, CldFields.PERSON_ID, CldFields.ADULT_1, CldFields.ADULT_2, CldFields.ADULT_3)) {
            if (!r.get(f).isEmpty()) {
                r.put(f, moved.get(r.get(f)));
            }
        }
        String ref = r.get(CldFields.EVENT_REFERENCE);
        if (!ref.isEmpty()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("([RAVS])([0-9]+)(-[0-9]+)?").matcher(ref);
            assertThat(m.matches()).isTrue();
            long number = Long.parseLong(m.group(2)) + offsets.get(m.group(1).charAt(0));
            r.put(CldFields.EVENT_REFERENCE, m.group(1) + number + (m.group(3) == null ? "" : m.group(3)));
        }
        return r;
    }

    /** One past the highest number a table holds, plus room: added to a number, it gives one nobody holds. */
    long max(String table, String column) {
        return jdbc.sql("select coalesce(max(" + column + "), 0) + 1000 from " + table).query(Long.class).single();
    }

    public static String write(List<Map<String, String>> rows) {
        return CsvFiles.write(CldFields.HEADER, rows.stream().<List<?>>map(r -> CldFields.HEADER.stream().map(h -> r.getOrDefault(h, "")).toList()).toList());
    }

    /** The file's rows for the given council person IDs, in file order, by column. */
    static List<Map<String, String>> rowsOf(String csv, Set<String> people) {
        List<String> header = CldFields.HEADER.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        return CsvFiles.read(csv, header, "file").stream().map(r -> {
            Map<String, String> row = new HashMap<>();
            CldFields.HEADER.forEach(h -> row.put(h, r.get(h.toLowerCase(Locale.ROOT)) == null ? "" : r.get(h.toLowerCase(Locale.ROOT))));
            return row;
        }).filter(r -> people.contains(r.get(CldFields.PERSON_ID))).toList();
    }

    static JsonNode expect(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response.json();
    }
}
