package org.openasc.support.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.openasc.platform.database.ReportReads;
import org.openasc.support.Setting;

/**
 * The care and support figures on a date, from one set of facts per person in long-term support.
 * Each drill-down uses the same facts and the same predicate as its figure, so a count and its list
 * cannot disagree.
 */
@Repository
public class SupportFigureQuery {

    /** One group of people: setting x support reason, with the counts the shares need. */
    public record Group(int setting, String reason, long people, long workingAge, long workingAgeSettled, long older, long community,
                        long directPayment, long longStanding, long reviewed) {
    }

    public record CostRow(String serviceType, long services, BigDecimal weeklyCost) {
    }

    public record DischargeRow(long discharges, long totalDays, BigDecimal averageDays, long withinTarget) {
    }

    /** A record behind a figure. */
    public record Record(UUID personId, UUID recordId, String detail, LocalDate from, BigDecimal amount) {
    }

    /**
     * Per person in long-term support on each date of {@code dates} (on_date, year_ago): setting, support reason, age, settled
     * accommodation, reviewed in the year. Several dates are read in one pass, so a table of months costs one query, not one a month.
     */
    private static final String FACTS = """
            with dates as (%s), lts as (
              select d.on_date, d.year_ago, s.person_id, min(%s) as setting, min(s.start_date) as lts_from, array_agg(distinct s.team_id) as teams
              from dates d join support.service s on s.long_term and s.start_date <= d.on_date and (s.end_date is null or s.end_date >= d.on_date)
              group by d.on_date, d.year_ago, s.person_id
            ), facts as (
              select l.on_date, l.year_ago, l.person_id, l.setting, l.lts_from, l.teams, coalesce(p.primary_support_reason, 'Unknown') as reason,
                extract(year from age(l.on_date, p.date_of_birth))::int as age,
                coalesce((select v.settled from people.circumstance_facts c
                          join platform.code_value v on v.list_name = 'accommodation-status' and v.value = c.value
                          where c.person_id = l.person_id and c.kind = 'accommodation-status' and c.valid_from <= l.on_date
                          order by c.valid_from desc limit 1), false) as settled,
                exists (select 1 from support.review r where r.person_id = l.person_id and r.reviewed_on > l.year_ago and r.reviewed_on <= l.on_date
                        and r.reason <> 'Review of short term support') as reviewed
              from lts l join people.person_facts p on p.id = l.person_id
              where p.date_of_death is null or p.date_of_death > l.on_date
            )""";

    /** The facts on :asOf alone (its year before it :yearAgo), for a figure's records. */
    private static final String FACTS_ON = FACTS.formatted("select cast(:asOf as date) as on_date, cast(:yearAgo as date) as year_ago",
            Setting.RANK_SQL);

    /** The facts on each of :dates (each with its year before it in :yearsAgo), for the figures. */
    private static final String FACTS_ON_DATES = FACTS.formatted(
            "select * from unnest(cast(:dates as date[]), cast(:yearsAgo as date[])) as d(on_date, year_ago)", Setting.RANK_SQL);

    /** The people behind each person-based figure; {@code :setting} and {@code :reason} narrow the long-term support list. */
    private static final Map<String, String> PEOPLE_FIGURES = Map.ofEntries(
            Map.entry("long-term-support", "(cast(:setting as integer) is null or f.setting = :setting) and (cast(:reason as text) is null or f.reason = :reason)"),
            Map.entry("working-age", "f.age between 18 and 64"),
            Map.entry("working-age-settled", "f.age between 18 and 64 and f.settled"),
            Map.entry("older-care-homes", "f.age >= 65 and f.setting in (1, 2)"),
            Map.entry("community", "f.setting between 3 and 6"),
            Map.entry("direct-payment", "f.setting = 3"),
            Map.entry("long-standing", "f.lts_from <= :yearAgo"),
            Map.entry("reviewed", "f.lts_from <= :yearAgo and f.reviewed"),
            Map.entry("not-reviewed", "f.lts_from <= :yearAgo and not f.reviewed"));

    /** A discharge counted in a period: the day the person left hospital, as both the average and its list read it. */
    private static final String DISCHARGED_IN = "discharged_on between :from and :to";

    private final JdbcClient jdbc;
    private final ReportReads reads;

    SupportFigureQuery(JdbcClient jdbc, ReportReads reads) {
        this.jdbc = jdbc;
        this.reads = reads;
    }

    public static boolean known(String figure) {
        return PEOPLE_FIGURES.containsKey(figure) || "discharges".equals(figure) || "weekly-cost".equals(figure);
    }

    public List<Group> groups(LocalDate asOf) {
        return groups(List.of(asOf)).getOrDefault(asOf, List.of());
    }

    /** The groups on each of several dates, in one query; a date with nobody in long-term support has no entry. */
    public Map<LocalDate, List<Group>> groups(List<LocalDate> dates) {
        Map<LocalDate, List<Group>> byDate = new HashMap<>();
        List<LocalDate> distinct = dates.stream().distinct().toList();
        reads.jdbc().sql(FACTS_ON_DATES + " " + """
                select f.on_date, f.setting, f.reason, count(*) as people,
                  count(*) filter (where f.age between 18 and 64) as working_age,
                  count(*) filter (where f.age between 18 and 64 and f.settled) as working_age_settled,
                  count(*) filter (where f.age >= 65) as older,
                  count(*) filter (where f.setting between 3 and 6) as community,
                  count(*) filter (where f.setting = 3) as direct_payment,
                  count(*) filter (where f.lts_from <= f.year_ago) as long_standing,
                  count(*) filter (where f.lts_from <= f.year_ago and f.reviewed) as reviewed
                from facts f group by f.on_date, f.setting, f.reason""")
                .param("dates", distinct.stream().map(LocalDate::toString).toArray(String[]::new))
                .param("yearsAgo", distinct.stream().map(d -> d.minusYears(1).toString()).toArray(String[]::new))
                .query((rs, n) -> byDate.computeIfAbsent(rs.getObject("on_date", LocalDate.class), d -> new java.util.ArrayList<>())
                        .add(GROUP.mapRow(rs, n))).list();
        return byDate;
    }

    private static final org.springframework.jdbc.core.RowMapper<Group> GROUP = new org.springframework.jdbc.core.DataClassRowMapper<>(Group.class);

    public List<CostRow> weeklyCost(LocalDate asOf) {
        return jdbc.sql("""
                select s.service_type, count(*) as services, coalesce(sum(t.weekly_cost), 0) as weekly_cost
                from support.service s
                join lateral (select x.weekly_cost from support.service_terms x where x.service_id = s.id and x.effective_from <= :asOf
                              order by x.effective_from desc limit 1) t on true
                where s.start_date <= :asOf and (s.end_date is null or s.end_date >= :asOf)
                group by s.service_type order by 3 desc""")
                .param("asOf", asOf).query(CostRow.class).list();
    }

    public DischargeRow discharges(LocalDate from, LocalDate to, int targetDays) {
        return reads.jdbc().sql("""
                select count(*) as discharges, coalesce(sum(discharged_on - hub_decision_on), 0) as total_days,
                  round(avg(discharged_on - hub_decision_on), 1) as average_days,
                  count(*) filter (where discharged_on - hub_decision_on <= :target) as within_target
                from support.discharge where """ + " " + DISCHARGED_IN)
                .param("from", from).param("to", to).param("target", targetDays).query(DischargeRow.class).single();
    }

    /** A page of the records behind a figure and how many there are in all. */
    public record Records(List<Record> rows, long total) {
    }

    /** The people behind a person-based figure, in the given teams (null: all), from the {@code offset}th. */
    public Records people(String figure, LocalDate asOf, Integer setting, String reason, List<Long> teams, int offset, int limit) {
        String where = PEOPLE_FIGURES.get(figure);
        Map<String, Object> params = new HashMap<>();
        params.put("setting", setting);
        params.put("reason", reason);
        String scope = teams == null ? "" : " and f.teams && :teams";
        if (teams != null) {
            params.put("teams", teams.toArray(Long[]::new));
        }
        params.put("asOf", asOf);
        params.put("yearAgo", asOf.minusYears(1));
        return page(FACTS_ON + " select f.person_id, null::uuid as record_id, f.setting::text || '|' || f.reason || '|' || coalesce(f.age::text, '')"
                + " as detail, f.lts_from as \"from\", null::numeric as amount from facts f where " + where + scope, "\"from\", person_id", params, offset, limit);
    }

    public Records dischargeRecords(LocalDate from, LocalDate to, List<Long> teams, int offset, int limit) {
        return page("""
                select person_id, id as record_id, hospital || ', ' || ward || ': pathway ' || pathway as detail, hub_decision_on as "from",
                  (discharged_on - hub_decision_on)::numeric as amount, discharged_on
                from support.discharge where (cast(:all as boolean) or team_id = any(:teams)) and """ + " " + DISCHARGED_IN,
                "amount desc, discharged_on, record_id", teamParams(teams, Map.of("from", from, "to", to)), offset, limit);
    }

    public Records costRecords(LocalDate asOf, String serviceType, List<Long> teams, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", asOf);
        params.put("type", serviceType);
        return page("""
                select s.person_id, s.id as record_id, s.service_type || ': ' || s.service_component as detail, s.start_date as "from",
                  t.weekly_cost as amount, s.service_number
                from support.service s
                join lateral (select x.weekly_cost from support.service_terms x where x.service_id = s.id and x.effective_from <= :asOf
                              order by x.effective_from desc limit 1) t on true
                where s.start_date <= :asOf and (s.end_date is null or s.end_date >= :asOf)
                  and (cast(:type as text) is null or s.service_type = :type) and (cast(:all as boolean) or s.team_id = any(:teams))""",
                "amount desc, service_number", teamParams(teams, params), offset, limit);
    }

    private static Map<String, Object> teamParams(List<Long> teams, Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("all", teams == null);
        all.put("teams", teams == null ? new Long[0] : teams.toArray(Long[]::new));
        return all;
    }

    /** The rows of {@code select} in {@code order} (ending in a unique key, so pages neither overlap nor skip) from the offset, and their count. */
    private Records page(String select, String order, Map<String, Object> params, int offset, int limit) {
        List<Record> rows = jdbc.sql("select * from (" + select + ") r order by " + order + " limit :limit offset :offset").params(params)
                .param("limit", limit).param("offset", offset).query(Record.class).list();
        return new Records(rows, jdbc.sql("select count(*) from (" + select + ") r").params(params).query(Long.class).single());
    }

    /**
     * People aged {@code minAge} or over at the start whose long-term residential or nursing placement started between two
     * dates, as ASCOF 2C counts admissions: not a move from another home (a placement ended in the 365 days before), not
     * ending as self-funded.
     */
    public long careHomeAdmissions(LocalDate from, LocalDate to, int minAge) {
        return reads.jdbc().sql("""
                select count(distinct s.person_id) from support.service s join people.person_facts p on p.id = s.person_id
                where s.service_type in ('Long term support: Residential care', 'Long term support: Nursing care')
                  and s.start_date between :from and :to
                  and extract(year from age(s.start_date, p.date_of_birth)) >= :age
                  and coalesce(s.end_outcome, '') not like 'NFA: Self-funded%'
                  and not exists (select 1 from support.service e where e.person_id = s.person_id and e.id <> s.id
                    and e.service_type in ('Long term support: Residential care', 'Long term support: Nursing care')
                    and e.start_date < s.start_date and coalesce(e.end_date, s.start_date) >= s.start_date - 365)""")
                .param("from", from).param("to", to).param("age", minAge).query(Long.class).single();
    }
}
