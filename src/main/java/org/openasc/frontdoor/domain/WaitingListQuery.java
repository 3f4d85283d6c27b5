package org.openasc.frontdoor.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.openasc.platform.database.ReportReads;
import org.openasc.frontdoor.WaitBand;
import org.openasc.frontdoor.WaitingListFilter;

/**
 * The waiting list on any date, rebuilt from the dated stage, priority, allocation and check-in
 * histories, so a past date gives the list exactly as it then stood. Today's list is read from the
 * requests' current columns instead, which the same changes keep in step (a test checks both agree).
 */
@Repository
public class WaitingListQuery {

    /** One waiting request as the query returns it. */
    public record Row(UUID requestId, long requestNumber, UUID personId, String stage, String priority, Long teamId, String worker,
                      LocalDate receivedOn, int waitingDays, String band, LocalDate lastCheckIn, LocalDate nextDue, boolean overdue) {
    }

    /** One cell of the counts. */
    public record Count(String stage, String priority, String band, boolean overdue, long requests) {
    }

    /** A worker's overdue check-ins: how many, and the earliest day one of them fell due. */
    public record WorkerOverdue(String worker, long requests, LocalDate earliestDue) {
    }

    /** Rebuilt from the dated histories: any date. */
    private static final String HISTORIC = """
            with waiting as (
              select r.id, r.request_number, r.person_id, r.received_on, s.stage, p.priority, p.from_date as priority_from,
                     a.team_id, a.worker,
                     (select max(c.held_on) from frontdoor.check_in c where c.request_id = r.id and c.held_on <= :asOf) as last_check_in
              from frontdoor.support_request r
              cross join lateral (select x.stage from frontdoor.request_stage x where x.request_id = r.id and x.from_date <= :asOf
                                  order by x.from_date desc, x.id desc limit 1) s
              left join lateral (select x.priority, x.from_date from frontdoor.request_priority x where x.request_id = r.id and x.from_date <= :asOf
                                 order by x.from_date desc, x.id desc limit 1) p on true
              left join lateral (select x.team_id, x.worker from frontdoor.request_allocation x where x.request_id = r.id and x.from_date <= :asOf
                                 order by x.from_date desc, x.id desc limit 1) a on true
              where r.received_on <= :asOf and (r.closed_on is null or r.closed_on > :asOf)
            )""";

    /** Read from the requests as they stand: today only, and far faster. */
    private static final String CURRENT = """
            with waiting as (
              select r.id, r.request_number, r.person_id, r.received_on, r.stage, r.priority, r.priority_from, r.team_id, r.worker,
                     r.last_check_in_on as last_check_in
              from frontdoor.support_request r where r.closed_on is null and r.received_on <= :asOf
            )""";

    private static final String TIMED = """
            , timed as (
              select w.*, (:asOf - w.received_on) as waiting_days,
                     case when w.stage <> 'ASSESSMENT_IN_PROGRESS' then greatest(w.last_check_in, w.priority_from) + i.days end as next_due
              from waiting w left join frontdoor.check_in_interval i on i.priority = w.priority
            ), listed as (
              select t.*, %s as band, coalesce(t.next_due < :asOf, false) as overdue from timed t
            )
            """.formatted(WaitBand.sqlCase("t.waiting_days"));

    private static final String ROW_COLUMNS = """
            select id as request_id, request_number, person_id, stage, priority, team_id, worker, received_on, waiting_days, band,
                   last_check_in, next_due, overdue
            """;

    /** A check-in due by the list's date: due that day (not yet overdue) or overdue. */
    private static final String CHECK_IN_DUE = "next_due <= :asOf";

    private final JdbcClient jdbc;
    private final ReportReads reads;

    WaitingListQuery(JdbcClient jdbc, ReportReads reads) {
        this.jdbc = jdbc;
        this.reads = reads;
    }

    /** {@code scopeTeams} null means every team; otherwise unallocated requests, those teams' and {@code me}'s own. */
    public List<Row> page(WaitingListFilter filter, LocalDate asOf, boolean current, List<Long> scopeTeams, String me, int limit, long offset) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, asOf, scopeTeams, me, params);
        return jdbc.sql((current ? CURRENT : HISTORIC) + TIMED + ROW_COLUMNS + """
                from listed where %s
                order by received_on, request_number limit :limit offset :offset""".formatted(where))
                .params(params).param("limit", limit).param("offset", offset).query(Row.class).list();
    }

    /** Today's waiting requests in the filter whose check-in is due today or overdue, the longest overdue first. */
    public List<Row> checkInsDue(WaitingListFilter filter, LocalDate today, List<Long> scopeTeams, String me, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, today, scopeTeams, me, params);
        return jdbc.sql(CURRENT + TIMED + ROW_COLUMNS + """
                from listed where %s and %s
                order by next_due, received_on, request_number limit :limit""".formatted(where, CHECK_IN_DUE))
                .params(params).param("limit", limit).query(Row.class).list();
    }

    /** How many {@link #checkInsDue} lists, all of them. */
    public long countCheckInsDue(WaitingListFilter filter, LocalDate today, List<Long> scopeTeams, String me) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, today, scopeTeams, me, params);
        return jdbc.sql(CURRENT + TIMED + "select count(*) from listed where %s and %s".formatted(where, CHECK_IN_DUE))
                .params(params).query(Long.class).single();
    }

    /** Today's overdue check-ins in the scope by the worker they are allocated to, the most first (requests with no worker are left out). */
    public List<WorkerOverdue> overdueByWorker(LocalDate today, List<Long> scopeTeams, String me) {
        Map<String, Object> params = new HashMap<>();
        String where = where(new WaitingListFilter(null, null, null, null, null, null, true, false), today, scopeTeams, me, params);
        return jdbc.sql(CURRENT + TIMED + """
                select worker, count(*) as requests, min(next_due) as earliest_due
                from listed where %s and worker is not null
                group by worker order by count(*) desc, min(next_due), worker""".formatted(where))
                .params(params).query(WorkerOverdue.class).list();
    }

    public List<Count> counts(WaitingListFilter filter, LocalDate asOf, boolean current, List<Long> scopeTeams, String me) {
        return counts(jdbc, filter, asOf, current, scopeTeams, me);
    }

    /** The whole list's counts as they stood on a past date, for the front door measures: from the reports database. */
    public List<Count> countsForFigures(WaitingListFilter filter, LocalDate asOf) {
        return counts(reads.jdbc(), filter, asOf, false, null, null);
    }

    private static List<Count> counts(JdbcClient client, WaitingListFilter filter, LocalDate asOf, boolean current, List<Long> scopeTeams, String me) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, asOf, scopeTeams, me, params);
        return client.sql((current ? CURRENT : HISTORIC) + TIMED + """
                select stage, coalesce(priority, 'NOT_PRIORITISED') as priority, band, overdue, count(*) as requests
                from listed where %s group by 1, 2, 3, 4""".formatted(where))
                .params(params).query(Count.class).list();
    }

    private static String where(WaitingListFilter f, LocalDate asOf, List<Long> scopeTeams, String me, Map<String, Object> params) {
        params.put("asOf", asOf);
        params.put("me", me);
        List<String> where = new ArrayList<>();
        where.add("true");
        if (scopeTeams != null) {
            if (scopeTeams.isEmpty()) {
                where.add("(team_id is null or worker = :me)");
            } else {
                where.add("(team_id is null or team_id in (:scopeTeams) or worker = :me)");
                params.put("scopeTeams", scopeTeams);
            }
        }
        if (f.teamId() != null) {
            where.add("team_id = :team");
            params.put("team", f.teamId());
        }
        if (f.unallocatedOnly()) {
            where.add("team_id is null");
        }
        if (f.stage() != null) {
            where.add("stage = :stage");
            params.put("stage", f.stage().name());
        }
        if (f.priority() != null) {
            where.add("priority = :priority");
            params.put("priority", f.priority().name());
        }
        if (f.band() != null) {
            where.add("band = :band");
            params.put("band", f.band().name());
        }
        if (f.worker() != null) {
            where.add("worker = :worker");
            params.put("worker", f.worker());
        }
        if (f.overdueOnly()) {
            where.add("overdue");
        }
        return String.join(" and ", where);
    }
}
