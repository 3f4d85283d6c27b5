package org.openasc.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.support.ServiceEnded;
import org.openasc.testing.Api;
import org.openasc.testing.CareAndSupport;
import org.openasc.testing.Events;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.People;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recording a date of death ends what other modules hold open for the person, on the day they died (ADR 20):
 *
 * <pre>
 * record                                  before: 10 Mar 1987 recorded as the date of death   after
 * A  Home Support from 7 Jan 1985         open                                                 ended 10 Mar 1987, NFA: Deceased
 * B  Day Support from 3 Jun 1985          ending 30 Sep 1987 as planned                        ended 10 Mar 1987, NFA: Deceased
 * C  Day Support 4 Feb 1985-30 Jun 1986   ended as planned                                     as it was
 * direct payment from 4 Feb 1985          first check due 1 Apr 1985 (8 weeks), never done     ended 10 Mar 1987, no check due
 * request received 2 Feb 1987, high       check-in due 17 Feb 1987 (14 days)                   closed 10 Mar 1987, NFA: Deceased,
 *   priority from 3 Feb                                                                        no check-in due
 * planned review (in long-term support    due 7 Jan 1986 (12 months from A), listed as         still listed on 1 Mar 1987; not
 *   from 7 Jan 1985, never reviewed)      overdue on 1 Jun 1987                                listed on 1 Jun 1987
 * </pre>
 * The person's chronology shows the death and each end. Done by the system, naming who recorded the death; the same
 * death announced again changes nothing.
 */
@EnableScenarios
class DeathRecordedTest extends IntegrationTest {

    private static final String COMMUNITY = "Long term support: Community";

    @Test
    void aDeathRecordedEndsServicesPaymentsRequestsAndTheirClocksOnTheDayOnce(Scenario scenario) {
        long team = newTeam("Locality ");
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        Api manager = staffIn(Set.of(team), Role.TEAM_MANAGER);
        String person = People.create(practitioner, "Edith");
        JsonNode a = CareAndSupport.start(practitioner, CareAndSupport.service(person, team, COMMUNITY, "Home Support", "CASSR commissioned support",
                "1985-01-07", "21.50", "Hourly", "10.5"));
        JsonNode b = CareAndSupport.start(practitioner, CareAndSupport.service(person, team, COMMUNITY, "Day Support", "CASSR commissioned support",
                "1985-06-03", "50.00", "Weekly", null));
        assertThat(practitioner.post("/api/v1/services/" + b.path("id").asString() + "/end", Map.of("version", b.path("version").asInt(),
                "endDate", "1987-09-30", "outcome", "NFA: Support ended as planned")).status()).isEqualTo(200);
        JsonNode c = CareAndSupport.start(practitioner, CareAndSupport.service(person, team, COMMUNITY, "Day Support", "CASSR commissioned support",
                "1985-02-04", "50.00", "Weekly", null));
        CareAndSupport.end(practitioner, c, "1986-06-30");
        Api.Response payment = practitioner.post("/api/v1/direct-payments", Map.of("personId", person, "agreementSignedOn", "1985-02-01",
                "amount", "120.00", "period", "WEEKLY", "startsOn", "1985-02-04"));
        assertThat(payment.status()).as(payment.toString()).isEqualTo(201);
        assertThat(payment.json().path("nextCheckDueOn").asString()).isEqualTo("1985-04-01");
        JsonNode received = practitioner.post("/api/v1/requests", Map.of("personId", person, "clientType", "Service user", "routeOfAccess",
                "Community/Other route", "receivedOn", "1987-02-02", "summary", "More help at home after a fall")).json();
        String request = "/api/v1/requests/" + received.path("id").asString();
        JsonNode prioritised = manager.post(request + "/priority", Map.of("priority", "HIGH", "reason", "Lives alone", "decidedOn", "1987-02-03",
                "version", received.path("version").asInt())).json();
        assertThat(prioritised.path("nextCheckInDue").asString()).isEqualTo("1987-02-17");
        assertThat(reviewsDue(practitioner, team, "1987-06-01")).contains(person);

        scenario.stimulate(() -> People.recordDeath(practitioner, person, "1987-03-10"))
                .andWaitForStateChange(() -> Events.waiting(jdbc, person), waiting -> waiting == 0)
                .andVerifyEvents(events -> assertThat(events.ofType(ServiceEnded.class)
                                .matching(e -> e.personId().toString().equals(person) && e.outcome().equals("NFA: Deceased")))
                        .extracting(e -> e.serviceId() + " " + e.endDate() + " " + e.outcome() + " by " + e.recordedBy())
                        .containsExactlyInAnyOrder(a.path("id").asString() + " 1987-03-10 NFA: Deceased by system",
                                b.path("id").asString() + " 1987-03-10 NFA: Deceased by system"));

        assertThat(jdbc.sql("select count(*) from event_publication where serialized_event like :person").param("person", "%" + person + "%")
                .query(Long.class).single()).as("publications are deleted once their listeners have run").isZero();

        JsonNode support = practitioner.get("/api/v1/people/" + person + "/support").json();
        assertThat(support.path("services").valueStream().map(s -> s.path("serviceNumber").asLong() + " " + s.path("endDate").asString() + " "
                + s.path("endOutcome").asString())).containsExactlyInAnyOrder(
                a.path("serviceNumber").asLong() + " 1987-03-10 NFA: Deceased",
                b.path("serviceNumber").asLong() + " 1987-03-10 NFA: Deceased",
                c.path("serviceNumber").asLong() + " 1986-06-30 NFA: Support ended as planned");
        JsonNode directPayment = support.path("directPayments").get(0);
        assertThat(directPayment.path("endsOn").asString()).isEqualTo("1987-03-10");
        assertThat(directPayment.has("nextCheckDueOn")).isFalse();
        assertThat(directPayment.path("checkOverdue").asBoolean()).isFalse();
        assertThat(reviewsDue(practitioner, team, "1987-03-01")).as("the record of before stays as it was").contains(person);
        assertThat(reviewsDue(practitioner, team, "1987-06-01")).doesNotContain(person);

        JsonNode closed = practitioner.get(request).json();
        assertThat(closed.path("stage").asString()).isEqualTo("CLOSED");
        assertThat(closed.path("closedOn").asString()).isEqualTo("1987-03-10");
        assertThat(closed.path("outcome").asString()).isEqualTo("NFA: Deceased");
        assertThat(closed.has("nextCheckInDue")).isFalse();
        assertThat(closed.path("history").get(0).path("actor").asString()).isEqualTo("system");
        assertThat(closed.path("history").get(0).path("detail").asString())
                .isEqualTo("1987-03-10: NFA: Deceased (the person died on 1987-03-10, recorded by " + practitioner.username() + ")");

        JsonNode chronology = practitioner.get("/api/v1/people/" + person + "/chronology?from=1987-03-10&to=1987-03-10").json();
        assertThat(chronology.path("items").valueStream().map(i -> i.path("title").asString() + (i.path("significant").asBoolean() ? " (significant)" : "")))
                .containsExactlyInAnyOrder("Died (significant)", "Service ended: Home Support (significant)", "Service ended: Day Support (significant)",
                        "Request closed: NFA: Deceased (significant)", "Direct payment ended");

        scenario.publish(new PersonDied(UUID.fromString(person), LocalDate.of(1987, 3, 10), practitioner.username()))
                .andWaitForStateChange(() -> Events.waiting(jdbc, person), waiting -> waiting == 0)
                .andVerify(waiting -> {
                    JsonNode again = practitioner.get("/api/v1/people/" + person + "/support").json();
                    assertThat(versions(again.path("services"))).isEqualTo(versions(support.path("services")));
                    assertThat(again.path("directPayments")).isEqualTo(support.path("directPayments"));
                    JsonNode requestAgain = practitioner.get(request).json();
                    assertThat(requestAgain.path("version").asInt()).isEqualTo(closed.path("version").asInt());
                    assertThat(requestAgain.path("history")).hasSameSizeAs(closed.path("history"));
                });
    }

    private static List<String> reviewsDue(Api api, long team, String asOf) {
        return api.get("/api/v1/reviews/due?team=" + team + "&asOf=" + asOf + "&within=0").json().path("items").valueStream()
                .map(r -> r.path("personId").asString()).toList();
    }

    private static List<String> versions(JsonNode services) {
        return services.valueStream().map(s -> s.path("id").asString() + " v" + s.path("version").asInt()).toList();
    }
}
