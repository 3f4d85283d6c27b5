package org.openasc.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.CareAndSupport;
import org.openasc.testing.Events;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.People;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A date of death corrected moves what the death ended; one withdrawn reopens it, unless someone changed it since (ADR 29).
 * Dates in 1958-60, which no shared list shows:
 *
 * <pre>
 * record                                  death 10 Mar 1959   corrected to 5 Mar 1959   corrected to 20 May 1959
 * A  Home Support from 6 Jan 1958         ended 10 Mar        ended 5 Mar               ended 20 May
 * B  Day Support from 2 Jun 1958, ending  ended 10 Mar        ended 5 Mar               ends 30 Apr as planned again
 *    30 Apr 1959 as planned
 * C  Day Support from 9 Mar 1959          ended 10 Mar        ended 9 Mar (its first)   ended 20 May
 * direct payment, request, assessment,    ended / closed      5 Mar                     20 May
 *   discharge referral still in hospital    10 Mar
 * </pre>
 * Withdrawn (a death on 10 Mar 1960 recorded in error): service A, the request (back to its stage), the assessment, the
 * direct payment and the referral are open again; service B, whose terms were changed after the death, stays ended.
 * Recorded again, the death ends them again.
 */
class DeathCorrectedTest extends IntegrationTest {

    private static final String COMMUNITY = "Long term support: Community";

    @Autowired
    private ApplicationEventPublisher events;

    @Autowired
    private TransactionTemplate transactions;

    @Test
    void aCorrectedDateOfDeathMovesWhatTheDeathEndedAndNothingElse() {
        long team = newTeam("Locality ");
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        Api manager = staffIn(Set.of(team), Role.TEAM_MANAGER);
        String person = People.create(practitioner, "Mabel");
        JsonNode a = service(practitioner, person, team, "Home Support", "1958-01-06");
        JsonNode b = service(practitioner, person, team, "Day Support", "1958-06-02");
        assertThat(practitioner.post("/api/v1/services/" + b.path("id").asString() + "/end", Map.of("version", b.path("version").asInt(),
                "endDate", "1959-04-30", "outcome", "NFA: Support ended as planned")).status()).isEqualTo(200);
        JsonNode c = service(practitioner, person, team, "Day Support", "1959-03-09");
        directPayment(practitioner, person, "1958-02-03");
        String request = request(practitioner, manager, person, "1959-02-02");
        String assessment = assessment(practitioner, person, "1959-02-16");
        String discharge = referral(practitioner, person, team, "1959-03-02");

        died(practitioner, person, "1959-03-10");
        assertThat(ends(practitioner, person, a, b, c)).containsExactly("1959-03-10 NFA: Deceased", "1959-03-10 NFA: Deceased", "1959-03-10 NFA: Deceased");
        JsonNode ended = practitioner.get(discharge).json();
        assertThat(ended.path("endedOn").asString() + " " + ended.path("endReason").asString()).isEqualTo("1959-03-10 DIED");
        assertThat(practitioner.post(discharge + "/progress", Map.of("version", ended.path("version").asInt(), "hubDecisionOn", "1959-03-11"))
                .status()).as("a referral ended by a death is not discharged").isEqualTo(400);

        died(practitioner, person, "1959-03-05");
        assertThat(ends(practitioner, person, a, b, c)).containsExactly("1959-03-05 NFA: Deceased", "1959-03-05 NFA: Deceased",
                "1959-03-09 NFA: Deceased");
        assertThat(others(practitioner, person, request, assessment, discharge)).containsExactly("1959-03-05", "1959-03-05", "1959-03-05", "1959-03-05");
        JsonNode moved = practitioner.get(request).json();
        assertThat(moved.path("history").get(0).path("what").asString()).isEqualTo("Closing moved");
        assertThat(moved.path("history").get(0).path("detail").asString()).isEqualTo("1959-03-10 to 1959-03-05: NFA: Deceased (the date of death"
                + " was corrected from 1959-03-10 to 1959-03-05 by " + practitioner.username() + ")");

        died(practitioner, person, "1959-05-20");
        assertThat(ends(practitioner, person, a, b, c)).containsExactly("1959-05-20 NFA: Deceased", "1959-04-30 NFA: Support ended as planned",
                "1959-05-20 NFA: Deceased");
        assertThat(others(practitioner, person, request, assessment, discharge)).containsExactly("1959-05-20", "1959-05-20", "1959-05-20", "1959-05-20");
        assertThat(practitioner.get(request).json().path("outcome").asString()).isEqualTo("NFA: Deceased");
    }

    @Test
    void aWithdrawnDeathReopensWhatItEndedUnlessSomeoneChangedItSince() {
        long team = newTeam("Locality ");
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        Api manager = staffIn(Set.of(team), Role.TEAM_MANAGER);
        String person = People.create(practitioner, "Nora");
        JsonNode a = service(practitioner, person, team, "Home Support", "1960-01-04");
        JsonNode b = service(practitioner, person, team, "Day Support", "1960-01-04");
        directPayment(practitioner, person, "1960-01-04");
        String request = request(practitioner, manager, person, "1960-02-01");
        String stage = practitioner.get(request).json().path("stage").asString();
        String assessment = assessment(practitioner, person, "1960-02-15");
        String discharge = referral(practitioner, person, team, "1960-03-01");

        died(practitioner, person, "1960-03-10");
        assertThat(others(practitioner, person, request, assessment, discharge)).containsExactly("1960-03-10", "1960-03-10", "1960-03-10", "1960-03-10");
        JsonNode endedB = support(practitioner, person).path("services").valueStream()
                .filter(s -> s.path("id").asString().equals(b.path("id").asString())).findFirst().orElseThrow();
        assertThat(practitioner.post("/api/v1/services/" + b.path("id").asString() + "/changes", Map.of("version", endedB.path("version").asInt(),
                "effectiveFrom", "1960-02-01", "unitCost", "55.00", "costFrequency", "Weekly", "reason", "Price agreed late")).status())
                .as("a practitioner changes service B after the death ended it").isEqualTo(201);

        died(practitioner, person, null); // withdrawn: recorded in error

        JsonNode support = support(practitioner, person);
        JsonNode reopenedA = byId(support.path("services"), a);
        assertThat(reopenedA.has("endDate")).isFalse();
        assertThat(reopenedA.has("endOutcome")).isFalse();
        assertThat(byId(support.path("services"), b).path("endDate").asString()).as("changed since, so left as it is").isEqualTo("1960-03-10");
        assertThat(support.path("directPayments").get(0).has("endsOn")).isFalse();
        String reopened = "Reopened: the date of death recorded on 1960-03-10 was withdrawn by " + practitioner.username();
        assertThat(audited(a)).contains(reopened);
        assertThat(audited(b)).contains("Left as it is: the date of death recorded on 1960-03-10 was withdrawn by " + practitioner.username()
                + ", but the record was changed after the death ended it");

        JsonNode open = practitioner.get(request).json();
        assertThat(open.path("stage").asString()).isEqualTo(stage);
        assertThat(open.has("closedOn")).isFalse();
        assertThat(open.has("outcome")).isFalse();
        assertThat(open.path("history").get(0).path("what").asString()).isEqualTo("Reopened");
        JsonNode inProgress = practitioner.get(assessment).json();
        assertThat(inProgress.has("completedOn")).isFalse();
        assertThat(inProgress.path("history").get(0).path("detail").asString())
                .isEqualTo("the date of death recorded on 1960-03-10 was withdrawn by " + practitioner.username());
        JsonNode inHospital = practitioner.get(discharge).json();
        assertThat(inHospital.has("endedOn")).isFalse();
        assertThat(practitioner.post(discharge + "/progress", Map.of("version", inHospital.path("version").asInt(), "hubDecisionOn", "1960-03-11"))
                .status()).isEqualTo(200);
        assertThat(practitioner.get("/api/v1/people/" + person).json().has("dateOfDeath")).isFalse();
        transactions.executeWithoutResult(status -> events.publishEvent(new PersonDied(UUID.fromString(person), LocalDate.of(1960, 3, 10), "late")));
        Events.awaitDelivered(jdbc, person);
        assertThat(byId(support(practitioner, person).path("services"), a).has("endDate"))
                .as("a death announced late, after it was withdrawn, ends nothing: listeners follow the record").isFalse();

        died(practitioner, person, "1960-03-10"); // recorded again: all ends again, and nothing of 1960 is left open for others' lists
        assertThat(byId(support(practitioner, person).path("services"), a).path("endDate").asString()).isEqualTo("1960-03-10");
        assertThat(others(practitioner, person, request, assessment, discharge)).containsExactly("1960-03-10", "1960-03-10", "1960-03-10", "1960-03-10");
    }

    private void died(Api practitioner, String person, String on) {
        People.recordDeath(practitioner, person, on);
        Events.awaitDelivered(jdbc, person);
    }

    private List<String> audited(JsonNode service) {
        return jdbc.sql("select detail from platform.audit_event where subject_type = 'service' and subject_id = :id and actor = 'system'")
                .param("id", service.path("id").asString()).query(String.class).list();
    }

    private static JsonNode service(Api practitioner, String person, long team, String component, String start) {
        return CareAndSupport.start(practitioner, CareAndSupport.service(person, team, COMMUNITY, component, "CASSR commissioned support", start,
                "50.00", "Weekly", null));
    }

    private static void directPayment(Api practitioner, String person, String startsOn) {
        Api.Response payment = practitioner.post("/api/v1/direct-payments", Map.of("personId", person, "agreementSignedOn", startsOn,
                "amount", "120.00", "period", "WEEKLY", "startsOn", startsOn));
        assertThat(payment.status()).as(payment.toString()).isEqualTo(201);
    }

    private static String request(Api practitioner, Api manager, String person, String receivedOn) {
        JsonNode received = practitioner.post("/api/v1/requests", Map.of("personId", person, "clientType", "Service user", "routeOfAccess",
                "Community/Other route", "receivedOn", receivedOn, "summary", "Help at home")).json();
        String path = "/api/v1/requests/" + received.path("id").asString();
        assertThat(manager.post(path + "/priority", Map.of("priority", "HIGH", "reason", "Lives alone", "decidedOn", receivedOn,
                "version", received.path("version").asInt())).status()).isEqualTo(200);
        return path;
    }

    private static String assessment(Api practitioner, String person, String startedOn) {
        Api.Response started = practitioner.post("/api/v1/assessments", Map.of("personId", person, "assessmentType", "Long term assessment",
                "method", "Face to face", "startedOn", startedOn));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return "/api/v1/assessments/" + started.json().path("id").asString();
    }

    private static String referral(Api practitioner, String person, long team, String referredOn) {
        Api.Response referred = practitioner.post("/api/v1/discharges", Map.of("personId", person, "teamId", team, "hospital", "Anytown General",
                "ward", "Ward 3", "referredOn", referredOn, "pathway", 1));
        assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
        return "/api/v1/discharges/" + referred.json().path("id").asString();
    }

    private static JsonNode support(Api api, String person) {
        return api.get("/api/v1/people/" + person + "/support").json();
    }

    private static JsonNode byId(JsonNode services, JsonNode service) {
        return services.valueStream().filter(s -> s.path("id").asString().equals(service.path("id").asString())).findFirst().orElseThrow();
    }

    private static List<String> ends(Api api, String person, JsonNode... services) {
        JsonNode all = support(api, person).path("services");
        return java.util.Arrays.stream(services).map(s -> byId(all, s)).map(s -> s.path("endDate").asString() + " " + s.path("endOutcome").asString())
                .toList();
    }

    /** The direct payment's end, the request's closing, the assessment's end and the referral's end. */
    private static List<String> others(Api api, String person, String request, String assessment, String discharge) {
        return List.of(support(api, person).path("directPayments").get(0).path("endsOn").asString(), api.get(request).json().path("closedOn").asString(),
                api.get(assessment).json().path("completedOn").asString(), api.get(discharge).json().path("endedOn").asString());
    }
}
