package org.openasc.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import org.openasc.performance.domain.PerformanceStore;
import org.openasc.platform.signals.MeasureFigures;
import org.openasc.platform.web.InvalidInput;

/**
 * The scorecard in the shape of a quarterly committee report: by group, each measure's actual for last year, its
 * last three months, this year's target and RAG, with the variation and assurance of its SPC chart and its trend.
 */
@Service
public class Scorecard {

    /** A month's value; {@code readAt} when the month in progress was read on a timetable (the time it was read). */
    @Schema(name = "ScorecardMonth")
    public record Month(String period, BigDecimal value, boolean toDate, java.time.Instant readAt) {
    }

    /** One measure's row; {@code movement} compares the latest month with the one before, by the measure's polarity. */
    @Schema(name = "ScorecardRow")
    public record Row(String reference, String name, String unit, String polarity, String source, BigDecimal previousYearActual, List<Month> months,
                      BigDecimal target, MeasureCommands.Band band, Rag rag, Variation variation, Assurance assurance, String movement,
                      List<Series.Point> trend) {
    }

    @Schema(name = "ScorecardGroup")
    public record Group(String name, List<Row> measures) {
    }

    public record Card(LocalDate asOf, String financialYear, String previousFinancialYear, List<Group> groups) {
    }

    private final PerformanceStore store;
    private final Measures measures;
    private final MeasureValues values;
    private final Series series;

    Scorecard(PerformanceStore store, Measures measures, MeasureValues values, Series series) {
        this.store = store;
        this.measures = measures;
        this.values = values;
        this.series = series;
    }

    @PreAuthorize(Measures.READ)
    public Card scorecard(LocalDate asOf) {
        LocalDate today = values.today();
        LocalDate on = asOf == null ? today : asOf;
        if (on.isAfter(today)) {
            throw new InvalidInput("asOf", "The date must be today or in the past");
        }
        YearMonth month = YearMonth.from(on);
        int fy = Periods.financialYear(month);
        YearMonth previousYearStart = YearMonth.of(fy - 1, 4);
        YearMonth first = month.minusMonths(35).isBefore(previousYearStart) ? month.minusMonths(35) : previousYearStart;
        List<PerformanceStore.MeasureRow> rows = store.measures();
        PerformanceStore.RagDefault rule = store.ragDefault();
        Map<String, Map<String, MeasureValues.Value>> known = values.values(rows, first, month, on);
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (PerformanceStore.MeasureRow m : rows) {
            Map<Integer, Measures.YearTarget> targets = measures.yearTargets(m.reference());
            Series.MeasureSeries s = series.build(m, month.minusMonths(35), month, rule, known.get(m.reference()), targets);
            Map<String, MeasureValues.Value> byPeriod = known.get(m.reference());
            List<Month> three = new ArrayList<>();
            for (YearMonth x = month.minusMonths(2); !x.isAfter(month); x = x.plusMonths(1)) {
                MeasureValues.Value v = byPeriod.get(Periods.name(x));
                three.add(new Month(Periods.name(x), v == null ? null : v.value(), v != null && v.toDate(), v == null ? null : v.readAt()));
            }
            Measures.YearTarget target = "NEITHER".equals(m.polarity()) ? null : targets.get(fy);
            MeasureValues.Value latest = byPeriod.get(Periods.name(month));
            MeasureValues.Value before = byPeriod.get(Periods.name(month.minusMonths(1)));
            Rag rag = target == null || latest == null ? null
                    : Measures.rule(m, rule).rate(MeasureFigures.Polarity.valueOf(m.polarity()), target.forMonth(month), latest.value());
            groups.computeIfAbsent(m.measureGroup(), g -> new ArrayList<>()).add(new Row(m.reference(), m.name(), m.unit(), m.polarity(),
                    m.source(), yearActual(m, byPeriod, fy - 1), three, target == null || target.band() != null ? null
                    : target.forMonth(month).value(), target == null ? null : target.band(), rag, s.spc().variation(), s.spc().assurance(),
                    movement(m.polarity(), before, latest), s.points()));
        }
        return new Card(on, Periods.yearLabel(fy), Periods.yearLabel(fy - 1),
                groups.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList());
    }

    /**
     * Last year's actual: the position at 31 March; for a measure read month by month, the year's figure from the
     * twelve months' numerators and denominators (a share or an average of the whole year, not an average of months).
     */
    static BigDecimal yearActual(PerformanceStore.MeasureRow m, Map<String, MeasureValues.Value> byPeriod, int financialYear) {
        if (!"MONTH".equals(m.basis())) {
            MeasureValues.Value march = byPeriod.get(Periods.name(YearMonth.of(financialYear + 1, 3)));
            return march == null ? null : march.value();
        }
        BigDecimal numerator = BigDecimal.ZERO;
        BigDecimal denominator = BigDecimal.ZERO;
        for (YearMonth x = YearMonth.of(financialYear, 4); !x.isAfter(YearMonth.of(financialYear + 1, 3)); x = x.plusMonths(1)) {
            MeasureValues.Value v = byPeriod.get(Periods.name(x));
            // An entered count carries its value only: the value is what was counted.
            BigDecimal counted = v == null ? null : v.numerator() != null ? v.numerator()
                    : Set.of("COUNT", "POUNDS").contains(m.unit()) ? v.value() : null;
            if (counted == null) {
                return null;
            }
            numerator = numerator.add(counted);
            denominator = denominator.add(v.denominator() == null ? BigDecimal.ZERO : v.denominator());
        }
        return switch (m.unit()) {
            case "PERCENTAGE" -> denominator.signum() == 0 ? null : numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 1, RoundingMode.HALF_UP);
            case "DAYS" -> denominator.signum() == 0 ? null : numerator.divide(denominator, 1, RoundingMode.HALF_UP);
            case "COUNT", "POUNDS" -> numerator;
            default -> null;
        };
    }

    /** Improving, worsening or no change since the month before, by polarity; for measures with no aim, up, down or no change. */
    static String movement(String polarity, MeasureValues.Value before, MeasureValues.Value latest) {
        if (before == null || latest == null || before.value() == null || latest.value() == null) {
            return null;
        }
        int c = latest.value().compareTo(before.value());
        if (c == 0) {
            return "No change";
        }
        return switch (polarity) {
            case "HIGHER_IS_BETTER" -> c > 0 ? "Improving" : "Worsening";
            case "LOWER_IS_BETTER" -> c < 0 ? "Improving" : "Worsening";
            default -> c > 0 ? "Up" : "Down";
        };
    }
}
