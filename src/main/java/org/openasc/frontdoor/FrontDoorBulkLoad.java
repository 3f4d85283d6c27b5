package org.openasc.frontdoor;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.openasc.platform.security.WithoutStaffCheck;

/**
 * Loads front-door history in batches for the demo and benchmark councils. Each request's stage
 * history is worked out with the same {@link Stage#of} rule the live service uses, so a loaded
 * council's waiting lists behave exactly as if the work had been recorded day by day.
 */
@Service
@WithoutStaffCheck("loads synthetic and benchmark records in bulk for the demo council and bench commands, with nobody signed in")
public class FrontDoorBulkLoad {

    private static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");
    private static final int BATCH = 2000;

    private final JdbcTemplate jdbc;
    private final LongTermSupport longTermSupport;

    FrontDoorBulkLoad(JdbcTemplate jdbc, LongTermSupport longTermSupport) {
        this.jdbc = jdbc;
        this.longTermSupport = longTermSupport;
    }

    @Transactional
    public void load(List<HistoricActivity.Contact> contacts, List<HistoricActivity.Request> requests, String by) {
        List<Object[]> requestRows = new ArrayList<>();
        List<Object[]> stages = new ArrayList<>();
        List<Object[]> priorities = new ArrayList<>();
        List<Object[]> allocations = new ArrayList<>();
        List<Object[]> checkIns = new ArrayList<>();
        List<Object[]> conversations = new ArrayList<>();
        List<Object[]> assessments = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        List<Object[]> contactLinks = new ArrayList<>();
        // Existing or new client by the live rule (long-term support open on the day received), for all requests in one query;
        // care and support is loaded first, so the history says who was already a client.
        java.util.Set<Integer> existing = longTermSupport.openOnEach(requests.stream().map(HistoricActivity.Request::personId).toList(),
                requests.stream().map(HistoricActivity.Request::receivedOn).toList());
        int index = 0;
        for (HistoricActivity.Request r : requests) {
            boolean existingClient = existing.contains(index++);
            LocalDate lastCheckIn = r.checkIns().stream().map(HistoricActivity.CheckIn::heldOn).max(Comparator.naturalOrder()).orElse(null);
            Stage finalStage = stagesOf(r, stages, by);
            requestRows.add(new Object[] {r.id(), r.personId(), r.clientType(), existingClient, r.routeOfAccess(), date(r.receivedOn()),
                    r.summary(), finalStage.name(), r.priority() == null ? null : r.priority().name(), r.priorityReason(), date(r.prioritisedOn()),
                    r.teamId(), r.worker(), date(r.workerAllocatedOn() != null ? r.workerAllocatedOn() : r.allocatedOn()), date(r.allocatedOn()),
                    date(lastCheckIn), date(r.assessmentStartedOn()), date(r.assessmentCompletedOn()), date(r.closedOn()), r.outcome(), by});
            if (r.contactId() != null) {
                contactLinks.add(new Object[] {r.contactId(), r.id()});
            }
            history.add(new Object[] {r.id(), at(r.receivedOn()), by, "Request received", r.clientType() + ", " + r.routeOfAccess() + ", received " + r.receivedOn()});
            if (r.priority() != null) {
                priorities.add(new Object[] {r.id(), r.priority().name(), r.priorityReason(), date(r.prioritisedOn()), by});
                history.add(new Object[] {r.id(), at(r.prioritisedOn()), by, "Prioritised", r.priority().label() + ": " + r.priorityReason()});
            }
            if (r.teamId() != null) {
                allocations.add(new Object[] {r.id(), r.teamId(), null, date(r.allocatedOn()), by});
                if (r.worker() != null) {
                    allocations.add(new Object[] {r.id(), r.teamId(), r.worker(), date(r.workerAllocatedOn()), by});
                }
                history.add(new Object[] {r.id(), at(r.allocatedOn()), by, "Allocated", "Team " + r.teamId() + (r.worker() == null ? "" : ", worker " + r.worker())});
            }
            r.checkIns().forEach(c -> checkIns.add(new Object[] {UUID.randomUUID(), r.id(), date(c.heldOn()), c.outcome(), by}));
            r.conversations().forEach(c -> conversations.add(new Object[] {UUID.randomUUID(), r.id(), c.number(), date(c.heldOn()),
                    c.whatMatters(), c.agreed(), c.nextStep(), r.worker() == null ? by : r.worker(), by}));
            if (r.assessmentId() != null) {
                assessments.add(new Object[] {r.assessmentId(), r.id(), r.assessmentType(), date(r.assessmentStartedOn()), date(r.assessmentCompletedOn())});
            }
            if (r.closedOn() != null) {
                history.add(new Object[] {r.id(), at(r.closedOn()), by, "Closed", r.closedOn() + ": " + r.outcome()});
            }
        }
        // Requests first (contacts point at them), then each request is linked back to its opening contact.
        batch("""
                insert into frontdoor.support_request (id, person_id, client_type, existing_client, route_of_access, received_on,
                  summary, stage, priority, priority_reason, priority_from, team_id, worker, allocated_on, first_allocated_on, last_check_in_on,
                  assessment_started_on, assessment_completed_on, closed_on, outcome, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", requestRows);
        batch("""
                insert into frontdoor.contact (id, received_at, channel, source, person_id, unknown_person, reason, outcome, signposted_to,
                  passed_to, request_id, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                contacts.stream().map(c -> new Object[] {c.id(), Timestamp.from(c.receivedAt().atZone(COUNCIL_ZONE).toInstant()), c.channel(),
                        c.source(), c.personId(), c.unknownPerson(), c.reason(), c.outcome(), c.signpostedTo(), c.passedTo(), c.requestId(), by}).toList());
        batch("update frontdoor.support_request set contact_id = ? where id = ?", contactLinks);
        batch("insert into frontdoor.request_stage (request_id, stage, from_date, recorded_by) values (?, ?, ?, ?)", stages);
        batch("insert into frontdoor.request_priority (request_id, priority, reason, from_date, recorded_by) values (?, ?, ?, ?, ?)", priorities);
        batch("insert into frontdoor.request_allocation (request_id, team_id, worker, from_date, recorded_by) values (?, ?, ?, ?, ?)", allocations);
        batch("insert into frontdoor.check_in (id, request_id, held_on, outcome, recorded_by) values (?, ?, ?, ?, ?)", checkIns);
        batch("""
                insert into frontdoor.conversation (id, request_id, number, held_on, what_matters, agreed, next_step, worker, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", conversations);
        batch("insert into frontdoor.request_assessment (assessment_id, request_id, assessment_type, started_on, completed_on) values (?, ?, ?, ?, ?)",
                assessments);
        batch("insert into frontdoor.request_history (request_id, occurred_at, actor, what, detail) values (?, ?, ?, ?, ?)", history);
        // Each contact's layer, exactly as the live services set it: from its outcome, or its closed request's outcome.
        jdbc.update("""
                update frontdoor.contact c set layer = v.grouping from platform.code_value v
                where v.list_name = 'contact-outcome' and v.value = c.outcome and c.layer is null and c.request_id is null""");
        jdbc.update("""
                update frontdoor.contact c set layer = l.layer from frontdoor.support_request r join frontdoor.outcome_layer l on l.outcome = r.outcome
                where r.id = c.request_id and c.layer is null""");
    }

    /** Fresh planner statistics after a bulk load, so the first queries plan well. */
    public void refreshStatistics() {
        jdbc.execute("analyze frontdoor.support_request, frontdoor.contact, frontdoor.request_stage, frontdoor.request_priority,"
                + " frontdoor.request_allocation, frontdoor.check_in, frontdoor.conversation, frontdoor.request_assessment");
    }

    /** Adds the request's dated stage moves and returns where it ends up. */
    private static Stage stagesOf(HistoricActivity.Request r, List<Object[]> stages, String by) {
        record Step(LocalDate on, int what) {
        }
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(r.receivedOn(), 0));
        if (r.prioritisedOn() != null) {
            steps.add(new Step(r.prioritisedOn(), 1));
        }
        if (r.workerAllocatedOn() != null) {
            steps.add(new Step(r.workerAllocatedOn(), 2));
        }
        LocalDate workStarted = earliest(r.assessmentStartedOn(), r.conversations().stream().map(HistoricActivity.Conversation::heldOn)
                .min(Comparator.naturalOrder()).orElse(null));
        if (workStarted != null) {
            steps.add(new Step(workStarted, 3));
        }
        if (r.closedOn() != null) {
            steps.add(new Step(r.closedOn(), 4));
        }
        steps.sort(Comparator.comparing(Step::on).thenComparing(Step::what));
        boolean prioritised = false;
        boolean allocated = false;
        boolean started = false;
        boolean closed = false;
        Stage current = null;
        for (Step step : steps) {
            prioritised |= step.what() == 1;
            allocated |= step.what() == 2;
            started |= step.what() == 3;
            closed |= step.what() == 4;
            Stage next = Stage.of(closed, started, allocated, prioritised);
            if (next != current) {
                stages.add(new Object[] {r.id(), next.name(), date(step.on()), by});
                current = next;
            }
        }
        return current;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int start = 0; start < rows.size(); start += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(start, Math.min(start + BATCH, rows.size())));
        }
    }

    /** When a past step is shown as having been recorded: that day, mid-morning. */
    private static Timestamp at(LocalDate d) {
        return Timestamp.from(d.atTime(10, 0).atZone(COUNCIL_ZONE).toInstant());
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
