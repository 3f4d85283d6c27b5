package org.openasc.liberty;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.Dols;
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
        long bia = Dols.assessor(dols, "Bea Fix ", "BEST_INTERESTS_ASSESSOR");
        long mh = Dols.assessor(dols, "Dr Fix ", "MENTAL_HEALTH_ASSESSOR");
        String person = People.create(dols, "Ruby");
        JsonNode a1 = Dols.apply(dols, person, home, "1958-02-03");
        JsonNode a2 = Dols.grant(dols, Dols.apply(dols, person, home, "1958-01-06"), bia, mh, LocalDate.of(1958, 2, 1), LocalDate.of(1958, 12, 15));

        died(dols, person, "1958-06-10");
        assertThat(state(dols, a1, a2)).containsExactly("WITHDRAWN 1958-06-10", "ceased 1958-06-10");

        died(dols, person, "1958-06-02");
        assertThat(state(dols, a1, a2)).containsExactly("WITHDRAWN 1958-06-02", "ceased 1958-06-02");
        assertThat(Dols.read(dols, a1).path("outcomeReason").asString()).isEqualTo("The person died on 1958-06-02 (the date of death was corrected"
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
        JsonNode one = Dols.read(dols, a1);
        JsonNode two = Dols.read(dols, a2);
        return List.of(text(one, "outcome") + " " + text(one, "signedOffOn"), "ceased " + text(two, "ceasedOn"));
    }

    private static String text(JsonNode node, String field) {
        return node.has(field) && !node.path(field).isNull() ? node.path(field).asString() : "null";
    }

}
