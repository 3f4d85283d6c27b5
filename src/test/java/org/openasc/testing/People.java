package org.openasc.testing;

import java.util.HashMap;
import java.util.Map;

/** Makes people on the record through the API, for tests of the work done with them. */
public final class People {

    private People() {
    }

    /** Creates a person with a unique family name and returns their id. */
    public static String create(Api api, String givenName) {
        Map<String, Object> body = new HashMap<>();
        body.put("givenName", givenName);
        body.put("familyName", IntegrationTest.uniqueName("Fd"));
        body.put("dateOfBirth", "1941-06-14");
        body.put("gender", "Female");
        body.put("postcode", "LE1 7RH");
        Api.Response created = api.post("/api/v1/people", body);
        if (created.status() != 201) {
            throw new IllegalStateException("Could not create a person: " + created);
        }
        return created.json().path("id").asString();
    }

    /** Records the person's date of death (yyyy-MM-dd) on their record as it stands, as a member of staff does. */
    public static void recordDeath(Api api, String personId, String diedOn) {
        tools.jackson.databind.JsonNode record = api.get("/api/v1/people/" + personId).json();
        Map<String, Object> body = new HashMap<>();
        for (String field : new String[] {"givenName", "familyName", "dateOfBirth", "gender", "postcode"}) {
            body.put(field, record.path(field).asString());
        }
        body.put("dateOfDeath", diedOn);
        body.put("version", record.path("version").asInt());
        Api.Response changed = api.put("/api/v1/people/" + personId, body);
        if (changed.status() != 200) {
            throw new IllegalStateException("Could not record the death: " + changed);
        }
    }

    /** Restricts the person to {@code named} (and the manager restricting); their family name, which a masked row must not show. */
    public static String restrict(Api manager, String personId, Api named) {
        tools.jackson.databind.JsonNode record = manager.get("/api/v1/people/" + personId).json();
        Api.Response restricted = manager.put("/api/v1/people/" + personId + "/restriction", Map.of("restricted", true,
                "allowedUsers", java.util.List.of(named.username()), "reason", "Lives with a member of staff", "version", record.path("version").asInt()));
        if (restricted.status() != 200) {
            throw new IllegalStateException("Could not restrict a person: " + restricted);
        }
        return record.path("familyName").asString();
    }
}
