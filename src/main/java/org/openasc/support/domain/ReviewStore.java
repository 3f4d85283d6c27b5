package org.openasc.support.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reviews, and the planned reviews due: one query over open long-term services and the latest review. */
@Repository
public class ReviewStore {

    public record Row(UUID id, UUID personId, String reason, String method, LocalDate reviewedOn, String outcomesAchieved,
                      String whatChanged, String worker, String recordedBy) {
    }

    /** Due rows before names are added: the team and worker are those of the latest long-term service. */
    public record DueRow(UUID personId, long teamId, String worker, LocalDate longTermFrom, LocalDate lastReviewedOn, LocalDate dueOn) {
    }

    /**
     * People in long-term support on :asOf, from the earliest start of their open long-term services, with
     * their latest review (other than of short-term support) since then. Shared with the dashboard.
     */
    public static final String LONG_TERM_PEOPLE = """
            select s.person_id, min(s.start_date) as lts_from,
              (array_agg(s.team_id order by s.start_date desc, s.service_number desc))[1] as team_id,
              (array_agg(s.worker order by s.start_date desc, s.service_number desc))[1] as worker
            from support.service s
            where s.long_term and s.start_date <= :asOf and (s.end_date is null or s.end_date >= :asOf)
            group by s.person_id""";

    public static final String LAST_REVIEW = """
            (select max(r.reviewed_on) from support.review r where r.person_id = l.person_id and r.reviewed_on >= l.lts_from
               and r.reviewed_on <= :asOf and r.reason <> 'Review of short term support')""";

    /** Each person in long-term support on :asOf with their team, worker, last review and the day their next planned review is due. */
    private static final String DUE = """
            select l.person_id, l.team_id, l.worker, l.lts_from, x.last_review,
              (greatest(l.lts_from, coalesce(x.last_review, l.lts_from)) + make_interval(months => :months))::date as due_on
            from (%s) l cross join lateral (select %s as last_review) x""".formatted(LONG_TERM_PEOPLE, LAST_REVIEW);

    private final JdbcClient jdbc;

    ReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, UUID personId, String reason, String method, LocalDate on, String outcomes, String changed, String worker,
                       String by, String outcome) {
        jdbc.sql("""
                insert into support.review (id, person_id, reason, method, reviewed_on, outcomes_achieved, what_changed, worker, recorded_by, outcome)
                values (:id, :person, :reason, :method, :on, :outcomes, :changed, :worker, :by, :outcome)""")
                .param("id", id).param("person", personId).param("reason", reason).param("method", method).param("on", on)
                .param("outcomes", outcomes).param("changed", changed).param("worker", worker).param("by", by).param("outcome", outcome).update();
    }

    public List<Row> ofPerson(UUID personId) {
        return jdbc.sql("""
                select id, person_id, reason, method, reviewed_on, outcomes_achieved, what_changed, worker, recorded_by
                from support.review where person_id = :p order by reviewed_on desc, recorded_at desc""")
                .param("p", personId).query(Row.class).list();
    }

    /** The person's planned review due, if in long-term support on the date. */
    public List<DueRow> dueFor(UUID personId, LocalDate asOf, int months) {
        return jdbc.sql("""
                select l.person_id, l.team_id, l.worker, l.lts_from, x.last_review,
                  (greatest(l.lts_from, coalesce(x.last_review, l.lts_from)) + make_interval(months => :months))::date as due_on
                from (%s) l cross join lateral (select %s as last_review) x where l.person_id = :p""".formatted(
                        LONG_TERM_PEOPLE.replace("where s.long_term", "where s.person_id = :p and s.long_term"), LAST_REVIEW))
                .param("asOf", asOf).param("months", months).param("p", personId)
                .query((rs, n) -> new DueRow(rs.getObject("person_id", UUID.class), rs.getLong("team_id"), rs.getString("worker"),
                        rs.getObject("lts_from", LocalDate.class), rs.getObject("last_review", LocalDate.class), rs.getObject("due_on", LocalDate.class)))
                .list();
    }

    /** Planned reviews due on or before :dueBy, in the given teams (null: all), most overdue first. */
    public List<DueRow> due(LocalDate asOf, LocalDate dueBy, int months, Long team, List<Long> visibleTeams, String caller, int limit) {
        return due(asOf, dueBy, months, team, visibleTeams, caller, 0, limit);
    }

    /** The same from the {@code offset}th on: a page, the person breaking ties so pages neither overlap nor skip. */
    public List<DueRow> due(LocalDate asOf, LocalDate dueBy, int months, Long team, List<Long> visibleTeams, String caller, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select d.* from (" + DUE + ") d where " + dueWhere(team, visibleTeams, caller, params)
                        + " order by d.due_on, d.person_id limit :limit offset :offset")
                .params(params).param("asOf", asOf).param("dueBy", dueBy).param("months", months).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new DueRow(rs.getObject("person_id", UUID.class), rs.getLong("team_id"), rs.getString("worker"),
                        rs.getObject("lts_from", LocalDate.class), rs.getObject("last_review", LocalDate.class), rs.getObject("due_on", LocalDate.class)))
                .list();
    }

    /** How many {@link #due} lists, all of them. */
    public long countDue(LocalDate asOf, LocalDate dueBy, int months, Long team, List<Long> visibleTeams, String caller) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from (" + DUE + ") d where " + dueWhere(team, visibleTeams, caller, params))
                .params(params).param("asOf", asOf).param("dueBy", dueBy).param("months", months).query(Long.class).single();
    }

    private static String dueWhere(Long team, List<Long> visibleTeams, String caller, Map<String, Object> params) {
        List<String> where = new ArrayList<>(List.of("d.due_on <= :dueBy"));
        if (team != null) {
            where.add("d.team_id = :team");
            params.put("team", team);
        }
        if (visibleTeams != null) {
            where.add("(d.team_id = any(:visible) or d.worker = :caller)");
            params.put("visible", visibleTeams.toArray(Long[]::new));
            params.put("caller", caller);
        }
        return String.join(" and ", where);
    }
}
