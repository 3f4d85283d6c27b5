package org.openasc.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;

/** Makes what care and support work needs through the API: people with demographics, eligible assessments, providers, services. */
public final class CareAndSupport {

    private CareAndSupport() {
    }

    /** A person born on the date, with a primary support reason and, if given, accommodation from a date. */
    public static String person(Api api, String givenName, String dateOfBirth, String supportReason, String accommodation, String accommodationFrom) {
        Map<String, Object> body = new HashMap<>();
        body.put("givenName", givenName);
        body.put("familyName", IntegrationTest.uniqueName("Cs"));
        body.put("dateOfBirth", dateOfBirth);
        body.put("gender", "Female");
        body.put("postcode", "LE1 7RH");
        body.put("primarySupportReason", supportReason);
        if (accommodation != null) {
            body.put("accommodationStatus", accommodation);
            body.put("accommodationStatusFrom", accommodationFrom);
        }
        Api.Response created = api.post("/api/v1/people", body);
        if (created.status() != 201) {
            throw new IllegalStateException("Could not create a person: " + created);
        }
        return created.json().path("id").asString();
    }

    /** A completed needs assessment finding eligible needs, authorised by the manager. */
    public static String eligibleAssessment(Api practitioner, Api manager, String personId, String on) {
        JsonNode a = practitioner.post("/api/v1/assessments", Map.of("personId", personId, "assessmentType", "Long term assessment",
                "method", "Face to face", "startedOn", on)).json();
        String path = "/api/v1/assessments/" + a.path("id").asString();
        JsonNode answered = practitioner.put(path, Map.of("version", a.path("version").asInt(),
                "outcomes", AssessmentAnswers.unable("PERSONAL_HYGIENE", "NUTRITION"))).json();
        JsonNode completed = practitioner.post(path + "/complete", Map.of("completedOn", on, "version", answered.path("version").asInt())).json();
        Api.Response authorised = manager.post(path + "/authorise", Map.of("version", completed.path("version").asInt()));
        if (authorised.status() != 200) {
            throw new IllegalStateException("Could not authorise: " + authorised);
        }
        return a.path("id").asString();
    }

    public static String cqcId() {
        return "1-" + (100_000_000L + ThreadLocalRandom.current().nextLong(899_999_999L));
    }

    /** A provider location offering the services, returning its id. */
    public static String location(Api brokerage, String name, List<String> services, int beds) {
        Api.Response created = brokerage.post("/api/v1/providers", Map.of("providerName", name + " Ltd", "cqcProviderId", cqcId(),
                "cqcLocationId", cqcId(), "name", name, "postcode", "LE1 7RH", "services", services, "registeredBeds", beds));
        if (created.status() != 201) {
            throw new IllegalStateException("Could not add a provider: " + created);
        }
        return created.json().path("id").asString();
    }

    /** A service body with the usual fields; callers add or override. */
    public static Map<String, Object> service(String personId, long teamId, String type, String component, String mechanism, String start,
                                              String unitCost, String frequency, String units) {
        Map<String, Object> body = new HashMap<>();
        body.put("personId", personId);
        body.put("teamId", teamId);
        body.put("serviceType", type);
        body.put("serviceComponent", component);
        body.put("deliveryMechanism", mechanism);
        body.put("clientFundingStatus", "Fully social care funded");
        body.put("startDate", start);
        body.put("unitCost", unitCost);
        body.put("costFrequency", frequency);
        if (units != null) {
            body.put("plannedUnitsPerWeek", units);
        }
        return body;
    }

    public static JsonNode start(Api api, Map<String, Object> service) {
        Api.Response started = api.post("/api/v1/services", service);
        if (started.status() != 201) {
            throw new IllegalStateException("Could not start a service: " + started);
        }
        return started.json();
    }

    /** Ends a service on a date, as planned. */
    public static void end(Api api, JsonNode service, String on) {
        expect(api.post("/api/v1/services/" + service.path("id").asString() + "/end", Map.of("version", service.path("version").asInt(),
                "endDate", on, "outcome", "NFA: Support ended as planned")), 200, "end a service");
    }

    /** Records a review on a date; {@code outcomes} only for a planned one. */
    public static void review(Api api, String person, String reason, String on, String outcomes) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("personId", person, "reason", reason, "method", "Service User Only",
                "reviewedOn", on));
        if (outcomes != null) {
            body.put("outcomesAchieved", outcomes);
        }
        expect(api.post("/api/v1/reviews", body), 201, "record a review");
    }

    /** A pathway 1 hospital discharge: referred, the hub's decision and the day the person left hospital. */
    public static void discharge(Api api, String person, long team, String referred, String decided, String discharged) {
        JsonNode d = api.post("/api/v1/discharges", Map.of("personId", person, "teamId", team, "hospital", "Anytown General", "ward", "Ward 3",
                "referredOn", referred, "pathway", 1)).json();
        expect(api.post("/api/v1/discharges/" + d.path("id").asString() + "/progress", Map.of("version", d.path("version").asInt(),
                "hubDecisionOn", decided, "dischargedOn", discharged)), 200, "record a discharge");
    }

    private static void expect(Api.Response response, int status, String what) {
        if (response.status() != status) {
            throw new IllegalStateException("Could not " + what + ": " + response);
        }
    }
}
