package org.openasc.feedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The customer relations annual report for a financial year: every table of the Blackpool report, by
 * quarter (April to June, July to September, October to December, January to March), with a row for every
 * service area and theme on the lists, and the two previous years' totals. A cell holds the counts that
 * table reports. The lessons learnt are listed, with their text, only for staff who may read it ({@link Lessons#READ_TEXT});
 * everyone who may read the report gets them counted ({@code lessonSummary}).
 */
public record AnnualReport(int financialYear, LocalDate from, LocalDate to, Map<String, Table> tables, List<Comparison> comparison,
                           List<Lesson> lessons, LessonSummary lessonSummary, Map<String, String> narrative) {

    /** The sections officers write for, in the order the report prints them. */
    public static final List<String> SECTIONS = List.of("introduction", "complaints", "otherFeedback", "lessons");

    /** Counts in one cell; only those the table reports are present. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "AnnualReportCell")
    public record Cell(Long received, Long upheld, Long partiallyUpheld, Long notUpheld, Long withdrawn, Long outstanding, Long withinTimescale,
                       Long exempted) {

        Cell plus(Cell o) {
            return new Cell(add(received, o.received), add(upheld, o.upheld), add(partiallyUpheld, o.partiallyUpheld), add(notUpheld, o.notUpheld),
                    add(withdrawn, o.withdrawn), add(outstanding, o.outstanding), add(withinTimescale, o.withinTimescale), add(exempted, o.exempted));
        }

        private static Long add(Long a, Long b) {
            return a == null && b == null ? null : (a == null ? 0 : a) + (b == null ? 0 : b);
        }
    }

    @Schema(name = "AnnualReportRow")
    public record Row(String label, List<Cell> quarters, Cell total) {
    }

    public record Total(List<Cell> quarters, Cell total) {
    }

    @Schema(name = "AnnualReportTable")
    public record Table(List<Row> rows, Total total) {

        static Table of(List<String> labels, Map<String, Cell[]> cells, Cell zero) {
            List<Row> rows = new ArrayList<>();
            Cell[] columns = {zero, zero, zero, zero};
            for (String label : labels) {
                Cell[] q = cells.getOrDefault(label, new Cell[] {zero, zero, zero, zero});
                Cell total = zero;
                for (int i = 0; i < 4; i++) {
                    if (q[i] == null) {
                        q[i] = zero;
                    }
                    total = total.plus(q[i]);
                    columns[i] = columns[i].plus(q[i]);
                }
                rows.add(new Row(label, List.of(q), total));
            }
            Cell grand = zero;
            for (Cell c : columns) {
                grand = grand.plus(c);
            }
            return new Table(rows, new Total(List.of(columns), grand));
        }
    }

    /** A previous year's totals of every table. */
    @Schema(name = "AnnualReportComparison")
    public record Comparison(int financialYear, Map<String, Cell> totals) {
    }

    @Schema(name = "AnnualReportLesson")
    public record Lesson(String source, String lesson, String action, String owner, LocalDate dueOn, LocalDate doneOn) {
    }

    static Map<String, Cell> totals(Map<String, Table> tables) {
        Map<String, Cell> totals = new LinkedHashMap<>();
        tables.forEach((name, table) -> totals.put(name, table.total().total()));
        return totals;
    }
}
