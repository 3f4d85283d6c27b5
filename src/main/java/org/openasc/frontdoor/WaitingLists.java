package org.openasc.frontdoor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.frontdoor.domain.WaitingListQuery;
import org.openasc.people.ListedPeople;
import org.openasc.people.PersonRecords;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.Page;
import org.openasc.platform.web.RecordRefused;
import org.openasc.platform.calendar.Today;

/** Waiting lists and caseloads, on today or any past date, scoped to the teams a member of staff works in. */
@Service
public class WaitingLists {

    private final WaitingListQuery query;
    private final PersonRecords people;
    private final RequestScope scope;
    private final AuditTrail audit;
    private final Clock clock;

    WaitingLists(WaitingListQuery query, PersonRecords people, RequestScope scope, AuditTrail audit, Clock clock) {
        this.query = query;
        this.people = people;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Access.READ_PEOPLE)
    @Transactional
    public Page<WaitingItem> list(WaitingListFilter filter, int page, int size) {
        Page<WaitingItem> listed = read(filter, page, size);
        audit.record(CurrentStaff.username(), Action.SEARCHED, SupportRequests.SUBJECT, null, null, "Waiting list "
                + describe(filter, asOf(filter)) + ": " + listed.total() + " found");
        return listed;
    }

    /** The list as {@link #list} reads it, without recording a search: a work list names requests, it opens none. */
    Page<WaitingItem> read(WaitingListFilter filter, int page, int size) {
        LocalDate asOf = asOf(filter);
        List<Long> teams = scopeFor(filter);
        String me = CurrentStaff.username();
        boolean current = asOf.equals(today());
        List<WaitingListQuery.Row> rows = query.page(filter, asOf, current, teams, me, size, (long) (page - 1) * size);
        long total = query.counts(filter, asOf, current, teams, me).stream().mapToLong(WaitingListQuery.Count::requests).sum();
        return new Page<>(items(rows), page, size, total);
    }

    /** Today's requests in the filter with a waiting-well check-in due today or overdue, the longest overdue first; not audited. */
    Page<WaitingItem> checkInsDue(WaitingListFilter filter, int size) {
        LocalDate today = today();
        List<Long> teams = scopeFor(filter);
        String me = CurrentStaff.username();
        return new Page<>(items(query.checkInsDue(filter, today, teams, me, size)), 1, size, query.countCheckInsDue(filter, today, teams, me));
    }

    /** Today's overdue check-ins in the caller's teams by worker, the most first; not audited. */
    List<WaitingListQuery.WorkerOverdue> overdueByWorker() {
        return query.overdueByWorker(today(), scope.teams(), CurrentStaff.username());
    }

    private List<WaitingItem> items(List<WaitingListQuery.Row> rows) {
        ListedPeople names = people.forList(rows.stream().map(WaitingListQuery.Row::personId).toList());
        return rows.stream().map(r -> new WaitingItem(r.requestId(), r.requestNumber(), r.personId(),
                names.get(r.personId()) != null ? names.name(r.personId()) : "Unknown person",
                Stage.valueOf(r.stage()), r.priority() == null ? null : Priority.valueOf(r.priority()), r.teamId(), r.worker(),
                r.receivedOn(), r.waitingDays(), WaitBand.valueOf(r.band()), r.lastCheckIn(), r.nextDue(), r.overdue())).toList();
    }

    /** The counts a team manager reads: by stage and priority, by wait band, and overdue check-ins. */
    @PreAuthorize(Access.READ_PEOPLE)
    public WaitingSummary summary(WaitingListFilter filter) {
        LocalDate asOf = asOf(filter);
        List<WaitingListQuery.Count> counts = query.counts(filter, asOf, asOf.equals(today()), scopeFor(filter), CurrentStaff.username());
        return summarise(asOf, counts);
    }

    /** A worker's own open requests. */
    @PreAuthorize(Access.READ_PEOPLE)
    @Transactional
    public Page<WaitingItem> caseload(String worker, int page, int size) {
        return list(caseloadOf(worker), page, size);
    }

    /** A worker's caseload as a filter: their open requests, whatever the team. */
    static WaitingListFilter caseloadOf(String worker) {
        return new WaitingListFilter(null, null, null, null, null, worker, false, false);
    }

    static WaitingSummary summarise(LocalDate asOf, List<WaitingListQuery.Count> counts) {
        Map<Stage, Map<String, Long>> matrix = new EnumMap<>(Stage.class);
        Map<Stage, Long> byStage = new EnumMap<>(Stage.class);
        Map<String, Long> byPriority = new LinkedHashMap<>();
        Map<WaitBand, Long> byBand = new EnumMap<>(WaitBand.class);
        for (Stage stage : Stage.waiting()) {
            Map<String, Long> row = new LinkedHashMap<>();
            for (Priority p : Priority.values()) {
                row.put(p.name(), 0L);
            }
            row.put(WaitingSummary.NOT_PRIORITISED, 0L);
            matrix.put(stage, row);
            byStage.put(stage, 0L);
        }
        for (Priority p : Priority.values()) {
            byPriority.put(p.name(), 0L);
        }
        byPriority.put(WaitingSummary.NOT_PRIORITISED, 0L);
        for (WaitBand band : WaitBand.values()) {
            byBand.put(band, 0L);
        }
        long total = 0;
        long overdue = 0;
        for (WaitingListQuery.Count c : counts) {
            Stage stage = Stage.valueOf(c.stage());
            matrix.get(stage).merge(c.priority(), c.requests(), Long::sum);
            byStage.merge(stage, c.requests(), Long::sum);
            byPriority.merge(c.priority(), c.requests(), Long::sum);
            byBand.merge(WaitBand.valueOf(c.band()), c.requests(), Long::sum);
            total += c.requests();
            overdue += c.overdue() ? c.requests() : 0;
        }
        return new WaitingSummary(asOf, total, matrix, byStage, byPriority, byBand, overdue);
    }

    private LocalDate today() {
        return Today.on(clock);
    }

    private LocalDate asOf(WaitingListFilter filter) {
        LocalDate today = today();
        if (filter.asOf() != null && filter.asOf().isAfter(today)) {
            throw new InvalidInput("asOf", "The waiting list date must be today or in the past");
        }
        return filter.asOf() == null ? today : filter.asOf();
    }

    private List<Long> scopeFor(WaitingListFilter filter) {
        List<Long> teams = scope.teams();
        if (teams != null && filter.teamId() != null && !teams.contains(filter.teamId())) {
            audit.recordRegardless(CurrentStaff.username(), Action.REFUSED, SupportRequests.SUBJECT, null, null,
                    "Waiting list of team " + filter.teamId());
            throw RecordRefused.outsideTeam("That waiting list");
        }
        return teams;
    }

    private static String describe(WaitingListFilter filter, LocalDate asOf) {
        String q = filter.on(asOf).query();
        return q.replace('&', ' ');
    }
}
