package org.openasc.support;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.CareAndSupport;
import org.openasc.testing.Events;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.People;
import org.openasc.testing.TestDates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recording a death today stops brokerage and closes the reablement follow-up it answers (ADR 20); days from today (T):
 *
 * <pre>
 * record                                                    before                       after
 * package request made T, needed by T+7                     offered to the zone's home   cancelled T, off brokerage's list
 * discharge 1: discharged T-35 into reablement              follow-up due T+56           91 days on: Died
 * discharge 2: discharged T-200 into reablement             follow-up due T-109, none    as it was (she was alive at 91 days)
 * </pre>
 */
class SupportOnDeathTest extends IntegrationTest {

    @Test
    void aDeathCancelsThePackageBeingSourcedAndAnswersTheReablementFollowUpDueAfterIt() {
        long team = newTeam("Locality ");
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        Api brokerage = staffWith(Role.BROKERAGE);
        String person = People.create(practitioner, "Violet");
        String zone = uniqueName("Fens ");
        String home = CareAndSupport.location(brokerage, uniqueName("Fen Care "), List.of("Home care"), 0);
        assertThat(brokerage.post("/api/v1/brokerage/zones", Map.of("name", zone, "priceLevel", "RURAL", "primeProviders", List.of(home))).status())
                .isEqualTo(201);
        JsonNode request = practitioner.post("/api/v1/brokerage/requests", Map.of("personId", person, "teamId", team, "zone", zone,
                "hoursPerWeek", "7", "neededBy", TestDates.today().plusDays(7).toString())).json();
        assertThat(request.path("status").asString()).isEqualTo("OFFERED");
        JsonNode recent = discharged(practitioner, person, team, 35);
        JsonNode longAgo = discharged(practitioner, person, team, 200);

        People.recordDeath(practitioner, person, TestDates.today().toString());
        Events.awaitDelivered(jdbc, person);

        JsonNode cancelled = brokerage.get("/api/v1/brokerage/requests/" + request.path("id").asString()).json();
        assertThat(cancelled.path("status").asString()).isEqualTo("CANCELLED");
        assertThat(org.openasc.testing.PagedList.all(brokerage, "/api/v1/brokerage/requests").toString()).doesNotContain(request.path("id").asString());
        JsonNode followedUp = practitioner.get("/api/v1/discharges/" + recent.path("id").asString()).json();
        assertThat(followedUp.path("status91Day").asString()).isEqualTo("Died");
        JsonNode untouched = practitioner.get("/api/v1/discharges/" + longAgo.path("id").asString()).json();
        assertThat(untouched.has("status91Day")).isFalse();
        assertThat(untouched.path("version").asInt()).isEqualTo(longAgo.path("version").asInt());
    }

    private static JsonNode discharged(Api practitioner, String person, long team, int daysAgo) {
        Api.Response referred = practitioner.post("/api/v1/discharges", Map.of("personId", person, "teamId", team, "hospital", "Anytown General",
                "ward", "Ward 3", "referredOn", TestDates.today().minusDays(daysAgo + 5).toString(), "pathway", 1, "dischargeToAssess", true));
        assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
        Api.Response done = practitioner.post("/api/v1/discharges/" + referred.json().path("id").asString() + "/progress", Map.of("version",
                referred.json().path("version").asInt(), "hubDecisionOn", TestDates.today().minusDays(daysAgo + 2).toString(),
                "dischargedOn", TestDates.today().minusDays(daysAgo).toString(), "reablement", true));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        return done.json();
    }
}
