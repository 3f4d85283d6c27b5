package org.openasc.frontdoor.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.openasc.frontdoor.Priority;
import org.openasc.frontdoor.Stage;

/**
 * Everything the front door holds about a person, for a subject access request: one query per kind of record, oldest
 * first, whichever team holds it, free text in full. A request's histories are reached through the person's requests.
 */
@Repository
public class FrontDoorDisclosureQuery {

    /** A contact about the person, on the UK day it came in; the name and phone of whoever got in touch are a third party's. */
    public record Contact(long contactNumber, LocalDate receivedOn, String channel, String source, String contactName, String contactPhone,
                          String unknownPerson, String reason, String outcome, String signpostedTo, String passedTo, Long requestNumber,
                          String layer) {
    }

    public record Request(UUID id, long requestNumber, LocalDate receivedOn, String clientType, boolean existingClient, String routeOfAccess,
                          String summary, LocalDate assessmentStartedOn, LocalDate assessmentCompletedOn, LocalDate closedOn, String outcome) {
    }

    public record StageLine(UUID requestId, Stage stage, LocalDate fromDate) {
    }

    public record PriorityLine(UUID requestId, Priority priority, String reason, LocalDate fromDate) {
    }

    public record AllocationLine(UUID requestId, long teamId, String worker, LocalDate fromDate) {
    }

    public record CheckIn(long requestNumber, LocalDate heldOn, String outcome, String notes, String recordedBy) {
    }

    public record Conversation(long requestNumber, int number, LocalDate heldOn, String whatMatters, String agreed, String nextStep,
                               String worker) {
    }

    /** The person's requests, through their index, for a request's history lines. */
    private static final String OF_PERSON = """
            join frontdoor.support_request r on r.id = x.request_id
            where r.person_id = :person""";

    private final JdbcClient jdbc;

    FrontDoorDisclosureQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Contact> contacts(UUID personId) {
        return jdbc.sql("""
                select c.contact_number, (c.received_at at time zone 'Europe/London')::date as received_on, c.channel, c.source,
                  c.contact_name, c.contact_phone, c.unknown_person, c.reason, c.outcome, c.signposted_to, c.passed_to,
                  r.request_number, c.layer
                from frontdoor.contact c left join frontdoor.support_request r on r.id = c.request_id
                where c.person_id = :person order by c.received_at, c.contact_number""")
                .param("person", personId).query(Contact.class).list();
    }

    public List<Request> requests(UUID personId) {
        return jdbc.sql("""
                select id, request_number, received_on, client_type, existing_client, route_of_access, summary, assessment_started_on,
                  assessment_completed_on, closed_on, outcome
                from frontdoor.support_request where person_id = :person order by received_on, request_number""")
                .param("person", personId).query(Request.class).list();
    }

    /** Each request's stages in the order they were reached (on the same date, the later entry last). */
    public List<StageLine> stages(UUID personId) {
        return jdbc.sql("select x.request_id, x.stage, x.from_date from frontdoor.request_stage x " + OF_PERSON + " order by x.from_date, x.id")
                .param("person", personId).query(StageLine.class).list();
    }

    public List<PriorityLine> priorities(UUID personId) {
        return jdbc.sql("select x.request_id, x.priority, x.reason, x.from_date from frontdoor.request_priority x " + OF_PERSON
                        + " order by x.from_date, x.id")
                .param("person", personId).query(PriorityLine.class).list();
    }

    public List<AllocationLine> allocations(UUID personId) {
        return jdbc.sql("select x.request_id, x.team_id, x.worker, x.from_date from frontdoor.request_allocation x " + OF_PERSON
                        + " order by x.from_date, x.id")
                .param("person", personId).query(AllocationLine.class).list();
    }

    public List<CheckIn> checkIns(UUID personId) {
        return jdbc.sql("select r.request_number, x.held_on, x.outcome, x.notes, x.recorded_by from frontdoor.check_in x " + OF_PERSON
                        + " order by x.held_on, x.recorded_at")
                .param("person", personId).query(CheckIn.class).list();
    }

    public List<Conversation> conversations(UUID personId) {
        return jdbc.sql("select r.request_number, x.number, x.held_on, x.what_matters, x.agreed, x.next_step, x.worker"
                        + " from frontdoor.conversation x " + OF_PERSON + " order by x.held_on, x.number")
                .param("person", personId).query(Conversation.class).list();
    }
}
