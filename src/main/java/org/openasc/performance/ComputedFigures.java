package org.openasc.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.openasc.performance.domain.PerformanceStore;
import org.openasc.platform.signals.MeasureFigures;

/**
 * Computed measures' figures as the modules count them, made rates where a measure is one: the one place the framework
 * asks a module for a figure, whether for a month end being kept, a month in progress or a recompute.
 */
@Component
class ComputedFigures {

    private final PerformanceStore store;
    private final Measures measures;

    ComputedFigures(PerformanceStore store, Measures measures) {
        this.store = store;
        this.measures = measures;
    }

    /** The measures' figures for the period ending on a date, asking each module once for all of its measures. */
    Map<String, MeasureFigures.Figure> figures(List<PerformanceStore.MeasureRow> rows, LocalDate on) {
        Map<String, MeasureFigures.Figure> figures = new HashMap<>();
        for (MeasureFigures source : measures.sources()) {
            List<PerformanceStore.MeasureRow> mine = rows.stream().filter(m -> offers(source, m.reference())).toList();
            if (mine.isEmpty()) {
                continue;
            }
            Map<String, MeasureFigures.Figure> raw = source.figures(mine.stream().map(PerformanceStore.MeasureRow::reference).toList(), on);
            mine.stream().filter(m -> raw.containsKey(m.reference())).forEach(m -> figures.put(m.reference(), rate(m, raw.get(m.reference()), on)));
        }
        return figures;
    }

    /** One measure's figure for a period, as a rate where the measure is one. */
    Optional<MeasureFigures.Figure> figure(PerformanceStore.MeasureRow m, LocalDate on) {
        return sourceOf(m.reference()).flatMap(s -> s.figure(m.reference(), on)).map(f -> rate(m, f, on));
    }

    Optional<MeasureFigures> sourceOf(String reference) {
        return measures.sources().stream().filter(s -> offers(s, reference)).findFirst();
    }

    /** Whether the measure's month in progress is read by the scheduler rather than on every view (its module says). */
    boolean readOnSchedule(PerformanceStore.MeasureRow m) {
        return "COMPUTED".equals(m.source()) && sourceOf(m.reference()).map(MeasureFigures::readOnSchedule).orElse(false);
    }

    private static boolean offers(MeasureFigures source, String reference) {
        return source.definitions().stream().anyMatch(d -> d.reference().equals(reference));
    }

    /**
     * A rate per 100,000 divides the module's count by the population of its age band (the mid-year estimate of the
     * year the financial year starts, or the latest before it), and has no value without one; other figures are as given.
     */
    private MeasureFigures.Figure rate(PerformanceStore.MeasureRow m, MeasureFigures.Figure f, LocalDate on) {
        if (m.populationBand() == null || !"RATE_PER_100000".equals(m.unit())) {
            return f;
        }
        BigDecimal counted = f.numerator();
        return store.population(Periods.financialYear(on), m.populationBand()).filter(p -> p.population() > 0)
                .map(p -> new MeasureFigures.Figure(counted.multiply(BigDecimal.valueOf(100_000)).divide(BigDecimal.valueOf(p.population()), 1,
                        RoundingMode.HALF_UP), counted, BigDecimal.valueOf(p.population())))
                .orElse(new MeasureFigures.Figure(null, counted, null));
    }
}
