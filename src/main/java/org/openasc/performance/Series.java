package org.openasc.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import org.openasc.performance.domain.PerformanceStore;
import org.openasc.platform.signals.MeasureFigures;
import org.openasc.platform.web.InvalidInput;

/** A measure's series with its statistical process control: the XmR chart, special causes, variation and assurance. */
@Service
public class Series {

    /** One month of the series. */
    public record Point(String period, BigDecimal value, BigDecimal numerator, BigDecimal denominator, boolean revised, boolean toDate,
                        Rag rag, BigDecimal target, java.time.Instant readAt) {
    }

    public record SpecialCause(String period, String rule, String side, String direction) {
    }

    public record Limits(String from, String to, BigDecimal mean, BigDecimal upperLimit, BigDecimal lowerLimit) {
    }

    /** The SPC summary; {@code pointsNeeded} says how many more months are needed when there are too few. */
    public record Spc(BigDecimal mean, BigDecimal upperLimit, BigDecimal lowerLimit, List<Limits> baselines, List<SpecialCause> specialCause,
                      Variation variation, Assurance assurance, int pointsNeeded) {
    }

    public record MeasureSeries(String reference, String from, String to, List<Point> points, Spc spc) {
    }

    private final PerformanceStore store;
    private final Measures measures;
    private final MeasureValues values;

    Series(PerformanceStore store, Measures measures, MeasureValues values) {
        this.store = store;
        this.measures = measures;
        this.values = values;
    }

    @PreAuthorize(Measures.READ)
    public MeasureSeries series(String reference, String from, String to) {
        PerformanceStore.MeasureRow m = measures.row(reference);
        LocalDate today = values.today();
        YearMonth last = to == null || to.isBlank() ? YearMonth.from(today) : Periods.month(to, "to");
        YearMonth first = from == null || from.isBlank() ? last.minusMonths(35) : Periods.month(from, "from");
        if (first.isAfter(last)) {
            throw new InvalidInput("from", "The first month must not be after the last");
        }
        if (first.plusYears(10).isBefore(last)) {
            throw new InvalidInput("from", "Ask for ten years or fewer at a time");
        }
        return build(m, first, last, store.ragDefault(), values.values(List.of(m), first, last, today).get(m.reference()),
                measures.yearTargets(m.reference()));
    }

    /** The series from values already read (kept or computed) and the measure's targets by financial year. */
    MeasureSeries build(PerformanceStore.MeasureRow m, YearMonth first, YearMonth last, PerformanceStore.RagDefault d,
                        Map<String, MeasureValues.Value> byPeriod, Map<Integer, Measures.YearTarget> targets) {
        MeasureFigures.Polarity polarity = MeasureFigures.Polarity.valueOf(m.polarity());
        RagRule rule = Measures.rule(m, d);
        List<Point> points = new ArrayList<>();
        List<ControlChart.Point> closed = new ArrayList<>();
        for (YearMonth month : Periods.between(first, last)) {
            MeasureValues.Value v = byPeriod == null ? null : byPeriod.get(Periods.name(month));
            if (v == null) {
                continue;
            }
            Measures.YearTarget yt = targets.get(Periods.financialYear(month));
            Target target = yt == null || polarity == MeasureFigures.Polarity.NEITHER ? null : yt.forMonth(month);
            points.add(new Point(v.period(), v.value(), v.numerator(), v.denominator(), v.revised(), v.toDate(),
                    target == null ? null : rule.rate(polarity, target, v.value()), target == null || target.isBand() ? null : target.value(), v.readAt()));
            if (v.value() != null && !v.toDate()) {
                closed.add(new ControlChart.Point(v.period(), v.value().doubleValue()));
            }
        }
        return new MeasureSeries(m.reference(), Periods.name(first), Periods.name(last), points, spc(m, polarity, closed, targets));
    }

    private static Spc spc(PerformanceStore.MeasureRow m, MeasureFigures.Polarity polarity, List<ControlChart.Point> closed,
                           Map<Integer, Measures.YearTarget> targets) {
        Target target = null;
        if (!closed.isEmpty() && polarity != MeasureFigures.Polarity.NEITHER) {
            YearMonth lastMonth = YearMonth.parse(closed.get(closed.size() - 1).period());
            Measures.YearTarget yt = targets.get(Periods.financialYear(lastMonth));
            target = yt == null ? null : yt.forMonth(lastMonth);
        }
        long before = closed.stream().filter(p -> m.baselineFrom() != null && p.period().compareTo(m.baselineFrom()) < 0).count();
        boolean onChart = closed.stream().anyMatch(p -> p.period().equals(m.baselineFrom()));
        // A recalculated baseline needs two months on each side before it can have limits of its own.
        String baseline = onChart && before >= 2 && closed.size() - before >= 2 ? m.baselineFrom() : null;
        ControlChart chart = ControlChart.of(closed, polarity, target, baseline);
        if (!chart.enough()) {
            return new Spc(null, null, null, List.of(), List.of(), null, null, chart.pointsNeeded());
        }
        List<Limits> limits = chart.segments().stream().map(s -> new Limits(s.from(), s.to(), round(s.mean()), round(s.upperLimit()),
                round(s.lowerLimit()))).toList();
        Limits latest = limits.get(limits.size() - 1);
        return new Spc(latest.mean(), latest.upperLimit(), latest.lowerLimit(), limits, chart.specialCauses().stream()
                .map(c -> new SpecialCause(c.period(), c.rule().name(), c.side().name(), c.direction().name())).toList(),
                chart.variation(), chart.assurance(), 0);
    }

    static BigDecimal round(double v) {
        return BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
