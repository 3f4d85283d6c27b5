package org.openasc.committee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openasc.platform.web.DateDisplay;
import org.openasc.safeguarding.SafeguardingSummary;

/**
 * The safeguarding report for a quarter in Blackpool's shape: new concerns by screening outcome, cases
 * closed in the quarter by outcome (closed at screening or enquiry concluded, whenever received),
 * enquiries concluded by the council's conclusion and by the national one it is counted as, enquiries open at the end by
 * age, and Leicestershire's monthly tables for the calendar year as they stood on a chosen date (the quarter's end unless
 * given). Every number counts people.
 */
final class SafeguardingTables {

    private SafeguardingTables() {
    }

    static ReportFigures of(SafeguardingSummary s, Map<String, Long> closed, SafeguardingSummary.Organisational months, LocalDate from, LocalDate to) {
        DateDisplay dates = new DateDisplay();
        String asAt = ", as the record stood on " + dates.day(months.asOf());
        List<ReportFigures.Table> tables = List.of(
                counts("concerns-by-outcome", "New concerns received by screening outcome", "Screening outcome", s.concernsByOutcome()),
                counts("closed-by-outcome", "Cases closed in the quarter by outcome, whenever received", "Outcome", closed),
                counts("enquiries-concluded", "Enquiries concluded by conclusion", "Conclusion", s.concludedByConclusion()),
                counts("enquiries-concluded-national", "Enquiries concluded, counted as the national conclusions", "National conclusion",
                        s.concludedByNationalConclusion()),
                counts("open-by-age", "Enquiries open at the end of the quarter by time open", "Time open", s.openByAge()),
                counts("msp", "Making Safeguarding Personal: outcomes of concluded section 42 enquiries", "Outcomes", s.mspAchieved()),
                monthly("organisational-by-month", "Table 1: cases linked to regulated activity (organisational safeguarding) received in "
                        + months.year() + asAt, months.organisational(), months.organisationalTotal()),
                monthly("community-by-month", "Table 2: community cases received in " + months.year() + asAt, months.community(),
                        months.communityTotal()));
        return new ReportFigures("From " + dates.day(from) + " to " + dates.day(to), tables, List.of());
    }

    /** Leicestershire's monthly table: each concern received in a month falls in exactly one of the last four columns. */
    private static ReportFigures.Table monthly(String key, String caption, List<SafeguardingSummary.MonthRow> months,
                                               SafeguardingSummary.MonthRow total) {
        List<ReportFigures.Row> rows = new ArrayList<>();
        for (SafeguardingSummary.MonthRow m : months) {
            rows.add(new ReportFigures.Row(PerformanceTables.slug(m.month()), m.month(), cells(m), false));
        }
        rows.add(new ReportFigures.Row("total", "Total", cells(total), true));
        return new ReportFigures.Table(key, caption, List.of("Month received", "Received", "Closed by the safeguarding team", "Threshold not met",
                "Transferred to a locality team", "Not yet closed"), rows, null);
    }

    private static List<ReportFigures.Cell> cells(SafeguardingSummary.MonthRow m) {
        return List.of(ReportFigures.Cell.count(m.received()), ReportFigures.Cell.count(m.closedBySafeguardingTeam()),
                ReportFigures.Cell.count(m.thresholdNotMet()), ReportFigures.Cell.count(m.transferredToLocality()), ReportFigures.Cell.count(m.notClosed()));
    }

    private static ReportFigures.Table counts(String key, String caption, String first, Map<String, Long> counts) {
        List<ReportFigures.Row> rows = new ArrayList<>();
        counts.forEach((label, n) -> rows.add(new ReportFigures.Row(PerformanceTables.slug(label), label, List.of(ReportFigures.Cell.count(n)), false)));
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        rows.add(new ReportFigures.Row("total", "Total", List.of(ReportFigures.Cell.count(total)), true));
        return new ReportFigures.Table(key, caption, List.of(first, "Number"), rows, null);
    }
}
