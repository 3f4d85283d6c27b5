package org.openasc.liberty.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.openasc.platform.database.ReportReads;

/** DoLS applications, their qualifying assessments, assessors and the backlog queries. */
@Repository
public class ApplicationStore {

    public record Row(UUID id, long applicationNumber, UUID personId, UUID locationId, String managingAuthority, String cqcLocationCode,
                      LocalDate receivedOn, boolean urgent, LocalDate urgentGrantedOn, Integer urgentExtendedDays, String priority, String priorityReason,
                      Long bestInterestsAssessor, String assessorName, LocalDate signedOffOn, String outcome, String outcomeReason,
                      LocalDate authorisedFrom, LocalDate authorisedTo, String conditions, LocalDate ceasedOn, String ceasedReason, int version) {

        /** What a list may show of a restricted person's application: its number, dates, clocks and status, not where or why. */
        public Row sealed() {
            return new Row(id, applicationNumber, personId, null, null, null, receivedOn, urgent, urgentGrantedOn, urgentExtendedDays, priority,
                    null, null, null, signedOffOn, outcome, null, authorisedFrom, authorisedTo, null, ceasedOn, null, version);
        }
    }

    public record AssessmentRow(String requirement, String status, Long assessorId, String assessor, LocalDate assessedOn) {
    }

    /** The backlog's definition of waiting: received by :asOf and not signed off by then. */
    public static final String WAITING = "received_on <= :asOf and (signed_off_on is null or signed_off_on > :asOf)";

    /** Waiting with an urgent authorisation: the standard authorisation is to be decided before the urgent one ends. */
    public static final String URGENT_WAITING = WAITING + " and urgent";

    /** Waiting without one: a standard request, decided within 21 days. */
    public static final String STANDARD_WAITING = WAITING + " and not urgent";

    /** Granted authorisations, signed off by :asOf, ending in the 3 months from it and not ceased by then: each needs a renewal. */
    public static final String RENEWAL_DUE = "outcome = 'GRANTED' and signed_off_on <= :asOf and (ceased_on is null or ceased_on > :asOf)"
            + " and authorised_to between :asOf and (:asOf + interval '3 months')::date";

    /** The work list's order for applications waiting: high priority first, then the oldest. */
    public static final String PRIORITY_ORDER = "case priority when 'HIGH' then 1 when 'MEDIUM' then 2 when 'LOW' then 3 else 4 end, received_on";

    /** Urgent authorisations in the order they end ({@code DolsClock.urgentEnds}: the day granted, plus any extension, plus the same 6 days for all). */
    public static final String URGENT_ENDING_ORDER = "urgent_granted_on + coalesce(urgent_extended_days, 0)";

    /** Authorisations in the order they end. */
    public static final String AUTHORISATION_ENDING_ORDER = "authorised_to";

    /** A standard application (no urgent authorisation) granted or not granted from :from to :to; withdrawn is not a decision. */
    public static final String STANDARD_DECIDED = "not urgent and outcome in ('GRANTED', 'NOT_GRANTED') and signed_off_on between :from and :to";

    /** Of those, signed off within :days of the day the request was received. */
    public static final String DECIDED_IN_TIME = STANDARD_DECIDED + " and signed_off_on - received_on <= :days";

    private static final String SELECT = """
            select a.id, a.application_number, a.person_id, a.location_id, a.managing_authority, a.cqc_location_code, a.received_on, a.urgent,
              a.urgent_granted_on, a.urgent_extended_days, a.priority, a.priority_reason, a.best_interests_assessor, s.name as assessor_name,
              a.signed_off_on, a.outcome, a.outcome_reason, a.authorised_from, a.authorised_to, a.conditions, a.ceased_on, a.ceased_reason, a.version
            from liberty.application a left join liberty.assessor s on s.id = a.best_interests_assessor""";

    private final JdbcClient jdbc;
    private final ReportReads reads;

    ApplicationStore(JdbcClient jdbc, ReportReads reads) {
        this.jdbc = jdbc;
        this.reads = reads;
    }

    public void insert(UUID id, UUID personId, UUID locationId, String authority, String cqc, LocalDate received, boolean urgent, LocalDate urgentOn,
                       String priority, String reason, String by) {
        jdbc.sql("""
                insert into liberty.application (id, person_id, location_id, managing_authority, cqc_location_code, received_on, urgent,
                  urgent_granted_on, priority, priority_reason, created_by)
                values (:id, :person, :location, :authority, :cqc, :received, :urgent, :urgentOn, :priority, :reason, :by)""")
                .param("id", id).param("person", personId).param("location", locationId).param("authority", authority).param("cqc", cqc)
                .param("received", received).param("urgent", urgent).param("urgentOn", urgentOn).param("priority", priority).param("reason", reason)
                .param("by", by).update();
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(Row.class).optional();
    }

    public List<AssessmentRow> assessments(UUID id) {
        return jdbc.sql("""
                select q.requirement, q.status, q.assessor_id, s.name as assessor, q.assessed_on from liberty.qualifying_assessment q
                left join liberty.assessor s on s.id = q.assessor_id where q.application_id = :id""").param("id", id).query(AssessmentRow.class).list();
    }

    /** The qualifying assessments of several applications in one query, by application. */
    public Map<UUID, List<AssessmentRow>> assessments(java.util.Collection<UUID> ids) {
        return assessments(jdbc, ids);
    }

    /** The same for the DoLS return's rows, from the reports database as they were. */
    public Map<UUID, List<AssessmentRow>> assessmentsForReturn(java.util.Collection<UUID> ids) {
        return assessments(reads.jdbc(), ids);
    }

    private static Map<UUID, List<AssessmentRow>> assessments(JdbcClient client, java.util.Collection<UUID> ids) {
        Map<UUID, List<AssessmentRow>> byApplication = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            client.sql("""
                    select q.application_id, q.requirement, q.status, q.assessor_id, s.name as assessor, q.assessed_on from liberty.qualifying_assessment q
                    left join liberty.assessor s on s.id = q.assessor_id where q.application_id in (:ids)""").param("ids", List.copyOf(ids))
                    .query((rs, n) -> byApplication.computeIfAbsent(rs.getObject("application_id", UUID.class), a -> new java.util.ArrayList<>())
                            .add(new AssessmentRow(rs.getString("requirement"), rs.getString("status"), (Long) rs.getObject("assessor_id"),
                                    rs.getString("assessor"), rs.getObject("assessed_on", LocalDate.class)))).list();
        }
        return byApplication;
    }

    /** The columns of an application set one at a time as its work goes on. */
    public enum Settable {
        URGENT_EXTENDED_DAYS, BEST_INTERESTS_ASSESSOR
    }

    public void set(UUID id, Settable column, Object value) {
        jdbc.sql("update liberty.application set " + column.name().toLowerCase(java.util.Locale.ROOT) + " = :v where id = :id")
                .param("id", id).param("v", value).update();
    }

    public void assessment(UUID id, String requirement, String status, Long assessor, LocalDate on, String by) {
        jdbc.sql("""
                insert into liberty.qualifying_assessment (application_id, requirement, status, assessor_id, assessed_on, recorded_by)
                values (:id, :r, :s, :a, :on, :by)
                on conflict (application_id, requirement) do update set status = excluded.status, assessor_id = excluded.assessor_id,
                  assessed_on = excluded.assessed_on, recorded_by = excluded.recorded_by, recorded_at = now()""")
                .param("id", id).param("r", requirement).param("s", status).param("a", assessor).param("on", on).param("by", by).update();
    }

    public void decide(UUID id, LocalDate signedOff, DolsOutcome outcome, String reason, LocalDate from, LocalDate to, String conditions) {
        jdbc.sql("""
                update liberty.application set signed_off_on = :signed, outcome = :outcome, outcome_reason = :reason, authorised_from = :from,
                  authorised_to = :to, conditions = :conditions where id = :id""")
                .param("id", id).param("signed", signedOff).param("outcome", outcome.name()).param("reason", reason).param("from", from).param("to", to)
                .param("conditions", conditions).update();
    }

    /** The person's applications not yet decided. */
    public List<Row> undecidedOf(UUID personId) {
        return jdbc.sql(SELECT + " where a.person_id = :p and a.outcome is null order by a.received_on").param("p", personId).query(Row.class).list();
    }

    /** The person's granted authorisations still running after {@code day}: not ceased, and ending after it. */
    public List<Row> authorisedAfter(UUID personId, LocalDate day) {
        return jdbc.sql(SELECT + " where a.person_id = :p and a.outcome = 'GRANTED' and a.ceased_on is null and a.authorised_to > :day order by a.received_on")
                .param("p", personId).param("day", day).query(Row.class).list();
    }

    /** Ends a granted authorisation early, on {@code on}, keeping the period it was granted for. */
    public void cease(UUID id, LocalDate on, String reason) {
        jdbc.sql("update liberty.application set ceased_on = :on, ceased_reason = :reason where id = :id")
                .param("id", id).param("on", on).param("reason", reason).update();
    }

    public Optional<String> assessorQualification(long id) {
        return jdbc.sql("select qualification from liberty.assessor where id = :id and active").param("id", id).query(String.class).optional();
    }

    public long addAssessor(String name, String qualification) {
        return jdbc.sql("insert into liberty.assessor (name, qualification) values (:n, :q) returning id").param("n", name).param("q", qualification)
                .query(Long.class).single();
    }

    public boolean assessorNamed(String name) {
        return jdbc.sql("select exists(select 1 from liberty.assessor where lower(name) = lower(:n))").param("n", name).query(Boolean.class).single();
    }

    public record AssessorRow(long id, String name, String qualification) {
    }

    public List<AssessorRow> assessors() {
        return jdbc.sql("select id, name, qualification from liberty.assessor where active order by name").query(AssessorRow.class).list();
    }

    public Map<String, Long> waitingBy(String expression, LocalDate asOf) {
        Map<String, Long> counts = new LinkedHashMap<>();
        reads.jdbc().sql("select " + expression + ", count(*) from liberty.application where " + WAITING + " group by 1")
                .param("asOf", asOf).query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    /** The first applications meeting one of the conditions above on :asOf, in one of the orders above. */
    public List<Row> first(String where, String order, LocalDate asOf, int limit) {
        return first(where, order, asOf, 0, limit);
    }

    /** The same from the {@code offset}th on: a page, the application number breaking ties so pages neither overlap nor skip. */
    public List<Row> first(String where, String order, LocalDate asOf, int offset, int limit) {
        return jdbc.sql(SELECT + " where " + where + " order by " + order + ", a.application_number limit :limit offset :offset")
                .param("asOf", asOf).param("limit", limit).param("offset", offset).query(Row.class).list();
    }

    public long count(String where, LocalDate asOf) {
        return count(jdbc, where, asOf);
    }

    /** The same count for the backlog figures and the DoLS measures, from the reports database (a replica, when configured). */
    public long countForFigures(String where, LocalDate asOf) {
        return count(reads.jdbc(), where, asOf);
    }

    private static long count(JdbcClient client, String where, LocalDate asOf) {
        return client.sql("select count(*) from liberty.application where " + where).param("asOf", asOf).query(Long.class).single();
    }

    public Map<String, Long> receivedByMonth(LocalDate from, LocalDate to) {
        Map<String, Long> counts = new LinkedHashMap<>();
        reads.jdbc().sql("select to_char(received_on, 'YYYY-MM'), count(*) from liberty.application where received_on between :from and :to group by 1 order by 1")
                .param("from", from).param("to", to).query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    /** Standard applications (no urgent authorisation) granted or not granted in a period, and those signed off within {@code days} of receipt. */
    public record Decisions(long decided, long inTime) {
    }

    public Decisions standardDecided(LocalDate from, LocalDate to, int days) {
        return reads.jdbc().sql("select count(*) as decided, count(*) filter (where " + DECIDED_IN_TIME + ") as in_time from liberty.application where "
                        + STANDARD_DECIDED)
                .param("from", from).param("to", to).param("days", days).query(Decisions.class).single();
    }

    /**
     * The applications meeting one of the conditions above, oldest received first: {@code :asOf} is the end of the period,
     * {@code :from} its start (the same as the end for the backlog on a date).
     */
    public List<Row> listed(String where, LocalDate from, LocalDate asOf, int days, int limit) {
        return jdbc.sql(SELECT + " where " + where + " order by a.received_on, a.application_number limit :limit")
                .param("from", from).param("to", asOf).param("asOf", asOf).param("days", days).param("limit", limit).query(Row.class).list();
    }

    /** Applications active in the period: received by its end, and not ended before its start (the DoLS return's rows). */
    public List<Row> activeIn(LocalDate from, LocalDate to) {
        return reads.jdbc().sql(SELECT + """
                 where a.received_on <= :to
                  and (a.signed_off_on is null or a.signed_off_on >= :from or (a.outcome = 'GRANTED' and coalesce(a.ceased_on, a.authorised_to) >= :from))
                order by a.received_on, a.application_number""")
                .param("from", from).param("to", to).query(Row.class).list();
    }
}
