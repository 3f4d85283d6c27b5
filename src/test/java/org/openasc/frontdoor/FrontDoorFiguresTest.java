package org.openasc.frontdoor;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import java.time.Clock;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.calendar.Today;
import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.People;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dashboard against a week counted by hand: 6 to 12 February 2023, a window no other test writes to, recorded once
 * for the class and read by one test per kind of figure. Contacts either side of the week must not count.
 *
 * <pre>
 * contact (UK time)        channel    source                  outcome                 layer          person
 * 5 Feb 23:30 (outside)    Phone      the person              information and advice  -              -
 * C1 6 Feb 10:00           Phone      the person              information and advice  prevent        -
 * 6 Feb 11:00              Email      housing                 signposting             prevent        -
 * 7 Feb 09:15              Phone      GP or community health  equipment or TEC        reduce         unknown
 * 7 Feb 14:00 (R1)         Phone      family                  request for support     delay*         Alma, community route
 * 8 Feb 08:30 (R2)         Hospital   hospital                request for support     meet*          Bert, hospital discharge
 * 8 Feb 22:00              Police     police                  safeguarding concern    safeguarding   Cora
 * 9 Feb 12:00 (R3)         Phone      unpaid carer            request for support     pending        Dev, carer, community
 * 12 Feb 23:30             Letter     other professional      information and advice  prevent        -
 * 13 Feb 00:30 (outside)   Phone      the person              information and advice  -              -
 * * by how the request ended: R1 reablement after one conversation (delay), R2 assessed, support planning (meet)
 *
 * 8 in the week: phone 4, email 1, letter 1 (hospital 1, police 1); prevent 3 (50.0%), reduce, delay, meet, pending and
 * safeguarding 1 each (16.7% of the 6 with a layer decided). Requests 3: community 2, hospital 1; carer 1; all new clients.
 * R1 allocated 8 Feb (1 day), closed 11 Feb after conversation 1 only; R2 allocated 8 Feb (0 days), assessed 9-10 Feb
 * (2 days), closed 11 Feb; R3 prioritised medium 10 Feb, allocated 12 Feb (3 days), waiting on 12 Feb (up to 4 weeks).
 * Waits to allocation 0, 1, 3: median 1, 90th percentile 3.
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrontDoorFiguresTest extends IntegrationTest {

    private static final String PERIOD = "from=2023-02-06&to=2023-02-12";

    @org.springframework.beans.factory.annotation.Autowired
    private org.openasc.frontdoor.domain.WaitingListQuery waitingListQuery;

    @org.springframework.beans.factory.annotation.Autowired
    private Clock clock;

    private Api frontDoor;
    private Api manager;
    private Api performance;
    private long team;
    private JsonNode c1;
    private JsonNode r1;
    private JsonNode summary;

    private JsonNode contact(String at, String channel, String source, String outcome, String personId, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("receivedAt", at);
        body.put("channel", channel);
        body.put("source", source);
        body.put("reason", "Hand-counted contact");
        body.put("outcome", outcome);
        if (personId != null) {
            body.put("personId", personId);
        }
        Api.Response logged = frontDoor.post("/api/v1/contacts", body);
        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
        return logged.json();
    }

    private JsonNode request(JsonNode contact) {
        return frontDoor.get("/api/v1/requests/" + contact.path("requestId").asString()).json();
    }

    private JsonNode post(Api api, String path, Map<String, Object> body) {
        Api.Response response = api.post(path, body);
        assertThat(response.status()).as(path + " " + response).isIn(200, 201);
        return response.json();
    }

    @BeforeAll
    void theWeekAsRecorded() {
        team = newTeam("Figures");
        frontDoor = staffIn(Set.of(team), Role.PRACTITIONER);
        manager = staffIn(Set.of(team), Role.TEAM_MANAGER);
        String p1 = People.create(frontDoor, "Alma");
        String p2 = People.create(frontDoor, "Bert");
        String p3 = People.create(frontDoor, "Cora");
        String p4 = People.create(frontDoor, "Dev");
        Map<String, Object> serviceUser = Map.of("clientType", "Service user", "routeOfAccess", "Community/Other route");

        contact("2023-02-05T23:30:00", "Phone", "The person themselves", "Information and advice", null, Map.of());
        c1 = contact("2023-02-06T10:00:00", "Phone", "The person themselves", "Information and advice", null, Map.of());
        contact("2023-02-06T11:00:00", "Email", "Housing", "Signposting", null, Map.of("signpostedTo", "Age UK lunch club"));
        contact("2023-02-07T09:15:00", "Phone", "GP or community health", "Equipment or technology-enabled care", null, Map.of("unknownPerson", "Mr X, Mill Lane"));
        r1 = request(contact("2023-02-07T14:00:00", "Phone", "Family member, friend or neighbour", "Request for support", p1, serviceUser));
        JsonNode r2 = request(contact("2023-02-08T08:30:00", "Hospital", "Hospital", "Request for support", p2,
                Map.of("clientType", "Service user", "routeOfAccess", "Discharge from hospital")));
        contact("2023-02-08T22:00:00", "Police", "Police", "Safeguarding concern", p3, Map.of());
        JsonNode r3 = request(contact("2023-02-09T12:00:00", "Phone", "Unpaid carer", "Request for support", p4,
                Map.of("clientType", "Unpaid carer", "routeOfAccess", "Community/Other route")));
        contact("2023-02-12T23:30:00", "Letter", "Other professional", "Information and advice", null, Map.of());
        contact("2023-02-13T00:30:00", "Phone", "The person themselves", "Information and advice", null, Map.of());

        String path1 = "/api/v1/requests/" + r1.path("id").asString();
        JsonNode a1 = post(manager, path1 + "/allocation", Map.of("teamId", team, "allocatedOn", "2023-02-08", "version", r1.path("version").asInt()));
        JsonNode v1 = post(frontDoor, path1 + "/conversations", Map.of("number", 1, "heldOn", "2023-02-09", "whatMatters", "Getting back on her feet",
                "agreed", "Reablement for six weeks", "nextStep", "Refer to reablement"));
        post(frontDoor, path1 + "/close", Map.of("outcome", "Progress to reablement/ST-Max", "closedOn", "2023-02-11", "version", v1.path("version").asInt()));
        assertThat(a1.path("stage").asString()).isEqualTo("AWAITING_TRIAGE");

        String path2 = "/api/v1/requests/" + r2.path("id").asString();
        post(manager, path2 + "/allocation", Map.of("teamId", team, "worker", frontDoor.username(), "allocatedOn", "2023-02-08",
                "version", r2.path("version").asInt()));
        JsonNode assessment = post(frontDoor, "/api/v1/assessments", Map.of("requestId", r2.path("id").asString(),
                "assessmentType", "Long term assessment", "method", "Face to face", "startedOn", "2023-02-09"));
        String assessmentPath = "/api/v1/assessments/" + assessment.path("id").asString();
        JsonNode answered = frontDoor.put(assessmentPath, Map.of("version", assessment.path("version").asInt(), "outcomes",
                org.openasc.testing.AssessmentAnswers.unable("NUTRITION", "CLOTHING"))).json();
        post(frontDoor, assessmentPath + "/complete", Map.of("completedOn", "2023-02-10", "version", answered.path("version").asInt()));
        // The front door keeps the assessment's dates once it hears of them (ADR 20); the request is closed after that.
        await().untilAsserted(() -> assertThat(frontDoor.get(path2).json().path("assessmentCompletedOn").asString()).isEqualTo("2023-02-10"));
        JsonNode r2now = frontDoor.get(path2).json();
        post(frontDoor, path2 + "/close", Map.of("outcome", "Progress to support planning or services", "closedOn", "2023-02-11",
                "version", r2now.path("version").asInt()));

        String path3 = "/api/v1/requests/" + r3.path("id").asString();
        JsonNode prioritised = post(manager, path3 + "/priority", Map.of("priority", "MEDIUM", "reason", "Carer coping for now",
                "decidedOn", "2023-02-10", "version", r3.path("version").asInt()));
        post(manager, path3 + "/allocation", Map.of("teamId", team, "allocatedOn", "2023-02-12", "version", prioritised.path("version").asInt()));

        performance = staffWith(Role.PERFORMANCE);
        Api.Response response = performance.get("/api/v1/frontdoor/summary?" + PERIOD);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        summary = response.json();
    }

    @Test
    void contactsAreCountedByChannelAndLayerInsideTheWeekOnly() {
        JsonNode contacts = summary.path("contacts");
        assertThat(contacts.path("total").asLong()).isEqualTo(8);
        assertThat(contacts.path("byChannel").path("Phone").asLong()).isEqualTo(4);
        assertThat(contacts.path("byChannel").path("Email").asLong()).isEqualTo(1);
        assertThat(contacts.path("byChannel").path("Letter").asLong()).isEqualTo(1);
        assertThat(contacts.path("byLayer").path("prevent").asLong()).isEqualTo(3);
        assertThat(contacts.path("byLayer").path("reduce").asLong()).isEqualTo(1);
        assertThat(contacts.path("byLayer").path("delay").asLong()).isEqualTo(1);
        assertThat(contacts.path("byLayer").path("meet").asLong()).isEqualTo(1);
        assertThat(contacts.path("byLayer").path("pending").asLong()).isEqualTo(1);
        assertThat(contacts.path("byLayer").path("safeguarding").asLong()).isEqualTo(1);
        assertThat(contacts.path("layerShares").path("prevent").asDouble()).isEqualTo(50.0);
        assertThat(contacts.path("layerShares").path("reduce").asDouble()).isEqualTo(16.7);
        assertThat(contacts.path("layerShares").path("meet").asDouble()).isEqualTo(16.7);
    }

    @Test
    void requestsAreCountedByRouteClientTypeAndWhetherThePersonWasKnown() {
        JsonNode requests = summary.path("requests");
        assertThat(requests.path("total").asLong()).isEqualTo(3);
        assertThat(requests.path("byRouteOfAccess").path("Community/Other route").asLong()).isEqualTo(2);
        assertThat(requests.path("byRouteOfAccess").path("Discharge from hospital").asLong()).isEqualTo(1);
        assertThat(requests.path("byClientType").path("Unpaid carer").asLong()).isEqualTo(1);
        assertThat(requests.path("newClients").asLong()).isEqualTo(3);
        assertThat(requests.path("existingClients").asLong()).isZero();
    }

    @Test
    void theWaitingListAndTheWaitsAreThoseCountedByHand() {
        assertThat(summary.path("waiting").path("asOf").asString()).isEqualTo("2023-02-12");
        assertThat(summary.path("waiting").path("total").asLong()).isEqualTo(1);
        assertThat(summary.path("waiting").path("byStageAndPriority").path("AWAITING_ALLOCATION").path("MEDIUM").asLong()).isEqualTo(1);
        assertThat(summary.path("waiting").path("byBand").path("UP_TO_4_WEEKS").asLong()).isEqualTo(1);
        assertThat(summary.path("waiting").path("checkInsOverdue").asLong()).isZero();

        // Waits to first allocation: R1 1 day, R2 0 days, R3 3 days; to completed assessment: R2 2 days.
        assertThat(summary.path("waitToAllocation").path("requests").asLong()).isEqualTo(3);
        assertThat(summary.path("waitToAllocation").path("medianDays").asDouble()).isEqualTo(1.0);
        assertThat(summary.path("waitToAllocation").path("percentile90Days").asDouble()).isEqualTo(3.0);
        assertThat(summary.path("waitToAssessment").path("requests").asLong()).isEqualTo(1);
        assertThat(summary.path("waitToAssessment").path("medianDays").asDouble()).isEqualTo(2.0);
        assertThat(summary.path("assessmentsCompleted").path("Long term assessment").asLong()).isEqualTo(1);
        assertThat(summary.path("conversationOnlyClosures").asLong()).isEqualTo(1);
        assertThat(summary.path("closedByOutcome").path("Progress to reablement/ST-Max").asLong()).isEqualTo(1);
    }

    @Test
    void eachFigureOpensOntoItsRecordsForThoseWhoMaySeeThemAndBadQuestionsAreRefused() {
        Api.Response prevent = performance.get("/api/v1/frontdoor/summary/records?figure=CONTACTS_BY_LAYER&value=prevent&" + PERIOD);
        assertThat(prevent.json().path("total").asLong()).isEqualTo(3);
        assertThat(prevent.json().path("items").get(0).path("number").asLong()).isEqualTo(c1.path("contactNumber").asLong());
        Api.Response conversationOnly = performance.get("/api/v1/frontdoor/summary/records?figure=CONVERSATION_ONLY&value=conversation%20only&" + PERIOD);
        assertThat(conversationOnly.json().path("items").get(0).path("id").asString()).isEqualTo(r1.path("id").asString());

        String community = "/api/v1/frontdoor/summary/records?figure=REQUESTS_BY_ROUTE&value=Community%2FOther%20route&" + PERIOD;
        assertThat(manager.get(community).json().path("total").asLong()).isEqualTo(2);
        Api otherManager = staffIn(Set.of(newTeam("Elsewhere")), Role.TEAM_MANAGER);
        assertThat(otherManager.get(community).json().path("total").asLong()).isZero();
        assertThat(otherManager.get("/api/v1/frontdoor/summary/records?figure=CONTACTS_BY_LAYER&value=prevent&" + PERIOD)
                .json().path("total").asLong()).isEqualTo(3);

        Api councillor = staffWith(Role.COUNCILLOR);
        assertThat(councillor.get("/api/v1/frontdoor/summary?" + PERIOD).json().path("contacts").path("total").asLong()).isEqualTo(8);
        assertThat(councillor.get("/api/v1/frontdoor/summary/records?figure=CONTACTS_BY_LAYER&value=prevent&" + PERIOD).status()).isEqualTo(403);
        assertThat(staffWith(Role.PRACTITIONER).get("/api/v1/frontdoor/summary?" + PERIOD).status()).isEqualTo(403);
        Api.Response backwards = performance.get("/api/v1/frontdoor/summary?from=2023-03-01&to=2023-02-01");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.errorFor("from")).isEqualTo("The start of the period must be on or before its end");
        assertThat(performance.get("/api/v1/frontdoor/summary/records?figure=NONSENSE&value=x").errorFor("figure")).startsWith("Name a figure");
    }

    @Test
    void todaysWaitingListIsTheSameReadFromTheRequestsOrRebuiltFromTheirHistories() {
        // Today's list is read from the requests' own columns; rebuilt from the dated histories it must be the same.
        java.time.LocalDate today = Today.on(clock);
        assertThat(waitingListQuery.counts(WaitingListFilter.today(), today, true, null, null))
                .containsExactlyInAnyOrderElementsOf(waitingListQuery.counts(WaitingListFilter.today(), today, false, null, null))
                .isNotEmpty();
        assertThat(waitingListQuery.page(WaitingListFilter.today(), today, true, null, null, 500, 0))
                .isEqualTo(waitingListQuery.page(WaitingListFilter.today(), today, false, null, null, 500, 0));
    }
}
