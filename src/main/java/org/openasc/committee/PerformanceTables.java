package org.openasc.committee;

import java.util.ArrayList;
import java.util.List;

import org.openasc.platform.charts.Charts;
import org.openasc.performance.Periods;
import org.openasc.performance.Scorecard;

/** The quarterly performance report: the scorecard as at a date, a table per group with target, RAG and trend. */
final class PerformanceTables {

    private PerformanceTables() {
    }

    static ReportFigures of(Scorecard.Card card) {
        List<ReportFigures.Table> tables = new ArrayList<>();
        List<ReportFigures.Chart> charts = new ArrayList<>();
        List<String> months = card.groups().stream().flatMap(g -> g.measures().stream()).findFirst()
                .map(r -> r.months().stream().map(m -> Periods.label(m.period())).toList()).orElse(List.of());
        for (Scorecard.Group group : card.groups()) {
            List<String> columns = new ArrayList<>(List.of("Measure", card.previousFinancialYear() + " actual"));
            columns.addAll(months);
            columns.addAll(List.of("Target", "RAG", "Variation", "Movement"));
            List<ReportFigures.Row> rows = new ArrayList<>();
            for (Scorecard.Row r : group.measures()) {
                List<ReportFigures.Cell> cells = new ArrayList<>();
                cells.add(Cells.measure(r.previousYearActual(), r.unit()));
                for (int m = 0; m < months.size(); m++) {
                    cells.add(m < r.months().size() ? Cells.measure(r.months().get(m).value(), r.unit()) : ReportFigures.Cell.text(""));
                }
                cells.add(r.target() != null ? Cells.measure(r.target(), r.unit())
                        : r.band() != null ? ReportFigures.Cell.text(Cells.measure(r.band().lower(), r.unit()).text() + " to "
                        + Cells.measure(r.band().upper(), r.unit()).text()) : ReportFigures.Cell.text("No target"));
                cells.add(ReportFigures.Cell.text(r.rag() == null ? "Not rated" : r.rag().name()));
                cells.add(ReportFigures.Cell.text(r.variation() == null ? "" : r.variation().label()));
                cells.add(ReportFigures.Cell.text(r.movement() == null ? "" : r.movement()));
                rows.add(new ReportFigures.Row(r.reference(), r.name() + " (" + r.reference() + ")", cells, false));
                List<Charts.Point> trend = r.trend().stream().filter(p -> !p.toDate() && p.value() != null)
                        .map(p -> new Charts.Point(p.period(), p.value().doubleValue())).toList();
                if (trend.size() >= 2) {
                    charts.add(new ReportFigures.Chart(r.reference(), r.name(), Charts.sparkline("report-" + r.reference(),
                            "Trend of " + r.name() + " over " + trend.size() + " months", trend, r.target() == null ? null : r.target().doubleValue()),
                            "Monthly values of " + r.name() + " from " + Periods.label(trend.get(0).period()) + " to "
                                    + Periods.label(trend.get(trend.size() - 1).period())));
                }
            }
            tables.add(new ReportFigures.Table("scorecard-" + slug(group.name()), group.name(), columns, rows, null));
        }
        return new ReportFigures("As at " + new org.openasc.platform.web.DateDisplay().day(card.asOf()) + " (" + card.financialYear() + ")", tables, charts);
    }

    static String slug(String text) {
        return text.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
