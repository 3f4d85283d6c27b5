package org.openasc.testing;

import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** Makes what a Client Level Data file is built from through the API: people with their CLD details, completed assessments, NHS numbers. */
public final class CldRecords {

    private CldRecords() {
    }

    /** A person with their CLD details, owner occupier since 1990; without an NHS number when {@code nhs} is null. */
    public static JsonNode person(Api api, String name, String born, String nhs, String reason, String hasCarer) {
        Map<String, Object> body = new HashMap<>();
        body.put("givenName", name);
        body.put("familyName", IntegrationTest.uniqueName("Cld"));
        body.put("dateOfBirth", born);
        if (nhs != null) {
            body.put("nhsNumber", nhs);
        }
        body.put("gender", "Female");
        body.put("ethnicity", "White: Irish");
        body.put("postcode", "LE1 7RH");
        body.put("primarySupportReason", reason);
        body.put("hasUnpaidCarer", hasCarer);
        body.put("accommodationStatus", "Owner occupier or shared ownership scheme");
        body.put("accommodationStatusFrom", "1990-01-01");
        return expect(api.post("/api/v1/people", body), 201);
    }


    public static String assessment(Api api, String person, String started, String completed, String outcome) {
        JsonNode a = expect(api.post("/api/v1/assessments", Map.of("personId", person, "assessmentType", "Long term assessment",
                "method", "Face to face", "startedOn", started)), 201);
        String path = "/api/v1/assessments/" + a.path("id").asString();
        JsonNode answered = expect(api.put(path, Map.of("version", a.path("version").asInt(), "outcomes",
                AssessmentAnswers.unable("PERSONAL_HYGIENE", "NUTRITION"))), 200);
        Map<String, Object> completion = new HashMap<>(Map.of("completedOn", completed, "version", answered.path("version").asInt()));
        if (outcome != null) {
            completion.put("outcome", outcome);
        }
        expect(api.post(path + "/complete", completion), 200);
        return a.path("id").asString();
    }


    public static long number(Api api, String assessment) {
        return api.get("/api/v1/assessments/" + assessment).json().path("assessmentNumber").asLong();
    }

    /** Where this run's NHS numbers start: anywhere in the range, so runs differ, then one after another. */
    private static final java.util.concurrent.atomic.AtomicInteger NHS_NUMBERS =
            new java.util.concurrent.atomic.AtomicInteger(java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));

    /**
     * A valid NHS number no other test in this run holds: 999 (the range kept for testing, never a real person's), six
     * digits taken in turn (random ones met each other about once in 20 suites, and often at bench/lists' thousands of
     * people), and the modulus 11 check digit; a number whose check digit would be 10 is skipped.
     */
    public static String newNhsNumber() {
        while (true) {
            String nine = "999" + String.format("%06d", NHS_NUMBERS.getAndIncrement() % 1_000_000);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * (10 - i);
            }
            int check = (11 - sum % 11) % 11;
            if (check != 10) {
                return nine + check;
            }
        }
    }

    private static JsonNode expect(Api.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("Expected " + status + ": " + response);
        }
        return response.json();
    }
}
