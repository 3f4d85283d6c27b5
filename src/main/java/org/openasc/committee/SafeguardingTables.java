package org.openasc.committee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openasc.safeguarding.SafeguardingSummary;

/**
 * The safeguarding report for a quarter in Blackpool's shape: new concerns by screening outcome, cases
 * closed in the quarter by outcome (closed at screening or enquiry concluded, whenever received),
 * enquiries concluded by conclusion, and enquiries open at the end by age. Every number counts people.
 */
final class SafeguardingTables {

    private SafeguardingTables() {
    }

    static ReportFigures of(SafeguardingSummary s, Map<String, Long> closed, LocalDate from, LocalDate to) {
        List<ReportFigures.Table> tables = List.of(
                counts("concerns-by-outcome", "New concerns received by screening outcome", "Screening outcome", s.concernsByOutcome()),
                counts("closed-by-outcome", "Cases closed in the quarter by outcome, whenever received", "Outcome", closed),
                counts("enquiries-concluded", "Enquiries concluded by conclusion", "Conclusion", s.concludedByConclusion()),
                counts("open-by-age", "Enquiries open at the end of the quarter by time open", "Time open", s.openByAge()),
                counts("msp", "Making Safeguarding Personal: outcomes of concluded section 42 enquiries", "Outcomes", s.mspAchieved()));
        return new ReportFigures("From " + new org.openasc.platform.web.DateDisplay().day(from) + " to " + new org.openasc.platform.web.DateDisplay().day(to), tables, List.of());
    }

    private static ReportFigures.Table counts(String key, String caption, String first, Map<String, Long> counts) {
        List<ReportFigures.Row> rows = new ArrayList<>();
        counts.forEach((label, n) -> rows.add(new ReportFigures.Row(PerformanceTables.slug(label), label, List.of(ReportFigures.Cell.count(n)), false)));
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        rows.add(new ReportFigures.Row("total", "Total", List.of(ReportFigures.Cell.count(total)), true));
        return new ReportFigures.Table(key, caption, List.of(first, "Number"), rows, null);
    }
}
