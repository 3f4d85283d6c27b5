package org.openasc.safeguarding;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import tools.jackson.databind.JsonNode;

import org.openasc.frontdoor.SafeguardingContactRecorded;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.calendar.WorkingDayCalendar;
import org.openasc.platform.security.Role;
import org.openasc.testing.PagedList;
import org.openasc.testing.Api;
import org.openasc.testing.Events;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.People;
import org.openasc.testing.TestDates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A front-door contact recorded as a safeguarding concern opens the concern for the Safeguarding Adults Team (ADR 20):
 * about the contact's person, received when the contact came in (ten days ago at 22:15, so its 3-working-day screening
 * clock has run out by the time anyone reads it), raised by the police as the contact says, in the contact's words,
 * linked back to the contact, raised by the officer who logged it and recorded in the audit trail by the system. The
 * same contact announced again opens no second concern. Dates are recent ones: the working-day calendar starts in 2010.
 */
@EnableScenarios
class ConcernFromContactTest extends IntegrationTest {

    @Autowired
    private WorkingDayCalendar calendar;

    @Test
    void aContactRecordedAsASafeguardingConcernOpensTheConcernOnTheContactsClockOnce(Scenario scenario) {
        Api frontDoor = staffWith(Role.PRACTITIONER);
        Api team = staffWith(Role.SAFEGUARDING);
        String person = People.create(frontDoor, "Maud");
        LocalDate receivedOn = TestDates.today().minusDays(10);
        LocalDateTime receivedAt = receivedOn.atTime(22, 15);
        String reason = "Found wandering at night with bruises on her arms";
        Api.Response logged = frontDoor.post("/api/v1/contacts", Map.of("receivedAt", receivedAt.toString(), "channel", "Police", "source", "Police",
                "personId", person, "reason", reason, "outcome", "Safeguarding concern"));
        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
        String contactId = logged.json().path("id").asString();
        long contactNumber = logged.json().path("contactNumber").asLong();

        Events.awaitDelivered(jdbc, contactId);
        List<JsonNode> concerns = concernsAbout(team, person);
        assertThat(concerns).hasSize(1);
        JsonNode concern = concerns.get(0);
        assertThat(Instant.parse(concern.path("receivedAt").asString())).isEqualTo(receivedAt.atZone(Today.COUNCIL_ZONE).toInstant());
        assertThat(concern.path("receivedOn").asString()).isEqualTo(receivedOn.toString());
        assertThat(concern.path("screeningDueOn").asString()).isEqualTo(calendar.addWorkingDays(receivedOn, 3).toString());
        assertThat(concern.path("screeningStatus").asString()).isEqualTo("OVERDUE");
        assertThat(concern.path("source").asString()).isEqualTo("Police");
        assertThat(concern.path("whatHappened").asString()).isEqualTo(reason);
        assertThat(concern.path("contactId").asString()).isEqualTo(contactId);
        assertThat(concern.path("createdBy").asString()).isEqualTo(frontDoor.username());
        String concernId = concern.path("id").asString();
        assertThat(frontDoor.get("/api/v1/safeguarding/concerns/" + concernId).status()).as("the officer who raised it may open it").isEqualTo(200);
        assertThat(jdbc.sql("""
                select detail from platform.audit_event where actor = 'system' and action = 'CREATED' and subject_type = 'safeguarding-concern'
                  and subject_id = :id""").param("id", concernId).query(String.class).list())
                .containsExactly("From front-door contact " + contactNumber + ", recorded by " + frontDoor.username());

        SafeguardingContactRecorded again = new SafeguardingContactRecorded(UUID.fromString(contactId), contactNumber, UUID.fromString(person),
                receivedAt.atZone(Today.COUNCIL_ZONE).toInstant(), "Police", "Police", reason, frontDoor.username());
        scenario.publish(again).andWaitForStateChange(() -> Events.waiting(jdbc, contactId), waiting -> waiting == 0)
                .andVerify(waiting -> assertThat(concernsAbout(team, person)).hasSize(1));

        Api.Response screened = team.post("/api/v1/safeguarding/concerns/" + concernId + "/screening", Map.of("version", concern.path("version").asInt(),
                "screenedOn", TestDates.today().toString(), "needsCareAndSupport", true, "experiencingOrAtRisk", false, "unableToProtect", false,
                "decision", "NOT_SAFEGUARDING", "reasons", "Bruises from a fall; the GP is following up"));
        assertThat(screened.status()).as(screened.toString()).isEqualTo(200);
    }

    @Test
    void aSafeguardingConcernAtTheFrontDoorMustBeAboutSomeoneOnTheRecord() {
        Api frontDoor = staffWith(Role.PRACTITIONER);
        Api.Response refused = frontDoor.post("/api/v1/contacts", Map.of("channel", "Phone", "source", "Anonymous",
                "unknownPerson", "An older man at the corner shop", "reason", "Shouted at by his son in the street", "outcome", "Safeguarding concern"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFor("personId")).contains("must be about a person on the record");
    }

    private static List<JsonNode> concernsAbout(Api team, String person) {
        return PagedList.all(team, "/api/v1/safeguarding/concerns").valueStream().filter(c -> person.equals(c.path("personId").asString())).toList();
    }
}
