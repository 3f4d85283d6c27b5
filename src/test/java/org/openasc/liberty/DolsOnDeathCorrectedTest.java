package org.openasc.liberty;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.CareAndSupport;
import org.openasc.testing.Events;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.People;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A date of death corrected moves the DoLS work the death ended, and one withdrawn undoes it (ADR 29); in 1958, which no
 * other test's DoLS figures read:
 *
 * <pre>
 *                                          died 10 Jun 1958   corrected to 2 Jun   corrected to 20 Jan 1959   withdrawn
 * A1 received 3 Feb 1958, undecided        withdrawn 10 Jun   withdrawn 2 Jun      withdrawn 20 Jan 1959      undecided
 * A2 granted 1 Feb to 15 Dec 1958          ceased 10 Jun      ceased 2 Jun         ran its course             in force
 * </pre>
 * Recorded again, the death withdraws A1 again, so nothing of 1958 is left waiting in the backlog.
 */
class DolsOnDeathCorrectedTest extends IntegrationTest {

    @Test
    void aCorrectedDeathMovesTheWithdrawalAndCeasingAndAWithdrawnOneUndoesThem() {
        Api dols = staffWith(Role.DOLS);
        String home = CareAndSupport.location(staffWith(Role.BROKERAGE), uniqueName("Larch Lodge "), List.of("Nursing home"), 30);
        long bia = assessor(dols, "Bea Fix ", "BEST_INTERESTS_ASSESSOR");
        long mh = assessor(dols, "Dr Fix ", "MENTAL_HEALTH_ASSESSOR");
        String person = People.create(dols, "Ruby");
        JsonNode a1 = apply(dols, person, home, "1958-02-03");
        JsonNode a2 = grant(dols, apply(dols, person, home, "1958-01-06"), bia, mh);

        died(dols, person, "1958-06-10");
        assertThat(state(dols, a1, a2)).containsExactly("WITHDRAWN 1958-06-10", "ceased 1958-06-10");

        died(dols, person, "1958-06-02");
        assertThat(state(dols, a1, a2)).containsExactly("WITHDRAWN 1958-06-02", "ceased 1958-06-02");
        assertThat(application(dols, a1).path("outcomeReason").asString()).isEqualTo("The person died on 1958-06-02 (the date of death was corrected"
                + " from 1958-06-10 to 1958-06-02 by " + dols.username() + ")");

        died(dols, person, "1959-01-20");
        assertThat(state(dols, a1, a2)).containsExactly("WITHDRAWN 1959-01-20", "ceased null");

        died(dols, person, null); // withdrawn
        assertThat(state(dols, a1, a2)).containsExactly("null null", "ceased null");
        assertThat(jdbc.sql("select detail from platform.audit_event where subject_id = :id and actor = 'system' order by id desc limit 1")
                .param("id", a1.path("id").asString()).query(String.class).single())
                .isEqualTo("Reopened: the date of death recorded on 1959-01-20 was withdrawn by " + dols.username());

        died(dols, person, "1958-06-10");
        assertThat(state(dols, a1, a2)).containsExactly("WITHDRAWN 1958-06-10", "ceased 1958-06-10");
    }

    private void died(Api dols, String person, String on) {
        People.recordDeath(dols, person, on);
        Events.awaitDelivered(jdbc, person);
    }

    private static List<String> state(Api dols, JsonNode a1, JsonNode a2) {
        JsonNode one = application(dols, a1);
        JsonNode two = application(dols, a2);
        return List.of(text(one, "outcome") + " " + text(one, "signedOffOn"), "ceased " + text(two, "ceasedOn"));
    }

    private static String text(JsonNode node, String field) {
        return node.has(field) && !node.path(field).isNull() ? node.path(field).asString() : "null";
    }

    private static JsonNode application(Api dols, JsonNode application) {
        return dols.get("/api/v1/dols/applications/" + application.path("id").asString()).json();
    }

    private long assessor(Api dols, String name, String qualification) {
        Api.Response added = dols.post("/api/v1/dols/assessors", Map.of("name", uniqueName(name), "qualification", qualification));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.json().path("id").asLong();
    }

    private static JsonNode apply(Api dols, String person, String home, String received) {
        Api.Response applied = dols.post("/api/v1/dols/applications", Map.of("personId", person, "locationId", home, "receivedOn", received, "urgent", false));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        return applied.json();
    }

    private static JsonNode grant(Api dols, JsonNode application, long bia, long mh) {
        String path = "/api/v1/dols/applications/" + application.path("id").asString();
        JsonNode last = application;
        for (String requirement : List.of("AGE", "MENTAL_HEALTH", "MENTAL_CAPACITY", "NO_REFUSALS", "ELIGIBILITY", "BEST_INTERESTS")) {
            Api.Response done = dols.post(path + "/assessments", Map.of("requirement", requirement, "status", "SATISFIED",
                    "assessorId", requirement.equals("MENTAL_HEALTH") ? mh : bia, "assessedOn", "1958-01-25"));
            assertThat(done.status()).as(done.toString()).isEqualTo(201);
            last = done.json();
        }
        Api.Response decided = dols.post(path + "/decision", Map.of("signedOffOn", "1958-02-01", "outcome", "GRANTED", "authorisedFrom", "1958-02-01",
                "authorisedTo", "1958-12-15", "version", last.path("version").asInt()));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        return decided.json();
    }
}
