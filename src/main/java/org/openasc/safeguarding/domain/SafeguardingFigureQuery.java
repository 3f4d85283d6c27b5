package org.openasc.safeguarding.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.openasc.platform.database.ReportReads;

/** Safeguarding figures, each one query over concerns and enquiries. */
@Repository
public class SafeguardingFigureQuery {

    /** Concerns received in a period, with what became of them by a date. */
    public record ConcernCounts(long received, long organisational, long s42, long other, long incidentOnly, long notSafeguarding,
                                long notScreened, long screened, long screenedOnTime) {
    }

    public record MonthCounts(int month, boolean organisational, long received, long closedByTeam, long thresholdNotMet, long transferred,
                              long notClosed) {
    }

    /** A concern screened in the period (the screening measure's denominator), and screened by its due date (its numerator). */
    private static final String SCREENED_IN = "c.screened_on between :from and :to";
    private static final String SCREENED_ON_TIME = SCREENED_IN + " and c.screened_on <= c.screening_due_on";

    /**
     * A section 42 enquiry concluded in the period whose outcomes were expressed, as the Safeguarding Adults Collection (SG4a)
     * counts Making Safeguarding Personal; and of those, outcomes fully or partly achieved.
     */
    private static final String MSP_EXPRESSED = "e.kind = 'S42' and e.concluded_on between :from and :to"
            + " and coalesce(e.msp_achieved, e.msp_asked) in ('Fully Achieved', 'Partially Achieved', 'Not Achieved')";
    private static final String MSP_ACHIEVED = MSP_EXPRESSED + " and coalesce(e.msp_achieved, e.msp_asked) in ('Fully Achieved', 'Partially Achieved')";

    private final JdbcClient jdbc;
    private final ReportReads reads;

    SafeguardingFigureQuery(JdbcClient jdbc, ReportReads reads) {
        this.jdbc = jdbc;
        this.reads = reads;
    }

    public ConcernCounts concerns(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select count(*) as received, count(*) filter (where organisational) as organisational,
                  count(*) filter (where decision = 'S42' and screened_on <= :to) as s42,
                  count(*) filter (where decision = 'OTHER_ENQUIRY' and screened_on <= :to) as other,
                  count(*) filter (where decision = 'INCIDENT_ONLY' and screened_on <= :to) as incident_only,
                  count(*) filter (where decision = 'NOT_SAFEGUARDING' and screened_on <= :to) as not_safeguarding,
                  count(*) filter (where screened_on is null or screened_on > :to) as not_screened,
                  count(*) filter (where screened_on <= :to) as screened,
                  count(*) filter (where screened_on <= :to and screened_on <= screening_due_on) as screened_on_time
                from safeguarding.concern where received_on between :from and :to""")
                .param("from", from).param("to", to).query(ConcernCounts.class).single();
    }

    /** Concerns screened in a period, and how many of those were screened by the due date their screening clock set at receipt. */
    public record Screening(long screened, long onTime) {
    }

    public Screening screenedIn(LocalDate from, LocalDate to) {
        return reads.jdbc().sql("select count(*) as screened, count(*) filter (where " + SCREENED_ON_TIME + ") as on_time"
                        + " from safeguarding.concern c where " + SCREENED_IN)
                .param("from", from).param("to", to).query(Screening.class).single();
    }

    /** Section 42 enquiries concluded in a period whose outcomes were expressed, and how many of those were fully or partly achieved. */
    public record Personal(long expressed, long achieved) {
    }

    public Personal madeSafeguardingPersonal(LocalDate from, LocalDate to) {
        return reads.jdbc().sql("select count(*) as expressed, count(*) filter (where " + MSP_ACHIEVED + ") as achieved"
                        + " from safeguarding.enquiry e where " + MSP_EXPRESSED)
                .param("from", from).param("to", to).query(Personal.class).single();
    }

    public Map<String, Long> started(LocalDate from, LocalDate to) {
        return counts("select kind, count(*) from safeguarding.enquiry where started_on between :from and :to group by 1", from, to);
    }

    public Map<String, Long> concludedByConclusion(LocalDate from, LocalDate to) {
        return counts("select conclusion, count(*) from safeguarding.enquiry where concluded_on between :from and :to group by 1 order by 2 desc", from, to);
    }

    /** Enquiries concluded in the period by the national conclusion each council's own conclusion is counted as. */
    public Map<String, Long> concludedByNationalConclusion(LocalDate from, LocalDate to) {
        return counts("""
                select coalesce(v.grouping, e.conclusion), count(*) from safeguarding.enquiry e
                left join platform.code_value v on v.list_name = 'enquiry-conclusion' and v.value = e.conclusion
                where e.concluded_on between :from and :to group by 1 order by 2 desc""", from, to);
    }

    /**
     * Cases closed in the period whenever they were received: concerns closed at screening (no enquiry)
     * by decision, and enquiries concluded by conclusion, as Blackpool's committee reads them.
     */
    public Map<String, Long> closedByOutcome(LocalDate from, LocalDate to) {
        return counts("""
                select outcome, count(*) from (
                  select case decision when 'INCIDENT_ONLY' then 'Closed at screening: incident only'
                    else 'Closed at screening: not a safeguarding matter' end as outcome
                  from safeguarding.concern where screened_on between :from and :to and decision in ('INCIDENT_ONLY', 'NOT_SAFEGUARDING')
                  union all
                  select 'Enquiry concluded: ' || conclusion from safeguarding.enquiry where concluded_on between :from and :to
                ) closed group by outcome order by outcome""", from, to);
    }

    /** Enquiries open at the end of :to, by how long they had been open. */
    public Map<String, Long> openByAge(LocalDate to) {
        return counts("""
                select case when :to - started_on < 28 then 'Under 4 weeks' when :to - started_on < 91 then '4 to 13 weeks'
                  when :to - started_on < 182 then '13 to 26 weeks' else '26 weeks or more' end, count(*)
                from safeguarding.enquiry where started_on <= :to and (concluded_on is null or concluded_on > :to) group by 1""", to, to);
    }

    public Map<String, Long> typesOfRisk(LocalDate from, LocalDate to) {
        return counts("""
                select a.type_of_risk, count(*) from safeguarding.allegation a join safeguarding.enquiry e on e.id = a.enquiry_id
                where e.kind = 'S42' and e.concluded_on between :from and :to group by 1 order by 2 desc""", from, to);
    }

    public Map<String, Long> mspAchieved(LocalDate from, LocalDate to) {
        return counts("""
                select coalesce(msp_achieved, msp_asked), count(*) from safeguarding.enquiry
                where kind = 'S42' and concluded_on between :from and :to group by 1 order by 2 desc""", from, to);
    }

    /**
     * For each month of the year and organisational or community concerns: received; screened to an
     * enquiry kept by the Safeguarding Adults Team (or the provider) and concluded by :asOf; threshold not
     * met (incident only, not safeguarding); transferred to a locality; not closed (not screened, or the
     * team's enquiry still open on :asOf).
     */
    public List<MonthCounts> months(int year, LocalDate asOf) {
        return jdbc.sql("""
                select extract(month from c.received_on)::int as month, c.organisational, count(*) as received,
                  count(*) filter (where c.routed_to in ('SAFEGUARDING_TEAM', 'PROVIDER') and c.screened_on <= :asOf and e.concluded_on <= :asOf) as closed_by_team,
                  count(*) filter (where c.decision in ('INCIDENT_ONLY', 'NOT_SAFEGUARDING') and c.screened_on <= :asOf) as threshold_not_met,
                  count(*) filter (where c.routed_to = 'LOCALITY' and c.screened_on <= :asOf) as transferred,
                  count(*) filter (where c.screened_on is null or c.screened_on > :asOf
                    or (c.routed_to in ('SAFEGUARDING_TEAM', 'PROVIDER') and (e.concluded_on is null or e.concluded_on > :asOf))) as not_closed
                from safeguarding.concern c left join safeguarding.enquiry e on e.concern_id = c.id
                where c.received_on >= make_date(:year, 1, 1) and c.received_on < make_date(:year + 1, 1, 1) and c.received_on <= :asOf
                group by 1, 2 order by 1""")
                .param("year", year).param("asOf", asOf).query(MonthCounts.class).list();
    }

    /** A concern or enquiry behind a figure. */
    public record Record(java.util.UUID concernId, long concernNumber, java.util.UUID enquiryId, Long enquiryNumber, java.util.UUID personId,
                         LocalDate receivedOn, LocalDate startedOn, LocalDate concludedOn, String decision, String conclusion,
                         LocalDate screeningDueOn, LocalDate screenedOn, String outcomesAchieved) {
    }

    private static final String RECORDS = """
            select c.id as concern_id, c.concern_number, e.id as enquiry_id, e.enquiry_number, c.person_id, c.received_on, e.started_on,
              e.concluded_on, c.decision, e.conclusion, c.screening_due_on, c.screened_on, coalesce(e.msp_achieved, e.msp_asked) as outcomes_achieved
            from safeguarding.concern c left join safeguarding.enquiry e on e.concern_id = c.id where """;

    /** The records behind a figure: the same predicates as the counts; from the {@code offset}th, the concern number breaking ties. */
    public List<Record> records(String figure, String value, LocalDate from, LocalDate to, int offset, int limit) {
        return jdbc.sql(RECORDS + " " + where(figure, value) + " order by c.received_on, c.concern_number, e.enquiry_number limit :limit offset :offset")
                .param("from", from).param("to", to).param("value", value == null ? "" : value).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new Record(rs.getObject("concern_id", java.util.UUID.class), rs.getLong("concern_number"),
                        rs.getObject("enquiry_id", java.util.UUID.class), (Long) rs.getObject("enquiry_number"), rs.getObject("person_id", java.util.UUID.class),
                        rs.getObject("received_on", LocalDate.class), rs.getObject("started_on", LocalDate.class),
                        rs.getObject("concluded_on", LocalDate.class), rs.getString("decision"), rs.getString("conclusion"),
                        rs.getObject("screening_due_on", LocalDate.class), rs.getObject("screened_on", LocalDate.class),
                        rs.getString("outcomes_achieved"))).list();
    }

    /** How many records {@link #records} pages through. */
    public long countRecords(String figure, String value, LocalDate from, LocalDate to) {
        return jdbc.sql("select count(*) from (" + RECORDS + " " + where(figure, value) + ") r")
                .param("from", from).param("to", to).param("value", value == null ? "" : value).query(Long.class).single();
    }

    private static String where(String figure, String value) {
        return switch (figure) {
            case "received" -> "c.received_on between :from and :to";
            case "organisational" -> "c.received_on between :from and :to and c.organisational";
            case "outcome" -> "NOT_SCREENED".equals(value)
                    ? "c.received_on between :from and :to and (c.screened_on is null or c.screened_on > :to)"
                    : "c.received_on between :from and :to and c.decision = :value and c.screened_on <= :to";
            case "concluded" -> "e.concluded_on between :from and :to and e.conclusion = :value";
            case "open" -> "e.started_on <= :to and (e.concluded_on is null or e.concluded_on > :to)";
            case "screened" -> SCREENED_IN;
            case "screened-on-time" -> SCREENED_ON_TIME;
            case "msp-expressed" -> MSP_EXPRESSED;
            case "msp-achieved" -> MSP_ACHIEVED;
            default -> throw new IllegalArgumentException(figure);
        };
    }

    public static boolean knownFigure(String figure) {
        return List.of("received", "organisational", "outcome", "concluded", "open", "screened", "screened-on-time", "msp-expressed", "msp-achieved")
                .contains(figure);
    }

    private Map<String, Long> counts(String sql, LocalDate from, LocalDate to) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql(sql).param("from", from).param("to", to).query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }
}
