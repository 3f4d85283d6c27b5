package org.openasc.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** DoLS applications made through the API as the DoLS team makes them: assessors, an application, one granted. */
public final class Dols {

    private Dols() {
    }

    public static long assessor(Api dols, String name, String qualification) {
        Api.Response added = dols.post("/api/v1/dols/assessors", Map.of("name", IntegrationTest.uniqueName(name), "qualification", qualification));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.json().path("id").asLong();
    }

    public static JsonNode apply(Api dols, String person, String home, String received) {
        Api.Response applied = dols.post("/api/v1/dols/applications", Map.of("personId", person, "locationId", home, "receivedOn", received, "urgent", false));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        return applied.json();
    }

    public static JsonNode read(Api dols, JsonNode application) {
        return dols.get("/api/v1/dols/applications/" + application.path("id").asString()).json();
    }

    /**
     * Every requirement assessed as satisfied a week before {@code signedOff}, then granted from that day to
     * {@code authorisedTo}, by the best interests assessor {@code bia} and the mental health assessor {@code mh}.
     */
    public static JsonNode grant(Api dols, JsonNode application, long bia, long mh, LocalDate signedOff, LocalDate authorisedTo) {
        String path = "/api/v1/dols/applications/" + application.path("id").asString();
        JsonNode last = application;
        for (String requirement : List.of("AGE", "MENTAL_HEALTH", "MENTAL_CAPACITY", "NO_REFUSALS", "ELIGIBILITY", "BEST_INTERESTS")) {
            Api.Response done = dols.post(path + "/assessments", Map.of("requirement", requirement, "status", "SATISFIED",
                    "assessorId", requirement.equals("MENTAL_HEALTH") ? mh : bia, "assessedOn", signedOff.minusDays(7).toString()));
            assertThat(done.status()).as(done.toString()).isEqualTo(201);
            last = done.json();
        }
        Api.Response decided = dols.post(path + "/decision", Map.of("signedOffOn", signedOff.toString(), "outcome", "GRANTED",
                "authorisedFrom", signedOff.toString(), "authorisedTo", authorisedTo.toString(), "version", last.path("version").asInt()));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        return decided.json();
    }
}
