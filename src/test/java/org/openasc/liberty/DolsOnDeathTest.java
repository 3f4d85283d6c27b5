package org.openasc.liberty;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

import org.openasc.bench.BenchSession;
import org.openasc.people.PersonDied;
import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.Dols;
import org.openasc.testing.CareAndSupport;
import org.openasc.testing.Events;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.People;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recording a death ends the person's DoLS work on the day they died (ADR 20), counted by hand (no other test records DoLS
 * work in 1962-63):
 *
 * <pre>
 * application                                         before: 11 Mar 1963 recorded as Pearl's date of death   after
 * A1 Pearl, received 4 Feb 1963, undecided            waiting                                              withdrawn 11 Mar 1963
 * A2 Pearl, granted 1 Jun 1962 to 15 May 1963         in force, renewal due                                ceased 11 Mar 1963
 * A3 Queenie (alive), granted 1 Jun 1962 to 15 May 1963  in force, renewal due                             as it was
 *
 * backlog on 1 Apr 1963: waiting A1 -> none (-1); authorisations in force A2 A3 -> A3 (-1);
 *                        renewals due within 3 months (to 1 Jul) A2 A3 -> A3 (-1)
 * backlog on 1 Mar 1963, before she died: the same before and after (A1 waiting, A2 and A3 in force)
 * </pre>
 */
class DolsOnDeathTest extends IntegrationTest {

    @Autowired
    private ApplicationEventPublisher events;

    @Autowired
    private TransactionTemplate transactions;

    @Test
    void aDeathWithdrawsTheUndecidedApplicationAndCeasesTheAuthorisationInForceOnTheDayOnce() throws Exception {
        Api dols = staffWith(Role.DOLS);
        Api analyst = staffWith(Role.PERFORMANCE);
        String home = CareAndSupport.location(staffWith(Role.BROKERAGE), uniqueName("Cedar Lodge "), List.of("Nursing home"), 30);
        long bia = Dols.assessor(dols, "Bea Death ", "BEST_INTERESTS_ASSESSOR");
        long mh = Dols.assessor(dols, "Dr Death ", "MENTAL_HEALTH_ASSESSOR");
        String pearl = People.create(dols, "Pearl");
        String queenie = People.create(dols, "Queenie");
        JsonNode a1 = Dols.apply(dols, pearl, home, "1963-02-04");
        JsonNode a2 = Dols.grant(dols, Dols.apply(dols, pearl, home, "1962-05-01"), bia, mh, LocalDate.of(1962, 6, 1), LocalDate.of(1963, 5, 15));
        JsonNode a3 = Dols.grant(dols, Dols.apply(dols, queenie, home, "1962-05-01"), bia, mh, LocalDate.of(1962, 6, 1), LocalDate.of(1963, 5, 15));
        assertThat(a2.path("renewalRequestBy").isMissingNode()).isFalse();
        JsonNode aprilBefore = backlog(analyst, "1963-04-01");
        JsonNode marchBefore = backlog(analyst, "1963-03-01");

        People.recordDeath(dols, pearl, "1963-03-11");
        Events.awaitDelivered(jdbc, pearl);

        JsonNode withdrawn = Dols.read(dols, a1);
        assertThat(withdrawn.path("outcome").asString()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.path("signedOffOn").asString()).isEqualTo("1963-03-11");
        assertThat(withdrawn.path("outcomeReason").asString()).isEqualTo("The person died on 1963-03-11 (recorded by " + dols.username() + ")");
        JsonNode ceased = Dols.read(dols, a2);
        assertThat(ceased.path("outcome").asString()).isEqualTo("GRANTED");
        assertThat(ceased.path("authorisedTo").asString()).as("the period granted is kept").isEqualTo("1963-05-15");
        assertThat(ceased.path("ceasedOn").asString()).isEqualTo("1963-03-11");
        assertThat(ceased.has("renewalRequestBy")).as("nothing to renew").isFalse();
        JsonNode alive = Dols.read(dols, a3);
        assertThat(alive.has("ceasedOn")).isFalse();
        assertThat(alive.path("version").asInt()).isEqualTo(a3.path("version").asInt());

        JsonNode aprilAfter = backlog(analyst, "1963-04-01");
        assertThat(aprilAfter.path("waiting").asLong()).isEqualTo(aprilBefore.path("waiting").asLong() - 1);
        assertThat(aprilAfter.path("activeAuthorisations").asLong()).isEqualTo(aprilBefore.path("activeAuthorisations").asLong() - 1);
        assertThat(aprilAfter.path("renewalsDueInThreeMonths").asLong()).isEqualTo(aprilBefore.path("renewalsDueInThreeMonths").asLong() - 1);
        assertThat(backlog(analyst, "1963-03-01")).as("what was true before she died stays true").isEqualTo(marchBefore);

        JsonNode chronology = dols.get("/api/v1/people/" + pearl + "/chronology?from=1963-03-11&to=1963-03-11").json();
        assertThat(chronology.path("items").valueStream().map(i -> i.path("title").asString()))
                .contains("Died", "DoLS application withdrawn", "DoLS authorisation ceased");
        assertThat(BenchSession.signIn("http://localhost:" + port, dols.username(), PASSWORD).page("/dols/applications/" + a2.path("id").asString()))
                .as("the application's page says so").contains("Ceased").contains("The person died on 1963-03-11");

        // Delivered again (as after a restart), it finds nothing open and changes nothing.
        transactions.executeWithoutResult(status -> events.publishEvent(new PersonDied(UUID.fromString(pearl), java.time.LocalDate.of(1963, 3, 11), "again")));
        Events.awaitDelivered(jdbc, pearl);
        assertThat(Dols.read(dols, a1).path("version").asInt()).isEqualTo(withdrawn.path("version").asInt());
        assertThat(Dols.read(dols, a2).path("version").asInt()).isEqualTo(ceased.path("version").asInt());
    }

    private static JsonNode backlog(Api analyst, String asOf) {
        Api.Response answer = analyst.get("/api/v1/dols/backlog?asOf=" + asOf);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

}
