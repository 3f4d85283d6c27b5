package org.openasc.people;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.openasc.testing.Api;
import org.openasc.testing.CldRecords;
import org.openasc.testing.TestDates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows for the lists that name people, made through the API as staff make them: a person (born 1983, with an NHS number
 * and a postcode, so a list that leaked them would show), and about them a concern, an enquiry with an allegation, a
 * Safeguarding Adults Review with an action, a complaint with a lesson, a subject access request and a DoLS application
 * (received in 1984) with a qualifying assessment. Dates the record allows to be old are in 1983 and 1984; concerns,
 * complaints and subject access requests must fall in the working-day calendar, so they are dated days before today.
 */
final class ListRows {

    static final String WHAT_HAPPENED = "Neighbour heard shouting from the flat late at night";
    static final String ELEMENTS = "Nobody rang back about the review they promised";
    static final LocalDate DOLS_RECEIVED = LocalDate.of(1984, 3, 5);

    private ListRows() {
    }

    static JsonNode person(Api staff, String given) {
        Map<String, Object> body = PersonApiTest.person(given, unique("Lister"));
        body.put("dateOfBirth", "1983-07-19");
        body.put("nhsNumber", CldRecords.newNhsNumber());
        body.put("postcode", "LE3 9QP");
        Api.Response created = staff.post("/api/v1/people", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    /** Restricts the person to the {@code named} staff (and the manager who restricts, added automatically). */
    static void restrict(Api manager, JsonNode person, Api... named) {
        String path = "/api/v1/people/" + id(person);
        int version = manager.get(path).json().path("version").asInt();
        List<String> allowed = java.util.Arrays.stream(named).map(Api::username).toList();
        Api.Response restricted = manager.put(path + "/restriction", Map.of("restricted", true, "allowedUsers", allowed,
                "reason", "Lives with a member of staff", "version", version));
        assertThat(restricted.status()).as(restricted.toString()).isEqualTo(200);
    }

    static JsonNode concern(Api raiser, JsonNode person) {
        Map<String, Object> body = new HashMap<>(Map.of("personId", id(person), "receivedAt", TestDates.today().minusDays(1) + "T10:00:00",
                "source", "Care provider", "location", "Her flat", "whatHappened", WHAT_HAPPENED, "immediateRisk", "Carer due again tomorrow",
                "actionTaken", "Agency told"));
        return created(raiser.post("/api/v1/safeguarding/concerns", body));
    }

    /** A concern screened to a section 42 enquiry the Safeguarding Adults Team carries on, with one allegation; the enquiry's id. */
    static String enquiry(Api raiser, Api team, JsonNode person) {
        String concern = id(concern(raiser, person));
        Api.Response screened = team.post("/api/v1/safeguarding/concerns/" + concern + "/screening", Map.of("version", 0,
                "screenedOn", TestDates.today().toString(), "needsCareAndSupport", true, "experiencingOrAtRisk", true, "unableToProtect", true,
                "decision", "S42", "reasons", "All three criteria met", "routedTo", "SAFEGUARDING_TEAM"));
        assertThat(screened.status()).as(screened.toString()).isEqualTo(200);
        String enquiry = screened.json().path("enquiryId").asString();
        created(team.post("/api/v1/safeguarding/enquiries/" + enquiry + "/allegations",
                Map.of("typeOfRisk", "Physical Abuse", "locationOfRisk", "Own Home", "sourceOfRisk", "Service Provider")));
        return enquiry;
    }

    /** A Safeguarding Adults Review referred in 1984, with one action; its id. */
    static String review(Api team, JsonNode person) {
        String review = id(created(team.post("/api/v1/safeguarding/reviews", Map.of("personId", id(person), "referredOn", "1984-02-14",
                "referrer", "Police", "died", false, "seriousHarm", true))));
        created(team.post("/api/v1/safeguarding/reviews/" + review + "/actions", Map.of("action", "Share the learning with the GP practice",
                "owner", "Board manager", "dueOn", "1984-06-01")));
        return review;
    }

    /** A complaint about the person, received two days ago, with one lesson learnt. */
    static JsonNode complaint(Api officer, JsonNode person, String complainant) {
        JsonNode complaint = created(officer.post("/api/v1/feedback/complaints", Map.of("receivedOn", TestDates.today().minusDays(2).toString(),
                "howReceived", "Email", "complainant", complainant, "serviceArea", "Adult Social Care", "theme", "Lack of Action",
                "elements", ELEMENTS, "personId", id(person))));
        Api.Response lesson = officer.post("/api/v1/feedback/lessons", Map.of("complaintId", id(complaint), "lesson", "Call back within a day",
                "action", "Add call-backs to the duty rota", "owner", "Duty manager", "dueOn", "1984-09-01"));
        assertThat(lesson.status()).as(lesson.toString()).isEqualTo(201);
        return complaint;
    }

    static JsonNode subjectAccess(Api officer, JsonNode person, String requestedBy) {
        return created(officer.post("/api/v1/people/" + id(person) + "/subject-access-requests", Map.of("receivedOn",
                TestDates.today().minusDays(3).toString(), "requestedBy", requestedBy, "onBehalf", true, "identityChecked", true)));
    }

    /** A DoLS application from a hospital, received in 1984 and not prioritised (or high priority), with its age requirement met. */
    static JsonNode dols(Api dols, JsonNode person, String hospital, long assessor, boolean highPriority) {
        Map<String, Object> body = new HashMap<>(Map.of("personId", id(person), "managingAuthority", hospital, "cqcLocationCode", "1-234567890",
                "receivedOn", DOLS_RECEIVED.toString()));
        if (highPriority) {
            body.put("priority", "HIGH");
            body.put("priorityReason", "Objecting to the placement or trying to leave");
        }
        JsonNode application = created(dols.post("/api/v1/dols/applications", body));
        return created(dols.post("/api/v1/dols/applications/" + id(application) + "/assessments", Map.of("requirement", "AGE",
                "status", "SATISFIED", "assessorId", assessor, "assessedOn", DOLS_RECEIVED.plusDays(3).toString())));
    }

    /** Withdraws the application on the day it was received, so it leaves the waiting lists and every return from 2015 on. */
    static void withdraw(Api dols, JsonNode application) {
        Api.Response current = dols.get("/api/v1/dols/applications/" + id(application));
        Api.Response withdrawn = dols.post("/api/v1/dols/applications/" + id(application) + "/decision", Map.of("version",
                current.json().path("version").asInt(), "signedOffOn", DOLS_RECEIVED.toString(), "outcome", "WITHDRAWN", "reason", "Discharged home"));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
    }

    static long assessor(Api dols) {
        return created(dols.post("/api/v1/dols/assessors", Map.of("name", unique("Bea Assessor "),
                "qualification", "BEST_INTERESTS_ASSESSOR"))).path("id").asLong();
    }

    static String id(JsonNode record) {
        return record.path("id").asString();
    }

    /** The row with this id in a JSON list (or a page's items), failing if it is not there. */
    static JsonNode row(JsonNode list, String id) {
        for (JsonNode item : list.has("items") ? list.path("items") : list) {
            if (id.equals(item.path("id").asString())) {
                return item;
            }
        }
        throw new AssertionError("No row " + id + " in the list");
    }

    /** A name nobody else's test will use (letters only, as names are). */
    private static String unique(String stem) {
        StringBuilder name = new StringBuilder(stem);
        java.util.concurrent.ThreadLocalRandom.current().ints(7, 'a', 'z' + 1).forEach(c -> name.append((char) c));
        return name.toString();
    }

    private static JsonNode created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }
}
