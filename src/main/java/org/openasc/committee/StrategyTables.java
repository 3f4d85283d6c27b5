package org.openasc.committee;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.openasc.finance.MediumTermStrategy;

/** The medium-term financial strategy for adult social care: each of its years from the prior year's budget to the proposed net budget. */
final class StrategyTables {

    private StrategyTables() {
    }

    static ReportFigures of(MediumTermStrategy.Summary s) {
        List<String> columns = new ArrayList<>(List.of(""));
        s.years().forEach(y -> columns.add(y.label()));
        List<ReportFigures.Row> rows = List.of(
                row("original", "Original budget of the year before", s, MediumTermStrategy.Year::originalPriorYearBudget, false),
                row("transfers", "Transfers and adjustments", s, MediumTermStrategy.Year::transfersAndAdjustments, false),
                row("subtotal", "Starting budget", s, MediumTermStrategy.Year::subtotal, true),
                row("growth", "Growth", s, MediumTermStrategy.Year::growth, false),
                row("savings", "Savings", s, MediumTermStrategy.Year::savings, false),
                row("proposed", "Proposed net budget", s, MediumTermStrategy.Year::proposedNetBudget, true));
        return new ReportFigures("Four years from " + s.years().get(0).label(),
                List.of(new ReportFigures.Table("mtfs", "Medium-term financial strategy", columns, rows, null)), List.of());
    }

    private static ReportFigures.Row row(String key, String label, MediumTermStrategy.Summary s,
                                         Function<MediumTermStrategy.Year, java.math.BigDecimal> amount, boolean total) {
        return new ReportFigures.Row(key, label, s.years().stream().map(y -> Cells.pounds(amount.apply(y))).toList(), total);
    }
}
