package org.openasc.frontdoor.domain;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.openasc.platform.database.ReportReads;

/**
 * Every front-door figure as one SQL predicate over contacts or requests, so a count and the list
 * of records behind it are the same query: {@link #counts} groups it, {@link #records} lists it.
 * Figures over the same records are counted in one pass.
 */
@Repository
public class FrontDoorFigureQuery {

    /** What a figure counts. */
    public enum Unit { CONTACT, REQUEST }

    private static final String CONTACTS = "from frontdoor.contact c";
    private static final String CONTACTS_IN_PERIOD = "c.received_at >= :fromTs and c.received_at < :toTs";
    private static final String REQUESTS = "from frontdoor.support_request r";

    /** A figure: which records it counts in a period, and what it breaks them down by. */
    public enum Figure {
        CONTACTS_BY_CHANNEL(Unit.CONTACT, "c.channel", CONTACTS_IN_PERIOD),
        CONTACTS_BY_SOURCE(Unit.CONTACT, "c.source", CONTACTS_IN_PERIOD),
        CONTACTS_BY_LAYER(Unit.CONTACT, ContactStore.LAYER_OR_STATE, CONTACTS_IN_PERIOD),
        CONTACTS_BY_OUTCOME(Unit.CONTACT, "c.outcome", CONTACTS_IN_PERIOD),
        REQUESTS_BY_ROUTE(Unit.REQUEST, "r.route_of_access", "r.received_on between :from and :to"),
        REQUESTS_BY_CLIENT_TYPE(Unit.REQUEST, "r.client_type", "r.received_on between :from and :to"),
        REQUESTS_BY_CLIENT(Unit.REQUEST, "case when r.existing_client then 'existing' else 'new' end", "r.received_on between :from and :to"),
        ALLOCATED(Unit.REQUEST, "'allocated'", "r.first_allocated_on between :from and :to"),
        ASSESSED(Unit.REQUEST, "'assessed'", "r.assessment_completed_on between :from and :to"),
        CONVERSATION_ONLY(Unit.REQUEST, "'conversation only'", """
                r.closed_on between :from and :to and exists (select 1 from frontdoor.conversation v where v.request_id = r.id)
                and not exists (select 1 from frontdoor.request_assessment x where x.request_id = r.id)"""),
        CLOSED_BY_OUTCOME(Unit.REQUEST, "r.outcome", "r.closed_on between :from and :to");

        private final Unit unit;
        private final String dimension;
        private final String where;

        Figure(Unit unit, String dimension, String where) {
            this.unit = unit;
            this.dimension = dimension;
            this.where = where;
        }

        public Unit unit() {
            return unit;
        }

        String table() {
            return unit == Unit.CONTACT ? CONTACTS : REQUESTS;
        }
    }

    /** Days from receipt to a later step, for requests that reached it in the period. */
    public record Waits(long requests, Double medianDays, Double percentile90Days) {
    }

    /** One record behind a figure. */
    public record RecordRow(UUID id, long number, LocalDate on, UUID personId, String what, String value) {
    }

    private static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;
    private final ReportReads reads;

    FrontDoorFigureQuery(JdbcClient jdbc, ReportReads reads) {
        this.jdbc = jdbc;
        this.reads = reads;
    }

    /** Counts for figures that share their records (same unit and period rule), in one pass over those records. */
    public Map<Figure, Map<String, Long>> counts(List<Figure> figures, LocalDate from, LocalDate to) {
        Figure first = figures.get(0);
        if (figures.stream().anyMatch(f -> f.unit != first.unit || !f.where.equals(first.where))) {
            throw new IllegalArgumentException("Figures counted together must share their records: " + figures);
        }
        Map<Figure, Map<String, Long>> counts = new EnumMap<>(Figure.class);
        figures.forEach(f -> counts.put(f, new LinkedHashMap<>()));
        int n = figures.size();
        String dims = java.util.stream.IntStream.range(0, n).mapToObj(i -> figures.get(i).dimension + " as d" + i).collect(Collectors.joining(", "));
        String cols = java.util.stream.IntStream.range(0, n).mapToObj(i -> "d" + i).collect(Collectors.joining(", "));
        String sets = java.util.stream.IntStream.range(0, n).mapToObj(i -> "(d" + i + ")").collect(Collectors.joining(", "));
        // One pass with grouping sets; grouping() marks which dimension each row counts (its bit is 0).
        reads.jdbc().sql("select grouping(" + cols + ") as g, " + cols + ", count(*) as n from (select " + dims + " " + first.table()
                        + " where " + first.where + ") x group by grouping sets (" + sets + ") order by 1, " + (n + 2) + " desc")
                .params(params(from, to))
                .query((rs, row) -> {
                    int g = rs.getInt(1);
                    for (int i = 0; i < n; i++) {
                        if ((g & (1 << (n - 1 - i))) == 0) {
                            counts.get(figures.get(i)).put(rs.getString(2 + i), rs.getLong(n + 2));
                        }
                    }
                    return g;
                }).list();
        return counts;
    }

    public Map<String, Long> counts(Figure figure, LocalDate from, LocalDate to) {
        return counts(List.of(figure), from, to).get(figure);
    }

    /**
     * The records behind one value of a figure. {@code scopeTeams} null lists them all; otherwise only
     * those a member of staff in those teams may open (unallocated, their teams', their own).
     */
    public List<RecordRow> records(Figure figure, String value, LocalDate from, LocalDate to, List<Long> scopeTeams, String me,
                                   int limit, long offset) {
        String select = figure.unit == Unit.CONTACT
                ? "select c.id, c.contact_number as number, (c.received_at at time zone 'Europe/London')::date as on, c.person_id, c.outcome as what, "
                : "select r.id, r.request_number as number, r.received_on as on, r.person_id, r.client_type || ', ' || r.route_of_access as what, ";
        Map<String, Object> params = new java.util.HashMap<>(params(from, to));
        return jdbc.sql(select + figure.dimension + " as value " + figure.table() + " where " + figure.where
                        + " and (" + figure.dimension + ") = :value" + scope(figure, scopeTeams, me, params) + " order by 3, 2 limit :limit offset :offset")
                .params(params).param("value", value).param("limit", limit).param("offset", offset)
                .query(RecordRow.class).list();
    }

    public long count(Figure figure, String value, LocalDate from, LocalDate to, List<Long> scopeTeams, String me) {
        Map<String, Object> params = new java.util.HashMap<>(params(from, to));
        return jdbc.sql("select count(*) " + figure.table() + " where " + figure.where + " and (" + figure.dimension + ") = :value"
                        + scope(figure, scopeTeams, me, params))
                .params(params).param("value", value).query(Long.class).single();
    }

    private static String scope(Figure figure, List<Long> scopeTeams, String me, Map<String, Object> params) {
        if (scopeTeams == null) {
            return "";
        }
        params.put("me", me);
        String teams = scopeTeams.isEmpty() ? "" : " or q.team_id in (:scopeTeams)";
        if (!scopeTeams.isEmpty()) {
            params.put("scopeTeams", scopeTeams);
        }
        String visible = "(q.team_id is null" + teams + " or q.worker = :me)";
        return figure.unit == Unit.CONTACT
                ? " and (c.request_id is null or exists (select 1 from frontdoor.support_request q where q.id = c.request_id and " + visible + "))"
                : " and exists (select 1 from frontdoor.support_request q where q.id = r.id and " + visible + ")";
    }

    /** Median and 90th percentile of whole days from receipt to first allocation, for requests first allocated in the period. */
    public Waits waitToAllocation(LocalDate from, LocalDate to) {
        return waits("r.first_allocated_on", Figure.ALLOCATED, from, to);
    }

    /** The same for requests whose assessment was completed in the period. */
    public Waits waitToAssessment(LocalDate from, LocalDate to) {
        return waits("r.assessment_completed_on", Figure.ASSESSED, from, to);
    }

    /** Assessments completed in the period for requests, by type. */
    public Map<String, Long> assessmentsCompleted(LocalDate from, LocalDate to) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select assessment_type, count(*) from frontdoor.request_assessment where completed_on between :from and :to
                group by 1 order by 2 desc, 1""")
                .params(params(from, to)).query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    private Waits waits(String step, Figure figure, LocalDate from, LocalDate to) {
        // percentile_disc: the wait some request actually had, not an interpolation between two.
        return jdbc.sql("select count(*) as requests, percentile_disc(0.5) within group (order by d)::float8 as median_days,"
                        + " percentile_disc(0.9) within group (order by d)::float8 as percentile90_days"
                        + " from (select (" + step + " - r.received_on) as d " + figure.table() + " where " + figure.where + ") w")
                .params(params(from, to)).query(Waits.class).single();
    }

    private static Map<String, Object> params(LocalDate from, LocalDate to) {
        return Map.of("from", from, "to", to,
                "fromTs", Timestamp.from(from.atStartOfDay(COUNCIL_ZONE).toInstant()),
                "toTs", Timestamp.from(to.plusDays(1).atStartOfDay(COUNCIL_ZONE).toInstant()));
    }
}
