package org.openasc.returns.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One SALT activity table being counted from the Client Level Data events: its national row and column labels, and for
 * each cell what was counted in it (an event, or a person with the event that placed them there), so every figure
 * opens onto the records behind it. A label met that the table does not list is added at the end, never dropped.
 * The last column is the row's total.
 */
public final class ActivityTally {

    public static final String TOTAL = "Total";

    /** One thing counted: the event (its dates as counted, a cluster's or chain's), or only the person when {@code personOnly}. */
    public record Entry(CldEvent event, LocalDate start, LocalDate end, boolean personOnly) {

        public static Entry of(CldEvent event) {
            return new Entry(event, event.start(), event.end(), false);
        }

        public static Entry person(CldEvent event) {
            return new Entry(event, null, null, true);
        }
    }

    private static final Comparator<Entry> ORDER = Comparator.comparing((Entry e) -> e.event().personId(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Entry::start, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final String ref;
    private final String title;
    private final String unit;
    private final List<String> rows;
    private final List<String> columns;
    private final Map<String, Map<String, List<Entry>>> cells = new HashMap<>();

    public ActivityTally(String ref, String title, String unit, List<String> rows, List<String> columns) {
        this.ref = ref;
        this.title = title;
        this.unit = unit;
        this.rows = new ArrayList<>(rows);
        this.columns = new ArrayList<>(columns);
    }

    public void add(String row, String column, Entry entry) {
        if (!rows.contains(row)) {
            rows.add(row);
        }
        if (!columns.contains(column)) {
            columns.add(column);
        }
        cells.computeIfAbsent(row, r -> new HashMap<>()).computeIfAbsent(column, c -> new ArrayList<>()).add(entry);
    }

    public String ref() {
        return ref;
    }

    public String title() {
        return title;
    }

    public String unit() {
        return unit;
    }

    public List<String> rows() {
        return List.copyOf(rows);
    }

    /** The columns, the total last. */
    public List<String> columns() {
        List<String> all = new ArrayList<>(columns);
        all.add(TOTAL);
        return all;
    }

    public boolean has(String row, String column) {
        return rows.contains(row) && (columns.contains(column) || TOTAL.equals(column));
    }

    /** What was counted in a cell, by person then date; the total column holds the whole row. */
    public List<Entry> cell(String row, String column) {
        Map<String, List<Entry>> byColumn = cells.getOrDefault(row, Map.of());
        List<Entry> entries = new ArrayList<>();
        if (TOTAL.equals(column)) {
            columns.forEach(c -> entries.addAll(byColumn.getOrDefault(c, List.of())));
        } else {
            entries.addAll(byColumn.getOrDefault(column, List.of()));
        }
        entries.sort(ORDER);
        return entries;
    }

    public long count(String row, String column) {
        return cell(row, column).size();
    }
}
