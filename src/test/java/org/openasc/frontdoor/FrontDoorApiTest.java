package org.openasc.frontdoor;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.People;
import org.openasc.testing.TestDates;

import static org.assertj.core.api.Assertions.assertThat;

class FrontDoorApiTest extends IntegrationTest {


    static Map<String, Object> requestContact(String personId) {
        Map<String, Object> contact = new HashMap<>();
        contact.put("channel", "Phone");
        contact.put("source", "Family member, friend or neighbour");
        contact.put("contactName", "Daughter");
        contact.put("personId", personId);
        contact.put("reason", "Mum is struggling to wash and dress since her fall");
        contact.put("outcome", "Request for support");
        contact.put("clientType", "Service user");
        contact.put("routeOfAccess", "Community/Other route");
        return contact;
    }

    private record Setting(long team, Api frontDoor, Api manager, Api worker) {
    }

    private Setting team() {
        long team = newTeam("Locality");
        return new Setting(team, staffIn(Set.of(), Role.PRACTITIONER), staffIn(Set.of(team), Role.TEAM_MANAGER),
                staffIn(Set.of(team), Role.PRACTITIONER));
    }

    private JsonNode newRequest(Setting s) {
        String person = People.create(s.frontDoor(), "Edna");
        Api.Response contact = s.frontDoor().post("/api/v1/contacts", requestContact(person));
        assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
        return s.frontDoor().get("/api/v1/requests/" + contact.json().path("requestId").asString()).json();
    }

    @Test
    void aContactThatIsARequestForSupportOpensARequestAwaitingTriage() {
        Setting s = team();
        String person = People.create(s.frontDoor(), "Edna");

        Api.Response contact = s.frontDoor().post("/api/v1/contacts", requestContact(person));

        assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
        assertThat(contact.location()).isEqualTo("/api/v1/contacts/" + contact.json().path("id").asString());
        JsonNode request = s.frontDoor().get("/api/v1/requests/" + contact.json().path("requestId").asString()).json();
        assertThat(request.path("stage").asString()).isEqualTo("AWAITING_TRIAGE");
        assertThat(request.path("clientType").asString()).isEqualTo("Service user");
        assertThat(request.path("receivedOn").asString()).isEqualTo(TestDates.today().toString());
        assertThat(request.path("existingClient").asBoolean()).isFalse();
        assertThat(request.path("person").path("givenName").asString()).isEqualTo("Edna");
        assertThat(s.frontDoor().get("/api/v1/contacts/" + contact.json().path("id").asString()).json().path("requestNumber").asLong())
                .isEqualTo(request.path("requestNumber").asLong());
    }

    @Test
    void signpostingWithoutSayingWhereAndARequestWithoutAPersonAreRefusedPerField() {
        Api frontDoor = staffWith(Role.PRACTITIONER);
        Map<String, Object> contact = new HashMap<>();
        contact.put("channel", "Carrier pigeon");
        contact.put("source", "The person themselves");
        contact.put("reason", "Wants to know about day centres");
        contact.put("outcome", "Signposting");

        Api.Response refused = frontDoor.post("/api/v1/contacts", contact);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.errorFor("channel")).contains("how the contact came in");
        assertThat(refused.errorFor("signpostedTo")).isEqualTo("Enter where the person was signposted to");

        Map<String, Object> request = requestContact(null);
        request.put("routeOfAccess", "By balloon");
        Api.Response noPerson = frontDoor.post("/api/v1/contacts", request);
        assertThat(noPerson.status()).isEqualTo(400);
        assertThat(noPerson.errorFor("personId")).contains("must be about a person on the record");
        assertThat(noPerson.errorFor("routeOfAccess")).contains("route of access");
    }

    @Test
    void aContactAboutSomeoneNotOnTheRecordIsLoggedWithItsLayer() {
        Api frontDoor = staffWith(Role.PRACTITIONER);
        Map<String, Object> contact = new HashMap<>();
        contact.put("channel", "Email");
        contact.put("source", "Housing");
        contact.put("unknownPerson", "Older man at 4 Mill Lane, name not known");
        contact.put("reason", "Needs a grab rail");
        contact.put("outcome", "Equipment or technology-enabled care");

        Api.Response logged = frontDoor.post("/api/v1/contacts", contact);

        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
        assertThat(logged.json().path("layer").asString()).isEqualTo("reduce");
        assertThat(logged.json().path("unknownPerson").asString()).isEqualTo("Older man at 4 Mill Lane, name not known");
    }

    @Test
    void aManagerPrioritisesAndAllocatesAndEachStepIsKeptInTheHistory() {
        Setting s = team();
        JsonNode request = newRequest(s);
        String path = "/api/v1/requests/" + request.path("id").asString();

        Api.Response prioritised = s.manager().post(path + "/priority", Map.of("priority", "HIGH", "reason", "Lives alone, carer in hospital",
                "version", request.path("version").asInt()));
        assertThat(prioritised.status()).as(prioritised.toString()).isEqualTo(200);
        assertThat(prioritised.json().path("stage").asString()).isEqualTo("AWAITING_ALLOCATION");
        assertThat(prioritised.json().path("nextCheckInDue").asString()).isEqualTo(TestDates.today().plusDays(14).toString());

        Api.Response allocated = s.manager().post(path + "/allocation", Map.of("teamId", s.team(), "worker", s.worker().username(),
                "version", prioritised.json().path("version").asInt()));
        assertThat(allocated.status()).as(allocated.toString()).isEqualTo(200);
        assertThat(allocated.json().path("stage").asString()).isEqualTo("AWAITING_ASSESSMENT");
        assertThat(allocated.json().path("worker").asString()).isEqualTo(s.worker().username());

        Api.Response reprioritised = s.manager().post(path + "/priority", Map.of("priority", "urgent", "reason", "Carer will not return home",
                "version", allocated.json().path("version").asInt()));
        assertThat(reprioritised.json().path("priority").asString()).isEqualTo("URGENT");
        assertThat(reprioritised.json().path("stage").asString()).isEqualTo("AWAITING_ASSESSMENT");
        JsonNode history = reprioritised.json().path("history");
        assertThat(history.get(0).path("what").asString()).isEqualTo("Re-prioritised");
        assertThat(history.get(0).path("detail").asString()).isEqualTo("High to Urgent: Carer will not return home");
        assertThat(history.get(0).path("actor").asString()).isEqualTo(s.manager().username());
        assertThat(history.toString()).contains("Allocated", "Stage changed", "Prioritised", "Request received");
    }

    @Test
    void onlyManagersPrioritiseAndAllocateAndWorkersMustBeInTheTeam() {
        Setting s = team();
        JsonNode request = newRequest(s);
        String path = "/api/v1/requests/" + request.path("id").asString();
        int version = request.path("version").asInt();

        assertThat(s.worker().post(path + "/priority", Map.of("priority", "HIGH", "reason", "x", "version", version)).status()).isEqualTo(403);
        Api outsider = staffIn(Set.of(newTeam("Other")), Role.PRACTITIONER);
        Api.Response wrongWorker = s.manager().post(path + "/allocation", Map.of("teamId", s.team(), "worker", outsider.username(), "version", version));
        assertThat(wrongWorker.status()).isEqualTo(400);
        assertThat(wrongWorker.errorFor("worker")).contains("is not");
        Api.Response noPriority = s.manager().post(path + "/priority", Map.of("priority", "SOON", "version", version));
        assertThat(noPriority.status()).isEqualTo(400);
        assertThat(noPriority.errorFor("priority")).isEqualTo("Select a priority: urgent, high, medium or low");
        assertThat(noPriority.errorFor("reason")).isEqualTo("Enter why the request has this priority");

        JsonNode unchanged = s.manager().get(path).json();
        assertThat(unchanged.path("version").asInt()).isEqualTo(version);
        assertThat(unchanged.path("stage").asString()).isEqualTo("AWAITING_TRIAGE");
    }

    @Test
    void twoManagersChangingTheSameRequestAtOnceDoNotOverwriteEachOther() {
        Setting s = team();
        JsonNode request = newRequest(s);
        String path = "/api/v1/requests/" + request.path("id").asString();
        int version = request.path("version").asInt();

        assertThat(s.manager().post(path + "/priority", Map.of("priority", "LOW", "reason", "Managing well", "version", version)).status()).isEqualTo(200);
        Api.Response stale = s.manager().post(path + "/allocation", Map.of("teamId", s.team(), "version", version));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("detail").asString()).contains("changed by someone else");
        assertThat(s.manager().get(path).json().path("teamId").asLong(0)).isZero();
    }

    @Test
    void checkInsAndConversationsAreRecordedAndARequestEndsWithItsCldOutcome() {
        Setting s = team();
        JsonNode request = newRequest(s);
        String path = "/api/v1/requests/" + request.path("id").asString();
        s.manager().post(path + "/allocation", Map.of("teamId", s.team(), "worker", s.worker().username(), "version", request.path("version").asInt()));

        Api.Response checkIn = s.worker().post(path + "/check-ins", Map.of("heldOn", TestDates.today().toString(), "outcome", "Spoke to the person: no change"));
        assertThat(checkIn.status()).as(checkIn.toString()).isEqualTo(201);
        assertThat(checkIn.json().path("lastCheckInOn").asString()).isEqualTo(TestDates.today().toString());

        Api.Response conversation = s.worker().post(path + "/conversations", Map.of("number", 1, "heldOn", TestDates.today().toString(),
                "whatMatters", "Staying in her own home and seeing her grandchildren", "agreed", "Try a shower seat and a pendant alarm",
                "nextStep", "Occupational therapist to visit"));
        assertThat(conversation.status()).as(conversation.toString()).isEqualTo(201);
        assertThat(conversation.json().path("stage").asString()).isEqualTo("ASSESSMENT_IN_PROGRESS");
        assertThat(conversation.json().path("conversations").get(0).path("worker").asString()).isEqualTo(s.worker().username());

        int version = conversation.json().path("version").asInt();
        Api.Response noOutcome = s.worker().post(path + "/close", Map.of("closedOn", TestDates.today().toString(), "version", version));
        assertThat(noOutcome.status()).isEqualTo(400);
        assertThat(noOutcome.errorFor("outcome")).isEqualTo("Select the outcome of the request");
        Api.Response badOutcome = s.worker().post(path + "/close", Map.of("outcome", "Sorted", "closedOn", TestDates.today().toString(), "version", version));
        assertThat(badOutcome.errorFor("outcome")).contains("Event outcome");

        Api.Response closed = s.worker().post(path + "/close", Map.of("outcome", "NFA: Information and advice or signposting",
                "closedOn", TestDates.today().toString(), "version", version));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().path("stage").asString()).isEqualTo("CLOSED");
        assertThat(closed.json().path("layer").asString()).isEqualTo("prevent");

        Api.Response lateCheckIn = s.worker().post(path + "/check-ins", Map.of("heldOn", TestDates.today().toString(), "outcome", "Spoke to the person: no change"));
        assertThat(lateCheckIn.status()).isEqualTo(400);
        assertThat(lateCheckIn.json().path("errors").get(0).path("message").asString()).contains("cannot be changed");
        assertThat(s.worker().get(path).json().path("checkIns").size()).isEqualTo(1);
    }

    @Test
    void theWaitingListShowsEachRequestsStageWaitAndCheckInAndIsScopedToTheTeam() {
        Setting s = team();
        JsonNode request = newRequest(s);
        String path = "/api/v1/requests/" + request.path("id").asString();
        JsonNode prioritised = s.manager().post(path + "/priority", Map.of("priority", "MEDIUM", "reason", "Stable", "version", request.path("version").asInt())).json();
        s.manager().post(path + "/allocation", Map.of("teamId", s.team(), "version", prioritised.path("version").asInt()));

        Api.Response list = s.manager().get("/api/v1/waiting-list?team=" + s.team());
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json().path("total").asLong()).isEqualTo(1);
        JsonNode item = list.json().path("items").get(0);
        assertThat(item.path("requestId").asString()).isEqualTo(request.path("id").asString());
        assertThat(item.path("personId").asString()).isEqualTo(request.path("personId").asString());
        assertThat(item.path("stage").asString()).isEqualTo("AWAITING_ALLOCATION");
        assertThat(item.path("priority").asString()).isEqualTo("MEDIUM");
        assertThat(item.path("waitingDays").asLong()).isZero();
        assertThat(item.path("nextCheckInDue").asString()).isEqualTo(TestDates.today().plusDays(28).toString());
        assertThat(item.path("checkInOverdue").asBoolean()).isFalse();

        assertThat(s.manager().get("/api/v1/waiting-list?team=" + s.team() + "&asOf=" + TestDates.today().minusDays(1)).json().path("total").asLong()).isZero();
        Api otherManager = staffIn(Set.of(newTeam("Elsewhere")), Role.TEAM_MANAGER);
        assertThat(otherManager.get("/api/v1/waiting-list?team=" + s.team()).status()).isEqualTo(403);
        assertThat(otherManager.get(path).status()).isEqualTo(403);
        assertThat(staffWith(Role.PERFORMANCE).get("/api/v1/waiting-list?team=" + s.team()).json().path("total").asLong()).isEqualTo(1);

        Api.Response badFilter = s.manager().get("/api/v1/waiting-list?stage=WAITING&priority=soon&asOf=" + TestDates.today().plusDays(3));
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(badFilter.errorFor("stage")).startsWith("Use a stage");
        assertThat(badFilter.errorFor("priority")).startsWith("Use a priority");

        JsonNode summary = s.manager().get("/api/v1/waiting-list/summary?team=" + s.team()).json();
        assertThat(summary.path("total").asLong()).isEqualTo(1);
        assertThat(summary.path("byStageAndPriority").path("AWAITING_ALLOCATION").path("MEDIUM").asLong()).isEqualTo(1);
        assertThat(summary.path("byBand").path("UP_TO_4_WEEKS").asLong()).isEqualTo(1);
    }

    @Test
    void aWorkerSeesTheirCaseloadAndARequestIsCheckedBeforeItIsSaved() {
        Setting s = team();
        JsonNode request = newRequest(s);
        s.manager().post("/api/v1/requests/" + request.path("id").asString() + "/allocation",
                Map.of("teamId", s.team(), "worker", s.worker().username(), "version", request.path("version").asInt()));

        JsonNode caseload = s.worker().get("/api/v1/caseload").json();
        assertThat(caseload.path("total").asLong()).isEqualTo(1);
        assertThat(caseload.path("items").get(0).path("requestId").asString()).isEqualTo(request.path("id").asString());
        assertThat(caseload.path("items").get(0).path("stage").asString()).isEqualTo("AWAITING_ASSESSMENT");

        Api.Response refused = s.frontDoor().post("/api/v1/requests", Map.of("clientType", "Lodger", "receivedOn", TestDates.today().plusDays(1).toString()));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFor("personId")).contains("Select the person");
        assertThat(refused.errorFor("clientType")).contains("client type");
        assertThat(refused.errorFor("routeOfAccess")).isEqualTo("Select the route of access");
        assertThat(refused.errorFor("receivedOn")).contains("today or in the past");
        assertThat(refused.errorFor("summary")).isEqualTo("Enter what the request is for");
        Api.Response malformed = s.frontDoor().raw("POST", "/api/v1/requests", "application/json", "{\"personId\": \"not-a-uuid\"");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(s.frontDoor().get("/api/v1/requests/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void councillorsAndTheUnsignedInAreKeptOut() {
        Api councillor = staffWith(Role.COUNCILLOR);
        assertThat(councillor.post("/api/v1/contacts", requestContact(null)).status()).isEqualTo(403);
        assertThat(councillor.get("/api/v1/waiting-list").status()).isEqualTo(403);
        Api.Response anonymous = anonymous().get("/api/v1/waiting-list");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(staffWith(Role.FINANCE).post("/api/v1/contacts", requestContact(null)).status()).isEqualTo(403);
    }

    @Test
    void anAdministratorSetsTheCheckInIntervals() {
        Api admin = staffWith(Role.ADMIN);
        Api.Response bad = admin.put("/api/v1/check-in-intervals", Map.of("URGENT", 0, "SOMETIME", 5));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFor("URGENT")).isEqualTo("Enter a number of days from 1 to 365");
        assertThat(bad.errorFor("SOMETIME")).contains("Name a priority");
        assertThat(staffWith(Role.TEAM_MANAGER).put("/api/v1/check-in-intervals", Map.of("URGENT", 5)).status()).isEqualTo(403);
        assertThat(admin.get("/api/v1/check-in-intervals").json().path("URGENT").asInt()).isEqualTo(7);
    }
}
