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

    /** A valid NHS number no other test holds: nine random digits and their modulus 11 check digit. */
    public static String newNhsNumber() {
        while (true) {
            String nine = String.valueOf(100_000_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(800_000_000));
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
