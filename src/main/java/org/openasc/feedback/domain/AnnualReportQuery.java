package org.openasc.feedback.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.openasc.platform.database.ReportReads;
import org.openasc.feedback.AnnualReport;

/** The annual report's tables, each one grouped query over the year's feedback. */
@Repository
public class AnnualReportQuery {

    /** Quarter of the financial year, 0 for April to June. */
    private static final String QUARTER = "(case when extract(month from received_on) between 4 and 6 then 0 when extract(month from received_on) between 7 and 9 then 1"
            + " when extract(month from received_on) between 10 and 12 then 2 else 3 end)";

    /** Answered by the response date in force: the agreed one where the period was extended (as {@code FeedbackClocks.withinTimescale}). */
    private static final String WITHIN_TIMESCALE = "responded_on <= coalesce(agreed_response_due_on, response_due_on)";

    /** Responded to in the period (the measure's denominator); with {@link #WITHIN_TIMESCALE}, its numerator. */
    private static final String RESPONDED_IN = "responded_on between :from and :to";

    /** Complaints responded to in a period, and how many of them within timescale. */
    public record Responses(long responded, long withinTimescale) {
    }

    /** A complaint responded to in a period, without the complainant or the person: the list behind the measure. */
    public record Answered(java.util.UUID id, long complaintNumber, LocalDate receivedOn, String serviceArea, Long teamId, LocalDate responseDueOn,
                           LocalDate respondedOn, boolean withinTimescale, String outcome) {
    }

    private final JdbcClient jdbc;
    private final ReportReads reads;

    AnnualReportQuery(JdbcClient jdbc, ReportReads reads) {
        this.jdbc = jdbc;
        this.reads = reads;
    }

    /** Complaints received in the year by service area or theme: outcome, withdrawn, outstanding, within timescale. */
    public Map<String, AnnualReport.Cell[]> complaints(String by, LocalDate from, LocalDate to) {
        return cells("""
                select %s as label, %s as quarter, count(*) as received,
                  count(*) filter (where outcome = 'UPHELD') as upheld, count(*) filter (where outcome = 'PARTIALLY_UPHELD') as partially,
                  count(*) filter (where outcome = 'NOT_UPHELD') as not_upheld, count(*) filter (where withdrawn_on is not null) as withdrawn,
                  count(*) filter (where responded_on is null and withdrawn_on is null) as outstanding,
                  count(*) filter (where %s) as within
                from feedback.complaint where received_on between :from and :to group by 1, 2""".formatted(by, QUARTER, WITHIN_TIMESCALE), from, to,
                rs -> new AnnualReport.Cell(rs.getLong("received"), rs.getLong("upheld"), rs.getLong("partially"), rs.getLong("not_upheld"),
                        rs.getLong("withdrawn"), rs.getLong("outstanding"), rs.getLong("within"), null));
    }

    public Responses responded(LocalDate from, LocalDate to) {
        return reads.jdbc().sql("select count(*) as responded, count(*) filter (where " + WITHIN_TIMESCALE + ") as within_timescale"
                        + " from feedback.complaint where " + RESPONDED_IN)
                .param("from", from).param("to", to).query(Responses.class).single();
    }

    /** The complaints counted by {@link #responded}, all or only those within timescale, in the given teams (null: all). */
    public List<Answered> answered(LocalDate from, LocalDate to, boolean withinTimescaleOnly, List<Long> teams, int limit) {
        return jdbc.sql("select id, complaint_number, received_on, service_area, team_id, coalesce(agreed_response_due_on, response_due_on) as response_due_on,"
                        + " responded_on, " + WITHIN_TIMESCALE + " as within_timescale, outcome from feedback.complaint where " + RESPONDED_IN
                        + (withinTimescaleOnly ? " and " + WITHIN_TIMESCALE : "") + " and (cast(:all as boolean) or team_id = any(:teams))"
                        + " order by responded_on, complaint_number limit :limit")
                .param("from", from).param("to", to).param("all", teams == null).param("teams", teams == null ? new Long[0] : teams.toArray(Long[]::new))
                .param("limit", limit).query(Answered.class).list();
    }

    /** Items of a kind (and member type) received in the year by service area. */
    public Map<String, AnnualReport.Cell[]> items(String where, LocalDate from, LocalDate to, boolean foi) {
        return cells("""
                select service_area as label, %s as quarter, count(*) as received,
                  count(*) filter (where responded_on <= due_on) as within, count(*) filter (where cardinality(exemptions) > 0) as exempted
                from feedback.item where received_on between :from and :to and %s group by 1, 2""".formatted(QUARTER, where), from, to,
                rs -> foi ? new AnnualReport.Cell(rs.getLong("received"), null, null, null, null, null, rs.getLong("within"), rs.getLong("exempted"))
                        : received(rs.getLong("received")));
    }

    /** Ombudsman contacts received in the year by outcome. */
    public Map<String, AnnualReport.Cell[]> ombudsmanOutcomes(LocalDate from, LocalDate to) {
        return cells("""
                select case ombudsman_outcome when 'PREMATURE' then 'Premature' when 'OUTSIDE_JURISDICTION' then 'Outside jurisdiction'
                  when 'NOT_UPHELD' then 'Not upheld' when 'FAULT_NO_INJUSTICE' then 'Fault found, no injustice'
                  when 'FAULT_INJUSTICE' then 'Fault found with injustice' else 'Not yet decided' end as label, %s as quarter, count(*) as received
                from feedback.item where kind = 'OMBUDSMAN' and received_on between :from and :to group by 1, 2""".formatted(QUARTER), from, to,
                rs -> received(rs.getLong("received")));
    }

    /** Everything but FOI, by service area: complaints, compliments, comments, member enquiries and Ombudsman contacts. */
    public Map<String, AnnualReport.Cell[]> allFeedback(LocalDate from, LocalDate to) {
        return cells("""
                select service_area as label, %s as quarter, count(*) as received from (
                  select service_area, received_on from feedback.complaint where received_on between :from and :to
                  union all
                  select service_area, received_on from feedback.item where received_on between :from and :to and kind <> 'FOI') f
                group by 1, 2""".formatted(QUARTER), from, to, rs -> received(rs.getLong("received")));
    }

    public List<AnnualReport.Lesson> lessons(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select coalesce('Complaint ' || c.complaint_number, 'Compliment ' || i.item_number) as source, l.lesson, l.action, l.owner, l.due_on, l.done_on
                from feedback.lesson l left join feedback.complaint c on c.id = l.complaint_id left join feedback.item i on i.id = l.item_id
                where coalesce(c.received_on, i.received_on) between :from and :to order by l.due_on""")
                .param("from", from).param("to", to)
                .query((rs, n) -> new AnnualReport.Lesson(rs.getString("source"), rs.getString("lesson"), rs.getString("action"), rs.getString("owner"),
                        rs.getObject("due_on", LocalDate.class), rs.getObject("done_on", LocalDate.class))).list();
    }

    public Map<String, String> narrative(int year) {
        Map<String, String> narrative = new java.util.LinkedHashMap<>();
        jdbc.sql("select section, text from feedback.report_narrative where financial_year = :y").param("y", year)
                .query((rs, n) -> narrative.put(rs.getString(1), rs.getString(2))).list();
        return narrative;
    }

    public void narrate(int year, String section, String text, String by) {
        if (text == null) {
            jdbc.sql("delete from feedback.report_narrative where financial_year = :y and section = :s").param("y", year).param("s", section).update();
            return;
        }
        jdbc.sql("""
                insert into feedback.report_narrative (financial_year, section, text, written_by) values (:y, :s, :t, :by)
                on conflict (financial_year, section) do update set text = excluded.text, written_by = excluded.written_by, written_at = now()""")
                .param("y", year).param("s", section).param("t", text).param("by", by).update();
    }

    static AnnualReport.Cell received(long n) {
        return new AnnualReport.Cell(n, null, null, null, null, null, null, null);
    }

    @FunctionalInterface
    interface CellMapper {
        AnnualReport.Cell map(java.sql.ResultSet rs) throws java.sql.SQLException;
    }

    private Map<String, AnnualReport.Cell[]> cells(String sql, LocalDate from, LocalDate to, CellMapper mapper) {
        Map<String, AnnualReport.Cell[]> cells = new HashMap<>();
        jdbc.sql(sql).param("from", from).param("to", to).query((rs, n) -> {
            cells.computeIfAbsent(rs.getString("label"), k -> new AnnualReport.Cell[4])[rs.getInt("quarter")] = mapper.map(rs);
            return null;
        }).list();
        return cells;
    }
}
