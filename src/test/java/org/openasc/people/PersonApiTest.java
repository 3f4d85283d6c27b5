package org.openasc.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.CldRecords;
import org.openasc.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class PersonApiTest extends IntegrationTest {

    static Map<String, Object> person(String given, String family) {
        Map<String, Object> body = new HashMap<>();
        body.put("givenName", given);
        body.put("familyName", family);
        body.put("dateOfBirth", "1948-03-27");
        body.put("gender", "Female");
        body.put("ethnicity", "White: Irish");
        body.put("postcode", "le1 7rh");
        body.put("accommodationStatus", "Owner occupier or shared ownership scheme");
        body.put("primarySupportReason", "Physical support: Personal care support");
        return body;
    }

    @Test
    void practitionerCreatesAPersonAndGetsTheirNewCouncilPersonId() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        Map<String, Object> body = person("Siân", uniqueName("Ward"));
        body.put("nhsNumber", spaced(CldRecords.newNhsNumber()));

        Api.Response created = practitioner.post("/api/v1/people", body);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode json = created.json();
        assertThat(created.location()).isEqualTo("/api/v1/people/" + json.path("id").asString());
        assertThat(json.path("personId").asString()).matches("[0-9]{7,}");
        assertThat(json.path("version").asInt()).isZero();
        assertThat(json.path("postcode").asString()).isEqualTo("LE1 7RH");
        assertThat(json.path("nhsNumber").asString()).matches("[0-9]{10}");
        assertThat(json.path("accommodationStatus").asString()).isEqualTo("Owner occupier or shared ownership scheme");

        Api.Response read = practitioner.get(created.location());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("givenName").asString()).isEqualTo("Siân");
    }

    @Test
    void councilPersonIdsAreNeverReused() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        long first = practitioner.post("/api/v1/people", person("Ann", uniqueName("Hall"))).json().path("personId").asLong();
        long second = practitioner.post("/api/v1/people", person("Ann", uniqueName("Hall"))).json().path("personId").asLong();
        assertThat(second).isGreaterThan(first);
    }

    @Test
    void correctingARecordNeedsTheVersionItWasBasedOnAndAStaleChangeIsRefused() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        JsonNode created = practitioner.post("/api/v1/people", person("Joan", uniqueName("Wood"))).json();
        String path = "/api/v1/people/" + created.path("id").asString();

        Map<String, Object> correction = person("Joanne", created.path("familyName").asString());
        correction.put("version", 0);
        Api.Response changed = practitioner.put(path, correction);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().path("givenName").asString()).isEqualTo("Joanne");
        assertThat(changed.json().path("version").asInt()).isEqualTo(1);

        Map<String, Object> stale = person("Jo", created.path("familyName").asString());
        stale.put("version", 0);
        Api.Response refused = practitioner.put(path, stale);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("detail").asString()).contains("changed by someone else");
        assertThat(practitioner.get(path).json().path("givenName").asString()).isEqualTo("Joanne");

        Map<String, Object> noVersion = person("Jo", created.path("familyName").asString());
        Api.Response missing = practitioner.put(path, noVersion);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFor("version")).isNotBlank();
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsSaved() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        String family = uniqueName("Bad");
        Map<String, Object> body = person("", family);
        body.put("nhsNumber", "943 476 5918");
        body.put("postcode", "NOT A POSTCODE");
        body.put("ethnicity", "White - Irish");
        body.put("dateOfBirth", "2999-01-01");
        body.put("preferredName", "x".repeat(101));
        body.put("email", "not-an-email");

        Api.Response refused = practitioner.post("/api/v1/people", body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.errorFor("givenName")).isEqualTo("Enter the person's given name");
        assertThat(refused.errorFor("nhsNumber")).contains("not valid");
        assertThat(refused.errorFor("postcode")).contains("UK postcode");
        assertThat(refused.errorFor("ethnicity")).startsWith("Select ethnicity from the list");
        assertThat(refused.errorFor("dateOfBirth")).contains("today or in the past");
        assertThat(refused.errorFor("preferredName")).contains("100 characters");
        assertThat(refused.errorFor("email")).contains("correct format");
        assertThat(practitioner.get("/api/v1/people?q=" + family).json().path("total").asInt()).isZero();
    }

    @Test
    void nhsNumbersOfTheWrongLengthOrWithLettersAreRefused() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        for (String[] bad : List.of(new String[] {"12345", "10 digits"}, new String[] {"94347659AB", "only digits"})) {
            Map<String, Object> body = person("Len", uniqueName("Gth"));
            body.put("nhsNumber", bad[0]);
            Api.Response refused = practitioner.post("/api/v1/people", body);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.errorFor("nhsNumber")).contains(bad[1]);
        }
    }

    @Test
    void aDeathBeforeBirthAndImpossibleDatesAreRefused() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        Map<String, Object> body = person("Dai", uniqueName("Date"));
        body.put("dateOfDeath", "1940-01-01");
        assertThat(practitioner.post("/api/v1/people", body).errorFor("dateOfDeath")).contains("after the date of birth");

        Map<String, Object> impossible = person("Dai", uniqueName("Date"));
        impossible.put("dateOfBirth", "1948-02-30");
        Api.Response refused = practitioner.post("/api/v1/people", impossible);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFor("dateOfBirth")).as(refused.toString()).contains("yyyy-MM-dd");
    }

    @Test
    void malformedJsonAndWrongContentTypesGetProblemDetailsNotServerErrors() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        Api.Response malformed = practitioner.raw("POST", "/api/v1/people", "application/json", "{\"givenName\": \"Ann\",");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(malformed.errorFor("body")).as(malformed.toString()).contains("not valid JSON");

        Api.Response wrongType = practitioner.raw("POST", "/api/v1/people", "text/plain", "givenName=Ann");
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.contentType()).startsWith("application/problem+json");

        Api.Response badId = practitioner.get("/api/v1/people/not-a-uuid");
        assertThat(badId.status()).isEqualTo(400);
        Api.Response unknown = practitioner.get("/api/v1/people/00000000-0000-0000-0000-000000000000");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void namesInAnyScriptAreAcceptedAndFoundAgain() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        String[] tags = {uniqueName(""), uniqueName(""), uniqueName(""), uniqueName("")};
        String[][] names = {{"Siân", "Llŷr" + tags[0]}, {"Zoë", "Brontë" + tags[1]}, {"Łukasz", "O'Brien-Łukasz" + tags[2]}, {"伟", "王" + tags[3]}};
        for (String[] name : names) {
            Api.Response created = practitioner.post("/api/v1/people", person(name[0], name[1]));
            assertThat(created.status()).isEqualTo(201);
            assertThat(created.json().path("familyName").asString()).isEqualTo(name[1]);
        }
        assertThat(searchTotal(practitioner, "sian llyr" + tags[0])).isEqualTo(1);
        assertThat(searchTotal(practitioner, "ZOE BRONTE" + tags[1].toUpperCase())).isEqualTo(1);
        assertThat(searchTotal(practitioner, "obrien lukasz" + tags[2])).isEqualTo(1);
        assertThat(searchTotal(practitioner, "O'Brien-Łukasz" + tags[2])).isEqualTo(1);
        // Fuzzy matching may also offer a record whose random tag sounds alike; the exact one must come first.
        assertThat(firstFamilyName(practitioner, "王" + tags[3])).isEqualTo("王" + tags[3]);
    }

    private static String firstFamilyName(Api api, String q) {
        Api.Response response = api.get("/api/v1/people?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().path("items").path(0).path("familyName").asString();
    }

    @Test
    void searchToleratesCommonMisspellings() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        String tag = uniqueName("");
        practitioner.post("/api/v1/people", person("Mohammed", "Johnson" + tag));
        assertThat(searchTotal(practitioner, "Muhammad " + tag)).isEqualTo(1);
        assertThat(searchTotal(practitioner, "Jonson" + tag)).isEqualTo(1);
        assertThat(searchTotal(practitioner, "Mohamed Johnsen" + tag)).isEqualTo(1);
        assertThat(searchTotal(practitioner, "Peter " + tag)).isZero();
    }

    @Test
    void peopleAreFoundByNhsNumberCouncilIdDateOfBirthAndPostcode() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        String nhs = CldRecords.newNhsNumber();
        Map<String, Object> body = person("Nora", uniqueName("Find"));
        body.put("nhsNumber", nhs);
        body.put("dateOfBirth", "1931-11-05");
        body.put("postcode", "ZE1 0AA");
        JsonNode created = practitioner.post("/api/v1/people", body).json();

        assertThat(practitioner.get("/api/v1/people?nhsNumber=" + nhs).json().path("items").get(0).path("id").asString())
                .isEqualTo(created.path("id").asString());
        assertThat(searchTotal(practitioner, spaced(nhs))).isEqualTo(1);
        assertThat(searchTotal(practitioner, created.path("personId").asString())).isEqualTo(1);
        JsonNode byBirthAndPostcode = practitioner.get("/api/v1/people?dateOfBirth=1931-11-05&postcode=ze10aa").json();
        assertThat(byBirthAndPostcode.path("items")).anyMatch(i -> i.path("id").asString().equals(created.path("id").asString()));
        assertThat(practitioner.get("/api/v1/people?q=5/11/1931").json().path("total").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(practitioner.get("/api/v1/people?q=31/2/1931").status()).isEqualTo(400);
    }

    @Test
    void aNameFollowedByADateOfBirthFindsOnlyThatPerson() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        String family = uniqueName("Twin");
        Map<String, Object> first = person("Alex", family);
        first.put("dateOfBirth", "1950-06-01");
        Map<String, Object> second = person("Alex", family);
        second.put("dateOfBirth", "1960-06-01");
        String firstId = practitioner.post("/api/v1/people", first).json().path("id").asString();
        practitioner.post("/api/v1/people", second);

        assertThat(searchTotal(practitioner, "alex " + family)).isEqualTo(2);
        JsonNode narrowed = practitioner.get("/api/v1/people?q=" + family + "%201/6/1950").json();
        assertThat(narrowed.path("total").asInt()).isEqualTo(1);
        assertThat(narrowed.path("items").get(0).path("id").asString()).isEqualTo(firstId);
        assertThat(practitioner.get("/api/v1/people?q=" + family + "%2031/6/1950").status()).isEqualTo(400);
    }

    @Test
    void searchResultsArePaged() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        String family = uniqueName("Page");
        for (int i = 0; i < 5; i++) {
            practitioner.post("/api/v1/people", person("Pat", family));
        }
        JsonNode page = practitioner.get("/api/v1/people?q=" + family + "&size=2&page=3").json();
        assertThat(page.path("total").asInt()).isEqualTo(5);
        assertThat(page.path("page").asInt()).isEqualTo(3);
        assertThat(page.path("size").asInt()).isEqualTo(2);
        assertThat(page.path("items")).hasSize(1);
    }

    @Test
    void aSecondLiveRecordWithTheSameNhsNumberIsRefusedWithALinkToTheFirst() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        String nhs = CldRecords.newNhsNumber();
        Map<String, Object> first = person("Edna", uniqueName("Dup"));
        first.put("nhsNumber", nhs);
        JsonNode existing = practitioner.post("/api/v1/people", first).json();

        Map<String, Object> second = person("Edith", uniqueName("Dup"));
        second.put("nhsNumber", spaced(nhs));
        Api.Response refused = practitioner.post("/api/v1/people", second);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("existing").asString()).isEqualTo("/api/v1/people/" + existing.path("id").asString());
        assertThat(refused.errorFor("nhsNumber")).contains(existing.path("personId").asString());
    }

    @Test
    void sameNamesAndDateOfBirthAreAllowedButFlaggedAsPossibleDuplicate() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        String family = uniqueName("Twin");
        JsonNode first = practitioner.post("/api/v1/people", person("Ivy", family)).json();
        assertThat(first.path("possibleDuplicates")).isEmpty();

        Api.Response second = practitioner.post("/api/v1/people", person("IVY", family.toUpperCase()));

        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().path("possibleDuplicates")).hasSize(1);
        assertThat(second.json().path("possibleDuplicates").get(0).path("id").asString()).isEqualTo(first.path("id").asString());
    }

    @Test
    void unknownCodeListValuesAreRefusedWithTheListNamed() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        Map<String, Object> body = person("Cody", uniqueName("List"));
        body.put("accommodationStatus", "Unknown: Presumed at home");
        body.put("primarySupportReason", "Physical Support: Personal care support");
        Api.Response refused = practitioner.post("/api/v1/people", body);
        assertThat(refused.errorFor("accommodationStatus")).contains("Accommodation");
        assertThat(refused.errorFor("primarySupportReason")).isNotBlank();
    }

    @Test
    void accommodationStatusKeepsADatedHistory() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        Map<String, Object> body = person("Hester", uniqueName("Move"));
        body.put("accommodationStatusFrom", "2020-01-01");
        JsonNode created = practitioner.post("/api/v1/people", body).json();

        Map<String, Object> moved = person("Hester", created.path("familyName").asString());
        moved.put("accommodationStatus", "Registered care home");
        moved.put("accommodationStatusFrom", "2024-06-01");
        moved.put("version", 0);
        JsonNode changed = practitioner.put("/api/v1/people/" + created.path("id").asString(), moved).json();

        assertThat(changed.path("accommodationStatus").asString()).isEqualTo("Registered care home");
        assertThat(changed.path("accommodationStatusFrom").asString()).isEqualTo("2024-06-01");
        assertThat(changed.path("circumstances")).extracting(c -> c.path("value").asString() + "@" + c.path("validFrom").asString())
                .containsExactly("Registered care home@2024-06-01", "Owner occupier or shared ownership scheme@2020-01-01");
    }

    @Test
    void withoutCredentialsTheApiAnswers401ProblemJson() {
        Api.Response response = anonymous().get("/api/v1/people?q=smith");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(anonymous().get("/actuator/health").body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void councillorsAndAdministratorsCannotSeePeople() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        String path = practitioner.post("/api/v1/people", person("Vera", uniqueName("Secret"))).location();
        for (Api refused : List.of(staffWith(Role.COUNCILLOR), staffWith(Role.ADMIN))) {
            Api.Response response = refused.get(path);
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(refused.get("/api/v1/people?q=vera").status()).isEqualTo(403);
            assertThat(refused.post("/api/v1/people", person("No", "Way")).status()).isEqualTo(403);
        }
        Api performance = staffWith(Role.PERFORMANCE);
        assertThat(performance.get(path).status()).isEqualTo(200);
        assertThat(performance.post("/api/v1/people", person("Read", "Only")).status()).isEqualTo(403);
    }

    @Test
    void wrongPasswordIsRefused() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        Api wrong = new org.openasc.testing.ApiFactory(port).as(practitioner.username(), "wrong password entirely");
        assertThat(wrong.get("/api/v1/people?q=x").status()).isEqualTo(401);
    }

    private static int searchTotal(Api api, String q) {
        Api.Response response = api.get("/api/v1/people?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().path("total").asInt();
    }

    private static String spaced(String nhs) {
        return nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6);
    }
}
