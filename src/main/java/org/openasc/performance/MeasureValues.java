package org.openasc.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.performance.domain.MonthToDateStore;
import org.openasc.performance.domain.PerformanceStore;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.signals.MeasureFigures;
import org.openasc.platform.web.FieldChecks;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.StaleVersion;
import org.openasc.platform.security.WithoutStaffCheck;

/**
 * A measure's value month by month. A closed month's value is the one kept when it closed (computed measures) or
 * typed (entered ones); it changes only by a recorded revision. A month not yet kept, and the month in progress,
 * are computed from the record when asked.
 */
@Service
public class MeasureValues {

    /**
     * A month's value; {@code toDate} when the month is still in progress, {@code kept} when read from what was kept;
     * {@code readAt} when a month in progress was read on a timetable, not as it was asked for.
     */
    public record Value(String period, BigDecimal value, BigDecimal numerator, BigDecimal denominator, boolean kept, boolean toDate,
                        boolean revised, String source, Instant readAt) {
    }

    private final PerformanceStore store;
    private final Measures measures;
    private final ComputedFigures figures;
    private final MonthToDate monthToDate;
    private final AuditTrail audit;
    private final Clock clock;
    private final SharedRuns<String, Map<String, MeasureFigures.Figure>> reading = new SharedRuns<>();

    MeasureValues(PerformanceStore store, Measures measures, ComputedFigures figures, MonthToDate monthToDate, AuditTrail audit, Clock clock) {
        this.store = store;
        this.measures = measures;
        this.figures = figures;
        this.monthToDate = monthToDate;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return Today.on(clock);
    }

    /** Values of several measures for the months from one to another, by reference then period. */
    Map<String, Map<String, Value>> values(List<PerformanceStore.MeasureRow> rows, YearMonth from, YearMonth to, LocalDate asOf) {
        Map<String, Map<String, Value>> byMeasure = new HashMap<>();
        rows.forEach(m -> byMeasure.put(m.reference(), new java.util.TreeMap<>()));
        List<String> refs = rows.stream().map(PerformanceStore.MeasureRow::reference).toList();
        for (PerformanceStore.ValueRow v : store.values(refs, Periods.name(from), Periods.name(to))) {
            byMeasure.get(v.reference()).put(v.period(), new Value(v.period(), v.value(), v.numerator(), v.denominator(), true, false, v.version() > 0,
                    v.source(), null));
        }
        for (YearMonth month : Periods.between(from, to)) {
            if (month.atDay(1).isAfter(asOf)) {
                continue;
            }
            LocalDate end = month.atEndOfMonth();
            boolean inProgress = !end.isBefore(asOf);
            LocalDate on = inProgress ? asOf : end;
            // Only months not kept (and the month in progress) are computed, a module's measures together; today's
            // month of a measure read on a timetable is its latest reading.
            List<PerformanceStore.MeasureRow> missing = rows.stream().filter(m -> "COMPUTED".equals(m.source())
                    && (inProgress || !byMeasure.get(m.reference()).containsKey(Periods.name(month)))).toList();
            Map<String, MonthToDateStore.Reading> read = inProgress && on.equals(today()) ? monthToDate.readings(missing, on) : Map.of();
            read.values().forEach(r -> byMeasure.get(r.reference()).put(Periods.name(month),
                    new Value(Periods.name(month), r.value(), r.numerator(), r.denominator(), false, on.isBefore(end), false, null, r.readAt())));
            shared(missing.stream().filter(m -> !read.containsKey(m.reference())).toList(), on).forEach((reference, f) -> byMeasure.get(reference)
                    .put(Periods.name(month), new Value(Periods.name(month), f.value(), f.numerator(), f.denominator(), false, on.isBefore(end), false,
                            null, null)));
        }
        return byMeasure;
    }

    /**
     * {@link #computed}, with callers asking for the same measures on the same date while a reading waits to start sharing
     * it: a reading always starts after its callers asked, so nobody is shown an earlier figure than if they had read alone.
     */
    private Map<String, MeasureFigures.Figure> shared(List<PerformanceStore.MeasureRow> rows, LocalDate on) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        String key = on + " " + rows.stream().map(m -> m.reference() + "|" + m.unit() + "|" + m.populationBand()).sorted().toList();
        return reading.get(key, () -> java.util.Collections.unmodifiableMap(figures.figures(rows, on)));
    }

    /** Where the records behind a computed month's figure are listed, for the roles that may drill down. */
    @PreAuthorize(org.openasc.platform.security.Access.DRILL_DOWN)
    public Optional<MeasureFigures.DrillDown> drillDown(String reference, String period) {
        YearMonth month = Periods.month(period, "period");
        LocalDate end = month.atEndOfMonth().isAfter(today()) ? today() : month.atEndOfMonth();
        return figures.sourceOf(measures.row(reference).reference()).flatMap(s -> s.drillDown(reference, end));
    }

    /** Keeps every computed measure's value for each closed month not yet kept, back {@code months} months: idempotent. */
    @Transactional
    @WithoutStaffCheck("the nightly month-end job keeps every measure with nobody signed in")
    public int keepMonthEnds(int months) {
        if (!store.lockMonthEnds()) {
            return 0;
        }
        YearMonth last = YearMonth.from(today()).minusMonths(1);
        YearMonth first = last.minusMonths(months - 1L);
        List<PerformanceStore.MeasureRow> computed = store.measures().stream().filter(m -> "COMPUTED".equals(m.source())).toList();
        Map<String, java.util.Set<String>> have = new HashMap<>();
        computed.forEach(m -> have.put(m.reference(), new java.util.HashSet<>()));
        store.values(have.keySet(), Periods.name(first), Periods.name(last)).forEach(v -> have.get(v.reference()).add(v.period()));
        int kept = 0;
        for (YearMonth month : Periods.between(first, last)) {
            List<PerformanceStore.MeasureRow> missing = computed.stream().filter(m -> !have.get(m.reference()).contains(Periods.name(month))).toList();
            for (Map.Entry<String, MeasureFigures.Figure> f : figures.figures(missing, month.atEndOfMonth()).entrySet()) {
                if (store.keep(f.getKey(), Periods.name(month), f.getValue().value(), f.getValue().numerator(), f.getValue().denominator(),
                        "Kept at the month end", "system")) {
                    kept++;
                }
            }
        }
        return kept;
    }

    /** Recomputes a closed month from the record as it is now; the page then shows it was revised, from what to what. */
    @PreAuthorize(Measures.MANAGE)
    @Transactional
    public Value recompute(String reference, String period, MeasureCommands.Recompute r) {
        PerformanceStore.MeasureRow m = measures.row(reference);
        YearMonth month = Periods.month(period, "period");
        FieldChecks c = new FieldChecks();
        if (!"COMPUTED".equals(m.source())) {
            c.add("reference", m.reference() + " is entered, not computed: correct its value instead");
        }
        if (!month.atEndOfMonth().isBefore(today())) {
            c.add("period", Periods.name(month) + " has not closed yet: its value is computed whenever it is read");
        }
        if (r == null || r.reason() == null || r.reason().isBlank() || r.reason().length() > 1000) {
            c.add("reason", "Say why the month is recomputed (1000 characters or fewer)");
        }
        c.orRefuse();
        MeasureFigures.Figure f = figures.figure(m, month.atEndOfMonth())
                .orElseThrow(() -> new InvalidInput("reference", "No module computes " + m.reference() + " any more"));
        String name = Periods.name(month);
        Optional<PerformanceStore.ValueRow> was = store.value(m.reference(), name);
        if (was.isEmpty()) {
            store.keep(m.reference(), name, f.value(), f.numerator(), f.denominator(), "Kept on request", CurrentStaff.username());
        } else if (!store.revise(was.get(), f.value(), f.numerator(), f.denominator(), "Recomputed on request", r.reason().strip(),
                CurrentStaff.username())) {
            throw new StaleVersion(m.reference() + " for " + name);
        }
        audit.record(CurrentStaff.username(), Action.CHANGED, "measure", m.reference(), m.reference(), "Recomputed " + name + " ("
                + was.map(v -> String.valueOf(v.value())).orElse("not kept") + " to " + f.value() + "): " + r.reason().strip());
        return read(m.reference(), name);
    }

    /** Enters (or corrects, from its version and with a reason) an entered measure's value for a month. */
    @PreAuthorize(Measures.MANAGE)
    @Transactional
    public Value enter(String reference, String period, MeasureCommands.EnteredValue v) {
        PerformanceStore.MeasureRow m = measures.row(reference);
        YearMonth month = Periods.month(period, "period");
        FieldChecks c = new FieldChecks();
        if ("COMPUTED".equals(m.source())) {
            c.add("value", m.reference() + " is computed from the record, so its values cannot be typed");
            c.orRefuse();
        }
        if (v.value() == null) {
            c.add("value", "Enter the value for " + Periods.name(month));
        } else if (v.value().abs().compareTo(new BigDecimal("1000000000000")) >= 0) {
            c.add("value", "Enter a value below 1,000,000,000,000");
        }
        if ("PERCENTAGE".equals(m.unit()) && v.value() != null && (v.value().signum() < 0 || v.value().compareTo(BigDecimal.valueOf(100)) > 0)) {
            c.add("value", "A percentage is from 0 to 100");
        }
        if (v.numerator() != null && v.numerator().abs().compareTo(Measures.LIMIT) >= 0) {
            c.add("numerator", "Enter a numerator below 1,000,000,000,000");
        }
        if (v.denominator() != null && v.denominator().abs().compareTo(Measures.LIMIT) >= 0) {
            c.add("denominator", "Enter a denominator below 1,000,000,000,000");
        }
        c.text(v.source(), "source", "where the value comes from, such as the survey or return it was published in", 500);
        if (YearMonth.from(today()).isBefore(month)) {
            c.add("period", Periods.name(month) + " has not started yet");
        }
        Optional<PerformanceStore.ValueRow> was = store.value(m.reference(), Periods.name(month));
        if (was.isPresent() && v.version() == null) {
            c.add("version", "A value for " + Periods.name(month) + " is already entered: give its version (" + was.get().version()
                    + ") and a reason to correct it");
        }
        if (was.isPresent() && (v.reason() == null || v.reason().isBlank())) {
            c.add("reason", "Say why the value for " + Periods.name(month) + " is corrected");
        }
        c.orRefuse();
        BigDecimal value = v.value().setScale(2, RoundingMode.HALF_UP);
        String by = CurrentStaff.username();
        if (was.isEmpty()) {
            if (!store.keep(m.reference(), Periods.name(month), value, v.numerator(), v.denominator(), v.source().strip(), by)) {
                throw new StaleVersion(m.reference() + " for " + Periods.name(month));
            }
        } else if (was.get().version() != v.version()
                || !store.revise(was.get(), value, v.numerator(), v.denominator(), v.source().strip(), v.reason().strip(), by)) {
            throw new StaleVersion(m.reference() + " for " + Periods.name(month));
        }
        audit.record(by, was.isEmpty() ? Action.CREATED : Action.CHANGED, "measure-value", m.reference() + "/" + Periods.name(month), m.reference(),
                "Value " + value.toPlainString() + " from " + v.source().strip());
        return read(m.reference(), Periods.name(month));
    }

    private Value read(String reference, String period) {
        PerformanceStore.ValueRow v = store.value(reference, period).orElseThrow();
        return new Value(period, v.value(), v.numerator(), v.denominator(), true, false, v.version() > 0, v.source(), null);
    }

    @PreAuthorize(Measures.READ)
    public List<PerformanceStore.Revision> revisions(String reference, YearMonth from, YearMonth to) {
        return store.revisions(measures.row(reference).reference(), Periods.name(from), Periods.name(to));
    }
}
