package org.openasc.support;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.Events;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.People;
import org.openasc.testing.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A referral still in hospital when the person died reads as ended at the death on the pages, not "not yet discharged", and
 * leaves the list of people in hospital. Dates in 1966, in a team of the test's own, so no shared list moves:
 *
 * <pre>
 * person   referred from Anytown General   died          support page                              discharges page   chronology 14 Mar 1966
 * Iris     7 Mar 1966, pathway 1           14 Mar 1966   ended: the person died on 14 March 1966   not listed        Discharge referral ended (significant)
 * June     8 Mar 1966, pathway 2           -             not yet discharged                        In hospital       -
 * </pre>
 */
class DischargeEndedAtDeathPagesTest extends IntegrationTest {

    @Test
    void aReferralEndedByADeathReadsSoAndLeavesTheListOfPeopleInHospital() {
        long team = newTeam("Discharge hub ");
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        String iris = People.create(practitioner, "Iris");
        String june = People.create(practitioner, "June");
        String ended = referral(practitioner, iris, team, "1966-03-07", 1);
        String open = referral(practitioner, june, team, "1966-03-08", 2);

        People.recordDeath(practitioner, iris, "1966-03-14");
        Events.awaitDelivered(jdbc, iris);

        Session session = new Session(port, practitioner);
        String support = session.page("/people/" + iris + "/support").body();
        assertThat(support).contains("ended: the person died on 14 March 1966").doesNotContain("not yet discharged");
        assertThat(session.page("/people/" + june + "/support").body()).contains("not yet discharged");

        String discharge = session.page("/discharges/" + ended).body();
        assertThat(discharge).contains("Ended").contains("The person died on 14 March 1966").doesNotContain("Not yet discharged")
                .as("a referral that has ended takes no more progress").doesNotContain("Record what has happened");

        String discharges = session.page("/discharges").body();
        assertThat(discharges).as("June is still in hospital").contains("/discharges/" + open).contains("In hospital");
        assertThat(discharges).as("Iris's referral ended at her death: she is not in hospital").doesNotContain("/discharges/" + ended);

        JsonNode chronology = practitioner.get("/api/v1/people/" + iris + "/chronology?from=1966-03-14&to=1966-03-14").json();
        assertThat(chronology.path("items").valueStream().filter(i -> i.path("title").asString().startsWith("Discharge referral ended"))
                .map(i -> i.path("title").asString() + ": " + i.path("summary").asString() + (i.path("significant").asBoolean() ? " (significant)" : "")))
                .containsExactly("Discharge referral ended: Anytown General: The person died on 1966-03-14, before a discharge (significant)");
    }

    private static String referral(Api practitioner, String person, long team, String referredOn, int pathway) {
        Api.Response referred = practitioner.post("/api/v1/discharges", Map.of("personId", person, "teamId", team, "hospital", "Anytown General",
                "ward", "Ward 3", "referredOn", referredOn, "pathway", pathway));
        assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
        return referred.json().path("id").asString();
    }
}
