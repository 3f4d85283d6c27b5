package org.openasc.committee;

import java.util.ArrayList;
import java.util.List;

import org.openasc.finance.MonitoringReport;

/** Budget monitoring for a period: each service area's lines with budget, actual, forecast and variance, and the total. */
final class BudgetTables {

    static final List<String> COLUMNS = List.of("Budget line", "Final budget", "Actual to date", "Committed", "Year-end forecast",
            "Forecast variance", "Variance as % of budget", "Change since last period");

    private BudgetTables() {
    }

    static ReportFigures of(MonitoringReport report) {
        List<ReportFigures.Table> tables = new ArrayList<>();
        List<ReportFigures.Row> summary = new ArrayList<>();
        for (MonitoringReport.Section section : report.sections()) {
            List<ReportFigures.Row> rows = new ArrayList<>();
            for (MonitoringReport.Row line : section.lines()) {
                rows.add(row(line.costCentre() == null ? line.name() : line.costCentre(), line.name(), line, false));
            }
            rows.add(row("subtotal", "Total " + section.name(), section.subtotal(), true));
            tables.add(new ReportFigures.Table("budget-" + PerformanceTables.slug(section.name()), section.name(), COLUMNS, rows,
                    section.commentary()));
            summary.add(row(PerformanceTables.slug(section.name()), section.name(), section.subtotal(), false));
        }
        summary.add(row("total", "Adult social care", report.total(), true));
        tables.add(0, new ReportFigures.Table("budget-summary", "Summary by service area", COLUMNS, summary, null));
        return new ReportFigures(report.financialYearLabel() + ", period " + report.period() + (report.periodClosed() ? " (closed)" : " (open)"),
                tables, List.of());
    }

    private static ReportFigures.Row row(String key, String label, MonitoringReport.Row r, boolean total) {
        return new ReportFigures.Row(key, label, List.of(Cells.pounds(r.finalBudget()), Cells.pounds(r.actual()), Cells.pounds(r.committed()),
                Cells.pounds(r.yearEndForecast()), Cells.pounds(r.forecastVariance()), Cells.percent(r.variancePercentOfBudget()),
                Cells.pounds(r.changeInForecast())), total);
    }
}
