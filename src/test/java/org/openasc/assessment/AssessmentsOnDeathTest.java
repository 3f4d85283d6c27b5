package org.openasc.assessment;

import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.AssessmentAnswers;
import org.openasc.testing.Events;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.People;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recording a death ends the person's assessments in progress on the day they died (ADR 20):
 *
 * <pre>
 * assessment                                     before: 10 Feb 1964 recorded as the date of death   after
 * A  started 6 Jan 1964, in progress               on the worker's list                             ended 10 Feb 1964, NFA: Deceased,
 *                                                                                                   off every list, nothing to authorise
 * B  started 2 Jan 1964, completed 20 Jan 1964     awaiting a manager's authorisation                as it was, still awaiting
 * </pre>
 */
class AssessmentsOnDeathTest extends IntegrationTest {

    @Test
    void aDeathEndsTheAssessmentInProgressOnTheDayAndLeavesTheCompletedOneAsItWas() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        String person = People.create(practitioner, "Ada");
        JsonNode a = start(practitioner, person, "1964-01-06");
        JsonNode b = start(practitioner, person, "1964-01-02");
        String bPath = "/api/v1/assessments/" + b.path("id").asString();
        JsonNode answered = practitioner.put(bPath, Map.of("version", b.path("version").asInt(), "outcomes", AssessmentAnswers.unable("CLOTHING"))).json();
        JsonNode completed = practitioner.post(bPath + "/complete", Map.of("completedOn", "1964-01-20", "version", answered.path("version").asInt())).json();
        assertThat(completed.path("completedOn").asString()).isEqualTo("1964-01-20");
        assertThat(practitioner.get("/api/v1/my-work").body()).contains(a.path("id").asString());

        People.recordDeath(practitioner, person, "1964-02-10");
        Events.awaitDelivered(jdbc, person);

        JsonNode ended = practitioner.get("/api/v1/assessments/" + a.path("id").asString()).json();
        assertThat(ended.path("completedOn").asString()).isEqualTo("1964-02-10");
        assertThat(ended.path("history").get(0).path("actor").asString()).isEqualTo("system");
        assertThat(ended.path("history").get(0).path("detail").asString())
                .isEqualTo("1964-02-10: NFA: Deceased (the person died on 1964-02-10, recorded by " + practitioner.username() + ")");
        assertThat(jdbc.sql("select outcome from assessment.assessment_facts where id = :id").param("id", java.util.UUID.fromString(a.path("id").asString()))
                .query(String.class).single()).isEqualTo("NFA: Deceased");
        assertThat(practitioner.get("/api/v1/my-work").body()).doesNotContain(a.path("id").asString());
        JsonNode stillB = practitioner.get(bPath).json();
        assertThat(stillB.path("version").asInt()).isEqualTo(completed.path("version").asInt());
        assertThat(stillB.path("completedOn").asString()).isEqualTo("1964-01-20");

        Api manager = staffWith(Role.TEAM_MANAGER);
        assertThat(manager.post("/api/v1/assessments/" + a.path("id").asString() + "/authorise", Map.of("version", ended.path("version").asInt()))
                .status()).as("nothing was determined, so there is nothing to authorise").isEqualTo(400);
    }

    private static JsonNode start(Api practitioner, String person, String startedOn) {
        Api.Response started = practitioner.post("/api/v1/assessments", Map.of("personId", person, "assessmentType", "Long term assessment",
                "method", "Face to face", "startedOn", startedOn));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return started.json();
    }
}
