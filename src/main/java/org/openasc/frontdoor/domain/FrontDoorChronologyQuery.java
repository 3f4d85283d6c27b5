package org.openasc.frontdoor.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.openasc.frontdoor.Priority;
import org.openasc.frontdoor.Stage;

/**
 * A person's front-door events on UK days {@code from} to {@code to}, one query per kind of record,
 * for their chronology. Each event about a request carries the request's current team and worker,
 * which decide who may see it.
 */
@Repository
public class FrontDoorChronologyQuery {

    /** A contact about the person, with the first 300 characters of why they got in touch. */
    public record ContactEvent(UUID id, long contactNumber, Instant receivedAt, String channel, String source, String outcome,
                               String reason) {
    }

    /** A request received or closed in the period (either date may fall outside it). */
    public record RequestEvent(UUID id, long requestNumber, Long teamId, String worker, String clientType, String routeOfAccess,
                               boolean existingClient, LocalDate receivedOn, String summary, LocalDate closedOn, String outcome) {
    }

    public record StageEvent(UUID requestId, long requestNumber, Long teamId, String worker, Stage stage, LocalDate fromDate) {
    }

    public record PriorityEvent(UUID requestId, long requestNumber, Long teamId, String worker, Priority priority, String reason,
                                LocalDate fromDate) {
    }

    public record AllocationEvent(UUID requestId, long requestNumber, Long teamId, String worker, long allocatedTeamId,
                                  String allocatedWorker, LocalDate fromDate) {
    }

    public record CheckInEvent(UUID requestId, long requestNumber, Long teamId, String worker, LocalDate heldOn, String outcome,
                               String notes) {
    }

    public record ConversationEvent(UUID requestId, long requestNumber, Long teamId, String worker, int number, LocalDate heldOn,
                                    String heldBy, String agreed) {
    }

    /** The request each history line belongs to, with what decides who may see it. */
    private static final String OF_REQUEST = """
            join frontdoor.support_request r on r.id = x.request_id
            where r.person_id = :person""";

    private final JdbcClient jdbc;

    FrontDoorChronologyQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ContactEvent> contacts(UUID personId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select c.id, c.contact_number, c.received_at, c.channel, c.source, c.outcome, left(c.reason, 300) as reason
                from frontdoor.contact c
                where c.person_id = :person and (c.received_at at time zone 'Europe/London')::date between :from and :to""")
                .param("person", personId).param("from", from).param("to", to).query(ContactEvent.class).list();
    }

    public List<RequestEvent> requests(UUID personId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select r.id, r.request_number, r.team_id, r.worker, r.client_type, r.route_of_access, r.existing_client, r.received_on,
                  left(r.summary, 300) as summary, r.closed_on, r.outcome
                from frontdoor.support_request r
                where r.person_id = :person and (r.received_on between :from and :to or r.closed_on between :from and :to)""")
                .param("person", personId).param("from", from).param("to", to).query(RequestEvent.class).list();
    }

    /** Moves between stages, leaving out the first (receipt) and closure, which are the request's own events. */
    public List<StageEvent> stages(UUID personId, LocalDate from, LocalDate to) {
        return jdbc.sql("select r.id as request_id, r.request_number, r.team_id, r.worker, x.stage, x.from_date from frontdoor.request_stage x "
                        + OF_REQUEST + " and x.from_date between :from and :to and x.stage not in ('AWAITING_TRIAGE', 'CLOSED')")
                .param("person", personId).param("from", from).param("to", to).query(StageEvent.class).list();
    }

    public List<PriorityEvent> priorities(UUID personId, LocalDate from, LocalDate to) {
        return jdbc.sql("select r.id as request_id, r.request_number, r.team_id, r.worker, x.priority, left(x.reason, 300) as reason, x.from_date"
                        + " from frontdoor.request_priority x " + OF_REQUEST + " and x.from_date between :from and :to")
                .param("person", personId).param("from", from).param("to", to).query(PriorityEvent.class).list();
    }

    public List<AllocationEvent> allocations(UUID personId, LocalDate from, LocalDate to) {
        return jdbc.sql("select r.id as request_id, r.request_number, r.team_id, r.worker, x.team_id as allocated_team_id,"
                        + " x.worker as allocated_worker, x.from_date from frontdoor.request_allocation x " + OF_REQUEST
                        + " and x.from_date between :from and :to")
                .param("person", personId).param("from", from).param("to", to).query(AllocationEvent.class).list();
    }

    public List<CheckInEvent> checkIns(UUID personId, LocalDate from, LocalDate to) {
        return jdbc.sql("select r.id as request_id, r.request_number, r.team_id, r.worker, x.held_on, x.outcome, left(x.notes, 300) as notes"
                        + " from frontdoor.check_in x " + OF_REQUEST + " and x.held_on between :from and :to")
                .param("person", personId).param("from", from).param("to", to).query(CheckInEvent.class).list();
    }

    public List<ConversationEvent> conversations(UUID personId, LocalDate from, LocalDate to) {
        return jdbc.sql("select r.id as request_id, r.request_number, r.team_id, r.worker, x.number, x.held_on, x.worker as held_by,"
                        + " left(x.agreed, 300) as agreed from frontdoor.conversation x " + OF_REQUEST + " and x.held_on between :from and :to")
                .param("person", personId).param("from", from).param("to", to).query(ConversationEvent.class).list();
    }
}
