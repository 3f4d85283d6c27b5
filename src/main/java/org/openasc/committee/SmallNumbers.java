package org.openasc.committee;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-number suppression for papers councillors and the public read: a count of people from 1 to
 * the threshold (4 by default) is shown as "fewer than 5", and a total row that would let a reader work
 * a suppressed count back out (its column has a suppressed cell) is rounded to the nearest 5, so
 * nobody can be identified from a paper. Officers see exact figures in the live pages.
 */
public final class SmallNumbers {

    private SmallNumbers() {
    }

    public static ReportFigures suppress(ReportFigures figures, int threshold) {
        return new ReportFigures(figures.basis(), figures.tables().stream().map(t -> suppress(t, threshold)).toList(), figures.charts());
    }

    static ReportFigures.Table suppress(ReportFigures.Table table, int threshold) {
        int columns = table.columns().size() - 1;
        boolean[] suppressedInColumn = new boolean[Math.max(columns, 0)];
        for (ReportFigures.Row row : table.rows()) {
            for (int c = 0; c < row.cells().size() && c < columns; c++) {
                if (!row.total() && small(row.cells().get(c), threshold)) {
                    suppressedInColumn[c] = true;
                }
            }
        }
        List<ReportFigures.Row> rows = new ArrayList<>();
        for (ReportFigures.Row row : table.rows()) {
            List<ReportFigures.Cell> cells = new ArrayList<>();
            boolean rowHasSuppressed = !row.total() && row.cells().stream().anyMatch(cell -> small(cell, threshold));
            for (int c = 0; c < row.cells().size(); c++) {
                ReportFigures.Cell cell = row.cells().get(c);
                if (small(cell, threshold)) {
                    cells.add(new ReportFigures.Cell("fewer than " + (threshold + 1), null));
                } else if (cell.count() != null && ((row.total() && c < columns && suppressedInColumn[c])
                        || (rowHasSuppressed && isRowTotal(table, c)))) {
                    cells.add(new ReportFigures.Cell("about " + Math.round(cell.count() / 5.0) * 5, null));
                } else {
                    cells.add(cell);
                }
            }
            rows.add(new ReportFigures.Row(row.key(), row.label(), cells, row.total()));
        }
        return new ReportFigures.Table(table.key(), table.caption(), table.columns(), rows, table.note());
    }

    private static boolean small(ReportFigures.Cell cell, int threshold) {
        return cell.count() != null && cell.count() >= 1 && cell.count() <= threshold;
    }

    /** A column headed "Total" adds up the row's other counts. */
    private static boolean isRowTotal(ReportFigures.Table table, int cell) {
        return cell + 1 < table.columns().size() && table.columns().get(cell + 1).equalsIgnoreCase("Total");
    }
}
