package org.openasc.committee;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.openasc.feedback.AnnualReport;

/**
 * The complaints annual report's tables: complaints and other feedback by service area and quarter,
 * and what came of the complaints answered. Counts of complaints are about people, so they are counts;
 * the lessons' free text is left to the officers' narrative, since it can name people.
 */
final class ComplaintTables {

    static final List<String> QUARTERS = List.of("Apr to Jun", "Jul to Sep", "Oct to Dec", "Jan to Mar", "Total");

    private ComplaintTables() {
    }

    static ReportFigures of(AnnualReport report) {
        List<ReportFigures.Table> tables = new ArrayList<>();
        received(tables, report, "complaints", "Complaints received by service area");
        received(tables, report, "complaintsByTheme", "Complaints received by main theme");
        received(tables, report, "compliments", "Compliments received by service area");
        received(tables, report, "mpEnquiries", "Enquiries from MPs by service area");
        received(tables, report, "councillorEnquiries", "Enquiries from councillors by service area");
        received(tables, report, "ombudsmanContacts", "Contacts from the Local Government and Social Care Ombudsman");
        AnnualReport.Table complaints = report.tables().get("complaints");
        if (complaints != null) {
            List<ReportFigures.Row> outcomes = new ArrayList<>();
            outcome(outcomes, "upheld", "Upheld", complaints, AnnualReport.Cell::upheld);
            outcome(outcomes, "partly-upheld", "Partly upheld", complaints, AnnualReport.Cell::partiallyUpheld);
            outcome(outcomes, "not-upheld", "Not upheld", complaints, AnnualReport.Cell::notUpheld);
            outcome(outcomes, "withdrawn", "Withdrawn", complaints, AnnualReport.Cell::withdrawn);
            outcome(outcomes, "outstanding", "Not yet answered", complaints, AnnualReport.Cell::outstanding);
            outcome(outcomes, "in-time", "Answered within the timescale", complaints, AnnualReport.Cell::withinTimescale);
            tables.add(new ReportFigures.Table("complaint-outcomes", "What came of the complaints received", header("Outcome"), outcomes, null));
        }
        return new ReportFigures("Financial year from " + new org.openasc.platform.web.DateDisplay().day(report.from()) + " to "
                + new org.openasc.platform.web.DateDisplay().day(report.to()), tables, List.of());
    }

    private static void received(List<ReportFigures.Table> tables, AnnualReport report, String key, String caption) {
        AnnualReport.Table table = report.tables().get(key);
        if (table == null) {
            return;
        }
        List<ReportFigures.Row> rows = new ArrayList<>();
        for (AnnualReport.Row r : table.rows()) {
            rows.add(row(PerformanceTables.slug(r.label()), r.label(), r.quarters(), r.total(), AnnualReport.Cell::received, false));
        }
        rows.add(row("total", "Total", table.total().quarters(), table.total().total(), AnnualReport.Cell::received, true));
        tables.add(new ReportFigures.Table(key, caption, header("Service area"), rows, null));
    }

    private static void outcome(List<ReportFigures.Row> rows, String key, String label, AnnualReport.Table table, Function<AnnualReport.Cell, Long> count) {
        rows.add(row(key, label, table.total().quarters(), table.total().total(), count, false));
    }

    private static ReportFigures.Row row(String key, String label, List<AnnualReport.Cell> quarters, AnnualReport.Cell total,
                                         Function<AnnualReport.Cell, Long> count, boolean isTotal) {
        List<ReportFigures.Cell> cells = new ArrayList<>();
        quarters.forEach(q -> cells.add(ReportFigures.Cell.count(value(count.apply(q)))));
        cells.add(ReportFigures.Cell.count(value(count.apply(total))));
        return new ReportFigures.Row(key, label, cells, isTotal);
    }

    private static long value(Long count) {
        return count == null ? 0 : count;
    }

    private static List<String> header(String first) {
        List<String> columns = new ArrayList<>(List.of(first));
        columns.addAll(QUARTERS);
        return columns;
    }
}
