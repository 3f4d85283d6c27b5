package org.openasc.performance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.openasc.performance.domain.MonthToDateStore;
import org.openasc.performance.domain.MonthToDateStore.Reading;
import org.openasc.performance.domain.PerformanceStore;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.security.WithoutStaffCheck;

/**
 * The month in progress of measures whose module reads them on a timetable (a reading costs seconds at county scale):
 * read every quarter hour by scheduled work and kept with the time it was read, so a scorecard opened by many people
 * at once reads what was kept and says "as at" that time. A measure with no reading yet today (just after midnight,
 * or with the timetable switched off) is read when first asked, by one of its askers for all of them, and kept.
 */
@Component
public class MonthToDate {

    private final MonthToDateStore store;
    private final PerformanceStore measures;
    private final ComputedFigures figures;
    private final Clock clock;
    private final SharedRuns<String, Map<String, Reading>> reading = new SharedRuns<>();

    MonthToDate(MonthToDateStore store, PerformanceStore measures, ComputedFigures figures, Clock clock) {
        this.store = store;
        this.measures = measures;
        this.figures = figures;
        this.clock = clock;
    }

    /** Of these measures, those read on a timetable: their reading for today, by reference. */
    Map<String, Reading> readings(List<PerformanceStore.MeasureRow> rows, LocalDate today) {
        List<PerformanceStore.MeasureRow> scheduled = rows.stream().filter(figures::readOnSchedule).toList();
        Map<String, Reading> readings = store.readOn(scheduled.stream().map(PerformanceStore.MeasureRow::reference).toList(), today);
        List<PerformanceStore.MeasureRow> unread = scheduled.stream().filter(m -> !readings.containsKey(m.reference())).toList();
        if (!unread.isEmpty()) {
            String key = today + " " + unread.stream().map(PerformanceStore.MeasureRow::reference).sorted().toList();
            readings.putAll(reading.get(key, () -> read(unread, today)));
        }
        return readings;
    }

    /** Reads every measure read on a timetable for today and keeps the readings; the scheduled work's quarter-hourly run. */
    @WithoutStaffCheck("scheduled work reading aggregate figures with nobody signed in; the records behind them need a role")
    public int readAll() {
        List<PerformanceStore.MeasureRow> scheduled = measures.measures().stream().filter(figures::readOnSchedule).toList();
        return read(scheduled, Today.on(clock)).size();
    }

    private Map<String, Reading> read(List<PerformanceStore.MeasureRow> rows, LocalDate today) {
        Instant started = clock.instant();
        Map<String, Reading> readings = new HashMap<>();
        figures.figures(rows, today).forEach((reference, f) -> {
            Reading r = new Reading(reference, today, f.value(), f.numerator(), f.denominator(), started);
            store.keep(r);
            readings.put(reference, r);
        });
        return readings;
    }
}
