package org.openasc.frontdoor.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.openasc.frontdoor.Priority;
import org.openasc.frontdoor.RequestView;
import org.openasc.frontdoor.Stage;
import org.openasc.platform.database.RowsByParent;

/** Requests for support and their dated histories. Every write to a request goes through here. */
@Repository
public class RequestStore {

    /** A request as stored. */
    public record RequestRow(UUID id, long requestNumber, UUID personId, UUID contactId, String clientType, boolean existingClient,
                             String routeOfAccess, LocalDate receivedOn, String summary, Stage stage, Priority priority,
                             String priorityReason, LocalDate prioritySetOn, Long teamId, String worker, LocalDate allocatedOn,
                             LocalDate lastCheckInOn, LocalDate assessmentStartedOn, LocalDate assessmentCompletedOn,
                             LocalDate closedOn, String outcome, String layer, int version, Instant createdAt, String createdBy,
                             boolean conversationHeld) {
    }

    private final JdbcClient jdbc;

    RequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(UUID id, UUID personId, UUID contactId, String clientType, boolean existingClient, String routeOfAccess,
                       LocalDate receivedOn, String summary, String by) {
        long number = jdbc.sql("""
                insert into frontdoor.support_request (id, person_id, contact_id, client_type, existing_client, route_of_access,
                  received_on, summary, stage, created_by)
                values (:id, :person, :contact, :clientType, :existing, :route, :received, :summary, 'AWAITING_TRIAGE', :by)
                returning request_number""")
                .param("id", id).param("person", personId).param("contact", contactId).param("clientType", clientType)
                .param("existing", existingClient).param("route", routeOfAccess).param("received", receivedOn)
                .param("summary", summary).param("by", by)
                .query(Long.class).single();
        stage(id, Stage.AWAITING_TRIAGE, receivedOn, by);
        return number;
    }

    private static final String ROW = """
                select r.id, r.request_number, r.person_id, r.contact_id, r.client_type, r.existing_client, r.route_of_access,
                  r.received_on, r.summary, r.stage, r.priority, r.priority_reason,
                  r.priority_from as priority_set_on,
                  r.team_id, r.worker, r.allocated_on, r.last_check_in_on, r.assessment_started_on, r.assessment_completed_on,
                  r.closed_on, r.outcome, l.layer, r.version, r.created_at, r.created_by,
                  exists (select 1 from frontdoor.conversation c where c.request_id = r.id) as conversation_held
                from frontdoor.support_request r left join frontdoor.outcome_layer l on l.outcome = r.outcome""";

    public Optional<RequestRow> find(UUID id) {
        return jdbc.sql(ROW + " where r.id = :id").param("id", id).query(RequestRow.class).optional();
    }

    /** The person's requests, newest first, for their record. */
    public List<RequestRow> ofPerson(UUID personId) {
        return jdbc.sql(ROW + " where r.person_id = :p order by r.received_on desc, r.request_number desc").param("p", personId)
                .query(RequestRow.class).list();
    }

    /** Holds the request for this transaction, so work that follows from another module's event waits for a change in progress. */
    public Optional<RequestRow> lock(UUID id) {
        jdbc.sql("select id from frontdoor.support_request where id = :id for update").param("id", id).query(UUID.class).optional();
        return find(id);
    }

    /** The person's requests not yet closed, oldest first. */
    public List<UUID> openOf(UUID personId) {
        return jdbc.sql("select id from frontdoor.support_request where person_id = :p and closed_on is null order by received_on, request_number")
                .param("p", personId).query(UUID.class).list();
    }

    public void setPriority(UUID id, Priority priority, String reason, LocalDate from, String by) {
        jdbc.sql("update frontdoor.support_request set priority = :p, priority_reason = :reason, priority_from = :from where id = :id")
                .param("id", id).param("p", priority.name()).param("reason", reason).param("from", from).update();
        jdbc.sql("insert into frontdoor.request_priority (request_id, priority, reason, from_date, recorded_by) values (:id, :p, :reason, :from, :by)")
                .param("id", id).param("p", priority.name()).param("reason", reason).param("from", from).param("by", by).update();
    }

    public void allocate(UUID id, long teamId, String worker, LocalDate from, String by) {
        jdbc.sql("""
                update frontdoor.support_request set team_id = :team, worker = :worker, allocated_on = :from,
                  first_allocated_on = coalesce(first_allocated_on, :from) where id = :id""")
                .param("id", id).param("team", teamId).param("worker", worker).param("from", from).update();
        jdbc.sql("insert into frontdoor.request_allocation (request_id, team_id, worker, from_date, recorded_by) values (:id, :team, :worker, :from, :by)")
                .param("id", id).param("team", teamId).param("worker", worker).param("from", from).param("by", by).update();
    }

    /** Moves the request to a stage from a date, keeping the dated history the waiting list is rebuilt from. */
    public void stage(UUID id, Stage stage, LocalDate from, String by) {
        jdbc.sql("update frontdoor.support_request set stage = :stage where id = :id").param("id", id).param("stage", stage.name()).update();
        jdbc.sql("insert into frontdoor.request_stage (request_id, stage, from_date, recorded_by) values (:id, :stage, :from, :by)")
                .param("id", id).param("stage", stage.name()).param("from", from).param("by", by).update();
    }

    public void close(UUID id, String outcome, LocalDate closedOn, String by) {
        jdbc.sql("update frontdoor.support_request set stage = 'CLOSED', outcome = :outcome, closed_on = :closedOn where id = :id")
                .param("id", id).param("outcome", outcome).param("closedOn", closedOn).update();
        jdbc.sql("insert into frontdoor.request_stage (request_id, stage, from_date, recorded_by) values (:id, 'CLOSED', :from, :by)")
                .param("id", id).param("from", closedOn).param("by", by).update();
    }

    public void addCheckIn(UUID requestId, LocalDate heldOn, String outcome, String notes, String by) {
        jdbc.sql("insert into frontdoor.check_in (id, request_id, held_on, outcome, notes, recorded_by) values (:id, :request, :held, :outcome, :notes, :by)")
                .param("id", UUID.randomUUID()).param("request", requestId).param("held", heldOn).param("outcome", outcome)
                .param("notes", notes).param("by", by).update();
        jdbc.sql("""
                update frontdoor.support_request set last_check_in_on = (select max(held_on) from frontdoor.check_in where request_id = :id)
                where id = :id""").param("id", requestId).update();
    }

    public void addConversation(UUID requestId, int number, LocalDate heldOn, String whatMatters, String agreed, String nextStep,
                                String worker, String by) {
        jdbc.sql("""
                insert into frontdoor.conversation (id, request_id, number, held_on, what_matters, agreed, next_step, worker, recorded_by)
                values (:id, :request, :number, :held, :matters, :agreed, :next, :worker, :by)""")
                .param("id", UUID.randomUUID()).param("request", requestId).param("number", number).param("held", heldOn)
                .param("matters", whatMatters).param("agreed", agreed).param("next", nextStep).param("worker", worker).param("by", by)
                .update();
    }

    /** Keeps the request's copy of an assessment's dates; the assessment module owns the assessment. */
    public void assessment(UUID requestId, UUID assessmentId, String type, LocalDate startedOn, LocalDate completedOn) {
        jdbc.sql("""
                insert into frontdoor.request_assessment (assessment_id, request_id, assessment_type, started_on, completed_on)
                values (:a, :r, :type, :started, :completed)
                on conflict (assessment_id) do update set assessment_type = excluded.assessment_type,
                  started_on = excluded.started_on, completed_on = coalesce(excluded.completed_on, request_assessment.completed_on)""")
                .param("a", assessmentId).param("r", requestId).param("type", type).param("started", startedOn)
                .param("completed", completedOn).update();
        jdbc.sql("""
                update frontdoor.support_request set
                  assessment_started_on = (select min(started_on) from frontdoor.request_assessment where request_id = :r),
                  assessment_completed_on = (select min(completed_on) from frontdoor.request_assessment where request_id = :r)
                where id = :r""").param("r", requestId).update();
    }

    /** Whether the request already keeps these dates of the assessment (an event delivered again changes nothing). */
    public boolean assessmentKept(UUID assessmentId, LocalDate startedOn, LocalDate completedOn) {
        return jdbc.sql("""
                select exists(select 1 from frontdoor.request_assessment where assessment_id = :a and started_on = :started
                  and (cast(:completed as date) is null or completed_on = :completed))""")
                .param("a", assessmentId).param("started", startedOn).param("completed", completedOn, java.sql.Types.DATE)
                .query(Boolean.class).single();
    }

    /** Keeps the day the assessment's determination was authorised; false if it was already kept. */
    public boolean assessmentAuthorised(UUID assessmentId, LocalDate on) {
        return jdbc.sql("update frontdoor.request_assessment set authorised_on = :on where assessment_id = :a and authorised_on is null")
                .param("a", assessmentId).param("on", on).update() == 1;
    }

    public void history(UUID requestId, String actor, String what, String detail) {
        jdbc.sql("insert into frontdoor.request_history (request_id, actor, what, detail) values (:r, :actor, :what, :detail)")
                .param("r", requestId).param("actor", actor).param("what", what).param("detail", detail).update();
    }

    /** Each request's check-ins, newest first, for a whole list in one query. */
    public Map<UUID, List<RequestView.CheckIn>> checkIns(Collection<UUID> requests) {
        return RowsByParent.of(jdbc, "select request_id, id, held_on, outcome, notes, recorded_by from frontdoor.check_in where request_id in (:ids)"
                + " order by held_on desc, recorded_at desc", "request_id", requests, RequestView.CheckIn.class);
    }

    public Map<UUID, List<RequestView.Conversation>> conversations(Collection<UUID> requests) {
        return RowsByParent.of(jdbc, """
                select request_id, id, number, held_on, what_matters, agreed, next_step, worker, recorded_by from frontdoor.conversation
                where request_id in (:ids) order by held_on, recorded_at""", "request_id", requests, RequestView.Conversation.class);
    }

    public Map<UUID, List<RequestView.HistoryLine>> historyOf(Collection<UUID> requests) {
        return RowsByParent.of(jdbc, "select request_id, occurred_at, actor, what, detail from frontdoor.request_history where request_id in (:ids)"
                + " order by id desc", "request_id", requests, RequestView.HistoryLine.class);
    }

    /** Check-in intervals per priority, as the council has set them. */
    public Map<Priority, Integer> checkInIntervals() {
        Map<Priority, Integer> intervals = new java.util.EnumMap<>(Priority.class);
        jdbc.sql("select priority, days from frontdoor.check_in_interval")
                .query((rs, n) -> intervals.put(Priority.valueOf(rs.getString(1)), rs.getInt(2))).list();
        return intervals;
    }

    public void setCheckInInterval(Priority priority, int days) {
        jdbc.sql("update frontdoor.check_in_interval set days = :d where priority = :p").param("p", priority.name()).param("d", days).update();
    }
}
