package org.openasc.platform.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openasc.platform.charts.SvgCanvas.Shape;
import org.openasc.platform.signals.MeasureFigures.Unit;

/** Charts of measures as plain SVG for pages and PDF committee papers, named for screen readers and never relying on colour alone. */
public final class Charts {

    /** A measure's value for one period ("2024-06" for a month); a null value is a period with nothing to count. */
    public record Point(String period, Double value) {
    }

    /** A target band: the measure is on track between {@code lower} and {@code upper}. */
    public record Band(double lower, double upper) {
    }

    /** The mean and process limits of one baseline, from period {@code from} to period {@code to} (null for the ends). */
    public record Limits(String from, String to, double mean, double upperLimit, double lowerLimit) {
    }

    /** A special cause found in a period, read against the measure's polarity. */
    public enum Mark { IMPROVING, CONCERNING, NEITHER }

    /** One council on a comparison strip; the council reading the chart is highlighted. */
    public record Dot(String label, double value, boolean highlighted) {
    }

    private static final double WIDTH = ChartFrame.WIDTH;
    private static final double PLOT_HEIGHT = ChartFrame.HEIGHT;

    private static final String SERIES = "#1d70b8";
    private static final String TARGET = "#d4351c";
    private static final String BAND = "#00703c";
    private static final String BAND_FILL = "#d7ebe1";
    private static final String GREY = "#505a5f";
    private static final String SPC_LINE = "#6f777b";
    private static final String IMPROVING = "#1d70b8";
    private static final String CONCERNING = "#b35a00";
    private static final String NEITHER = "#6f3b8f";
    private static final String TARGET_DASH = "8 4";
    private static final String LIMIT_DASH = "4 3";

    private Charts() {
    }

    /** A line of a measure over time with a marker per period, and its target as a dashed line or its band shaded. */
    public static String line(String id, String title, String description, Unit unit, List<Point> points, Double target, Band band) {
        List<Point> series = points == null ? List.of() : points;
        List<Double> shown = values(series);
        shown.add(target);
        if (band != null) {
            shown.add(band.lower());
            shown.add(band.upper());
        }
        ChartScale scale = ChartScale.of(unit, shown, List.of());
        List<ChartFrame.EdgeLabel> edges = new ArrayList<>();
        if (target != null) {
            edges.add(new ChartFrame.EdgeLabel(target, "Target " + ChartScale.value(unit, target), TARGET));
        }
        if (band != null) {
            edges.add(new ChartFrame.EdgeLabel(band.upper(), "Upper bound " + ChartScale.value(unit, band.upper()), BAND));
            edges.add(new ChartFrame.EdgeLabel(band.lower(), "Lower bound " + ChartScale.value(unit, band.lower()), BAND));
        }
        ChartFrame frame = ChartFrame.of(scale, periods(series), edges, 16);
        SvgCanvas canvas = new SvgCanvas(id, title, description);
        if (band != null) {
            double top = frame.y(Math.max(band.lower(), band.upper()));
            canvas.rect(frame.left(), top, frame.width(), frame.y(Math.min(band.lower(), band.upper())) - top, BAND_FILL, "band");
        }
        frame.axes(canvas, periods(series));
        if (band != null) {
            frame.across(canvas, band.upper(), BAND, 1.5, LIMIT_DASH, "band-bound");
            frame.across(canvas, band.lower(), BAND, 1.5, LIMIT_DASH, "band-bound");
        }
        if (target != null) {
            frame.across(canvas, target, TARGET, 2, TARGET_DASH, "target");
        }
        canvas.path(frame.path(series), SERIES, 2.5, null, "series");
        for (int i = 0; i < series.size(); i++) {
            Double value = series.get(i).value();
            if (value != null) {
                canvas.marker(Shape.CIRCLE, frame.x(i), frame.y(value), 3.5, SERIES, tooltip(unit, series.get(i)), "marker");
            }
        }
        frame.edgeLabels(canvas, edges);
        frame.noFigures(canvas, series);
        return canvas.svg(WIDTH, PLOT_HEIGHT);
    }

    /**
     * A statistical process control chart: the measure with each baseline's mean (solid) and process limits (dashed)
     * across that baseline's own periods, special-cause points by colour and shape, the target dashed, and a legend.
     */
    public static String spc(String id, String title, String description, Unit unit, List<Point> points, List<Limits> limits,
                             Map<String, Mark> marks, Double target) {
        List<Point> series = points == null ? List.of() : points;
        Map<String, Mark> found = marks == null ? Map.of() : marks;
        List<Segment> segments = segments(series, limits);
        List<Double> shown = values(series);
        shown.add(target);
        List<Double> reach = new ArrayList<>();
        for (Segment segment : segments) {
            shown.add(segment.limits().mean());
            reach.add(segment.limits().upperLimit());
            reach.add(segment.limits().lowerLimit());
        }
        ChartScale scale = ChartScale.of(unit, shown, reach);
        List<ChartFrame.EdgeLabel> edges = new ArrayList<>();
        Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
        if (last != null) {
            Limits l = last.limits();
            edges.add(new ChartFrame.EdgeLabel(l.upperLimit(), "Upper limit " + ChartScale.value(unit, l.upperLimit()), GREY));
            edges.add(new ChartFrame.EdgeLabel(l.mean(), "Mean " + ChartScale.value(unit, l.mean()), SvgCanvas.TEXT));
            edges.add(new ChartFrame.EdgeLabel(l.lowerLimit(), "Lower limit " + ChartScale.value(unit, l.lowerLimit()), GREY));
        }
        if (target != null) {
            edges.add(new ChartFrame.EdgeLabel(target, "Target " + ChartScale.value(unit, target), TARGET));
        }
        edges.removeIf(edge -> !scale.contains(edge.value()));
        ChartFrame frame = ChartFrame.of(scale, periods(series), edges, segments.size() > 1 ? 36 : 16);
        SvgCanvas canvas = new SvgCanvas(id, title, description);
        frame.axes(canvas, periods(series));
        double labelled = -Double.MAX_VALUE;
        for (int s = 0; s < segments.size(); s++) {
            Segment segment = segments.get(s);
            double from = frame.x(segment.from()) - frame.slot() / 2;
            double to = frame.x(segment.to()) + frame.slot() / 2;
            Limits l = segment.limits();
            for (double limit : new double[] {l.upperLimit(), l.lowerLimit()}) {
                if (scale.contains(limit)) {
                    canvas.line(from, frame.y(limit), to, frame.y(limit), GREY, 1.5, LIMIT_DASH, "limit");
                }
            }
            canvas.line(from, frame.y(l.mean()), to, frame.y(l.mean()), SvgCanvas.TEXT, 1.5, null, "mean");
            if (s > 0) {
                String words = "Baseline recalculated";
                double width = SvgCanvas.room(words, 12);
                boolean roomAfter = from + 4 + width <= WIDTH - 4;
                double start = roomAfter ? from + 4 : from - 4 - width;
                // Baselines recalculated close together would write one label over the other: the later goes a line up.
                boolean raised = start < labelled + 6;
                labelled = raised ? labelled : start + width;
                canvas.line(from, frame.top() - (raised ? 22 : 8), from, frame.bottom(), SvgCanvas.TEXT, 1, null, "baseline-divider");
                canvas.text(roomAfter ? from + 4 : from - 4, frame.top() - (raised ? 24 : 10), words, roomAfter ? "start" : "end", 12,
                        SvgCanvas.TEXT, false, "baseline-label");
            }
        }
        if (target != null && scale.contains(target)) {
            frame.across(canvas, target, TARGET, 2, TARGET_DASH, "target");
        }
        canvas.path(frame.path(series), SPC_LINE, 1.5, null, "series");
        Set<Mark> shownMarks = EnumSet.noneOf(Mark.class);
        for (int i = 0; i < series.size(); i++) {
            Point point = series.get(i);
            if (point.value() == null) {
                continue;
            }
            Mark mark = found.get(point.period());
            double x = frame.x(i);
            double y = frame.y(point.value());
            String tooltip = tooltip(unit, point);
            if (mark == null) {
                canvas.marker(Shape.CIRCLE, x, y, 3, GREY, tooltip, "marker common");
            } else {
                shownMarks.add(mark);
                switch (mark) {
                    case IMPROVING -> canvas.marker(Shape.CIRCLE, x, y, 5.5, IMPROVING, tooltip + " (special cause: improving)", "marker special improving");
                    case CONCERNING -> canvas.marker(Shape.DIAMOND, x, y, 7, CONCERNING, tooltip + " (special cause: concerning)", "marker special concerning");
                    case NEITHER -> canvas.marker(Shape.SQUARE, x, y, 4.5, NEITHER, tooltip + " (special cause: neither)", "marker special neither");
                }
            }
        }
        frame.edgeLabels(canvas, edges);
        frame.noFigures(canvas, series);
        double height = ChartLegend.draw(canvas, frame.left(), PLOT_HEIGHT + 2, WIDTH - 8, legend(segments, target, shownMarks));
        return canvas.svg(WIDTH, height);
    }

    /**
     * A strip comparing councils on one axis: each a grey dot, the highlighted council larger, dark blue and named
     * with its value, and the median marked by a labelled tick.
     */
    public static String dotPlot(String id, String title, String description, Unit unit, List<Dot> dots, Double median) {
        return ComparisonStrip.draw(id, title, description, unit, dots == null ? List.of() : dots, median);
    }

    /** A small trend for a scorecard cell, with no axes: the line, its latest value marked, and the target dashed. */
    public static String sparkline(String id, String description, List<Point> points, Double target) {
        return TrendSparkline.draw(id, description, points == null ? List.of() : points, target);
    }

    private static List<Double> values(List<Point> series) {
        List<Double> values = new ArrayList<>();
        series.forEach(point -> values.add(point.value()));
        return values;
    }

    private static List<String> periods(List<Point> series) {
        return series.stream().map(Point::period).toList();
    }

    private static String tooltip(Unit unit, Point point) {
        return ChartScale.period(point.period()) + ": " + ChartScale.value(unit, point.value());
    }

    /** A baseline placed on the periods drawn: a baseline naming a period not on the chart is left off. */
    private record Segment(int from, int to, Limits limits) {
    }

    private static List<Segment> segments(List<Point> series, List<Limits> limits) {
        List<Segment> segments = new ArrayList<>();
        if (limits == null || series.isEmpty()) {
            return segments;
        }
        List<String> periods = periods(series);
        for (Limits l : limits) {
            int from = l.from() == null ? 0 : periods.indexOf(l.from());
            int to = l.to() == null ? periods.size() - 1 : periods.indexOf(l.to());
            if (from >= 0 && to >= from) {
                segments.add(new Segment(from, to, l));
            }
        }
        segments.sort(Comparator.comparingInt(Segment::from));
        return segments;
    }

    private static List<ChartLegend.Item> legend(List<Segment> segments, Double target, Set<Mark> marks) {
        List<ChartLegend.Item> items = new ArrayList<>();
        if (!segments.isEmpty()) {
            items.add(ChartLegend.Item.line("Mean", SvgCanvas.TEXT, null));
            items.add(ChartLegend.Item.line("Process limits", GREY, LIMIT_DASH));
        }
        if (target != null) {
            items.add(ChartLegend.Item.line("Target", TARGET, TARGET_DASH));
        }
        items.add(ChartLegend.Item.marker("Common cause", Shape.CIRCLE, 3, GREY));
        if (marks.contains(Mark.IMPROVING)) {
            items.add(ChartLegend.Item.marker("Special cause: improving", Shape.CIRCLE, 5.5, IMPROVING));
        }
        if (marks.contains(Mark.CONCERNING)) {
            items.add(ChartLegend.Item.marker("Special cause: concerning", Shape.DIAMOND, 7, CONCERNING));
        }
        if (marks.contains(Mark.NEITHER)) {
            items.add(ChartLegend.Item.marker("Special cause: neither improving nor concerning", Shape.SQUARE, 4.5, NEITHER));
        }
        return items;
    }
}
