package org.openasc.committee;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a report shows from the record: its tables (every number a cell, counts of people marked so
 * they can be suppressed) and charts, as at its date or period. Published, it is kept as it is, so
 * the paper never changes; live, it is recomputed, and the two compared cell by cell.
 */
public record ReportFigures(String basis, List<Table> tables, List<Chart> charts) {

    /** A table with a stable key, its caption and columns; the first column names the row. */
    @Schema(name = "ReportFigureTable")
    public record Table(String key, String caption, List<String> columns, List<Row> rows, String note) {

        /** Whether the column after the row names at {@code index} holds numbers (right-aligned), judged from its cells. */
        public boolean numeric(int index) {
            return rows.stream().map(r -> index < r.cells().size() ? r.cells().get(index).text() : "")
                    .allMatch(text -> text.isEmpty() || NUMBER.matcher(text).matches());
        }
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?£?-?[0-9][0-9,.]*%?|fewer than [0-9]+|about [0-9]+");

    /** A row of cells under the table's columns after the first; {@code total} rows add up the others. */
    @Schema(name = "ReportFigureRow")
    public record Row(String key, String label, List<Cell> cells, boolean total) {
    }

    /**
     * A cell's text as officers see it; {@code count} when it counts people, so that public papers can
     * show 1 to 4 as "fewer than 5".
     */
    @Schema(name = "ReportFigureCell")
    public record Cell(String text, Long count) {

        public static Cell text(String text) {
            return new Cell(text == null ? "" : text, null);
        }

        public static Cell count(long count) {
            return new Cell(String.valueOf(count), count);
        }
    }

    /** A chart drawn as SVG, with a text description for those who cannot see it. */
    public record Chart(String key, String title, String svg, String description) {
    }

    /** Every cell by "table/row/column", the figures a revision is checked against. */
    public Map<String, String> figures() {
        return cells((t, r, c) -> r.cells().get(c).text());
    }

    /** Every cell's key with the words a reader knows it by: the table's caption, the row and the column. */
    public Map<String, String> captions() {
        return cells((t, r, c) -> t.caption() + ": " + r.label() + ", " + t.columns().get(c + 1));
    }

    private interface CellValue {
        String of(Table table, Row row, int column);
    }

    private Map<String, String> cells(CellValue value) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (Table t : tables) {
            for (Row r : t.rows()) {
                for (int c = 0; c < r.cells().size() && c + 1 < t.columns().size(); c++) {
                    cells.put(t.key() + "/" + r.key() + "/" + t.columns().get(c + 1), value.of(t, r, c));
                }
            }
        }
        return cells;
    }

    public static ReportFigures none() {
        return new ReportFigures(null, List.of(), List.of());
    }
}
