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
}
