package org.openasc.performance.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openasc.performance.Benchmarks;
import org.openasc.platform.charts.Charts;
import org.openasc.performance.MeasureView;
import org.openasc.performance.Measures;
import org.openasc.performance.Periods;
import org.openasc.performance.Scorecard;
import org.openasc.performance.Series;
import org.openasc.platform.signals.MeasureFigures;

/** A measure's series, SPC and benchmark drawn as the charts the pages show beside their data tables. */
final class MeasureCharts {

    private MeasureCharts() {
    }

    static String line(MeasureView m, Series.MeasureSeries s, Measures.YearTarget target) {
        List<Charts.Point> points = points(s);
        Charts.Band band = target == null || target.band() == null ? null
                : new Charts.Band(target.band().lower().doubleValue(), target.band().upper().doubleValue());
        Double value = target == null || target.target() == null ? null : target.target().doubleValue();
        return Charts.line("trend-" + id(m), m.name(), "Monthly values of " + m.reference() + " from " + s.from() + " to " + s.to()
                + (value != null ? ", with the target of " + target.target().toPlainString() : band != null ? ", with the target band" : "")
                + ". The values are in the table below.", unit(m), points, value, band);
    }

    static String spc(MeasureView m, Series.MeasureSeries s) {
        Map<String, Charts.Mark> marks = new HashMap<>();
        s.spc().specialCause().forEach(c -> marks.put(c.period(), Charts.Mark.valueOf(c.direction())));
        List<Charts.Limits> limits = s.spc().baselines().stream().map(l -> new Charts.Limits(l.from(), l.to(), l.mean().doubleValue(),
                l.upperLimit().doubleValue(), l.lowerLimit().doubleValue())).toList();
        Double target = s.points().isEmpty() || s.points().get(s.points().size() - 1).target() == null ? null
                : s.points().get(s.points().size() - 1).target().doubleValue();
        List<Charts.Point> closed = s.points().stream().filter(p -> !p.toDate())
                .map(p -> new Charts.Point(p.period(), p.value() == null ? null : p.value().doubleValue())).toList();
        return Charts.spc("spc-" + id(m), "Statistical process control chart: " + m.name(), "Individuals (XmR) chart of " + m.reference()
                + " with mean " + s.spc().mean() + ", upper process limit " + s.spc().upperLimit() + " and lower process limit "
                + s.spc().lowerLimit() + "; " + s.spc().specialCause().size() + " special-cause flags. "
                + (s.spc().variation() == null ? "" : s.spc().variation().label() + ". ")
                + (s.spc().assurance() == null ? "" : s.spc().assurance().label() + "."), unit(m), closed, limits, marks, target);
    }

    static String benchmark(MeasureView m, Benchmarks.Comparison c) {
        List<Charts.Dot> dots = c.areas().stream().map(a -> new Charts.Dot(a.areaName(), a.value().doubleValue(), a.council())).toList();
        return Charts.dotPlot("benchmark-" + id(m), m.reference() + " in " + c.year() + ": " + c.group(), "Each dot is one council's value for "
                + c.year() + "; the larger dot is ours" + (c.value() == null ? " (we have no value)" : " at " + c.value().toPlainString())
                + (c.median() == null ? "" : "; the median is " + c.median().toPlainString()) + ". The values are in the table below.", unit(m), dots,
                c.median() == null ? null : c.median().doubleValue());
    }

    static String sparkline(Scorecard.Row r) {
        List<Charts.Point> points = r.trend().stream().filter(p -> !p.toDate())
                .map(p -> new Charts.Point(p.period(), p.value() == null ? null : p.value().doubleValue())).toList();
        return Charts.sparkline("spark-" + r.reference().replaceAll("[^A-Za-z0-9]", "-"), "Trend of " + r.reference() + " over "
                + points.size() + " months", points, r.target() == null ? null : r.target().doubleValue());
    }

    /**
     * The special causes in words, one line per run of consecutive months flagged by the same rule on the same side,
     * such as "Shift, high (concerning): Aug 2025 to Mar 2026".
     */
    static List<String> runs(Series.MeasureSeries s) {
        List<String> periods = s.points().stream().map(Series.Point::period).toList();
        Map<String, List<String>> byRule = new java.util.LinkedHashMap<>();
        s.spc().specialCause().forEach(c -> byRule.computeIfAbsent(c.rule() + "|" + c.side() + "|" + c.direction(), k -> new java.util.ArrayList<>())
                .add(c.period()));
        List<String> lines = new java.util.ArrayList<>();
        byRule.forEach((key, flagged) -> {
            String[] k = key.split("\\|");
            String what = RULES.get(k[0]) + ", " + k[1].toLowerCase() + (k[2].equals("NEITHER") ? "" : " (" + k[2].toLowerCase() + ")");
            int start = 0;
            for (int i = 1; i <= flagged.size(); i++) {
                if (i == flagged.size() || periods.indexOf(flagged.get(i)) != periods.indexOf(flagged.get(i - 1)) + 1) {
                    lines.add(what + ": " + Periods.label(flagged.get(start)) + (i - 1 == start ? "" : " to " + Periods.label(flagged.get(i - 1))));
                    start = i;
                }
            }
        });
        return lines;
    }

    private static final Map<String, String> RULES = Map.of("OUTSIDE_LIMITS", "Outside the process limits", "SHIFT",
            "Shift: 7 or more months on one side of the mean", "TREND", "Trend: 7 or more months rising or falling", "TWO_OF_THREE",
            "Two of three months near a limit");

    private static List<Charts.Point> points(Series.MeasureSeries s) {
        return s.points().stream().map(p -> new Charts.Point(p.period(), p.value() == null ? null : p.value().doubleValue())).toList();
    }

    private static MeasureFigures.Unit unit(MeasureView m) {
        return MeasureFigures.Unit.valueOf(m.unit());
    }

    private static String id(MeasureView m) {
        return m.reference().replaceAll("[^A-Za-z0-9]", "-");
    }
}
