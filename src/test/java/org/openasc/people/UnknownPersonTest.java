package org.openasc.people;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route under a person answers 404 for a person who is not on the record (never an empty list, and nothing is kept
 * against them): the API as problem+json, the pages as the not-found page.
 */
class UnknownPersonTest extends IntegrationTest {

    private static final String NOBODY = "00000000-0000-0000-0000-0000000019c6";

    @Test
    void everyApiRouteUnderAPersonAnswers404ForSomeoneNotOnTheRecord() {
        Api manager = staffWith(Role.TEAM_MANAGER, Role.CUSTOMER_RELATIONS);
        List<String> wrong = new ArrayList<>();
        for (String path : List.of("", "/access-log", "/chronology", "/documents", "/notes", "/subject-access-requests", "/support")) {
            Api.Response answer = manager.get("/api/v1/people/" + NOBODY + path);
            if (answer.status() != 404 || !answer.contentType().startsWith("application/problem+json")) {
                wrong.add("GET " + path + ": " + answer.status() + " " + answer.body());
            }
        }
        Map<String, Object> note = Map.of("occurredAt", "1967-03-02T10:00", "type", "VISIT", "text", "Visited at home", "significant", false);
        check(wrong, "POST /notes", manager.post("/api/v1/people/" + NOBODY + "/notes", note));
        check(wrong, "POST /documents", manager.upload("/api/v1/people/" + NOBODY + "/documents",
                Map.of("title", "Letter", "kind", "LETTER", "datedOn", "1967-03-02"), "letter.txt", "A letter".getBytes()));
        check(wrong, "POST /subject-access-requests", manager.post("/api/v1/people/" + NOBODY + "/subject-access-requests",
                Map.of("receivedOn", "1967-03-02", "requestedBy", "Ann Smith", "onBehalf", false, "identityChecked", true)));
        check(wrong, "POST /relationships", manager.post("/api/v1/people/" + NOBODY + "/relationships",
                Map.of("relatedPersonId", NOBODY, "relationshipType", "CARER")));
        check(wrong, "PUT /restriction", manager.put("/api/v1/people/" + NOBODY + "/restriction",
                Map.of("restricted", true, "reason", "Staff member's relative", "allowedUsers", List.of(manager.username()), "version", 0)));
        assertThat(wrong).isEmpty();
        assertThat(jdbc.sql("select count(*) from casework.note where person_id = cast(:p as uuid)").param("p", NOBODY).query(Long.class).single())
                .as("nothing kept against nobody").isZero();
    }

    @Test
    void everyPageUnderAPersonAnswersNotFoundForSomeoneNotOnTheRecord() {
        Session manager = new Session(port, staffWith(Role.TEAM_MANAGER, Role.CUSTOMER_RELATIONS));
        List<String> wrong = new ArrayList<>();
        for (String path : List.of("", "/access-log", "/chronology", "/documents", "/edit", "/notes", "/relationships/new", "/restriction",
                "/subject-access-requests", "/support", "/assessments", "/requests")) {
            HttpResponse<String> page = manager.page("/people/" + NOBODY + path);
            if (page.statusCode() != 404) {
                wrong.add("GET /people/{id}" + path + ": " + page.statusCode());
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static void check(List<String> wrong, String what, Api.Response answer) {
        if (answer.status() != 404 || !answer.contentType().startsWith("application/problem+json")) {
            wrong.add(what + ": " + answer.status() + " " + answer.body());
        }
    }
}
