package org.openasc.platform.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.openasc.platform.charts.SvgCanvas.Shape;
import org.openasc.platform.signals.MeasureFigures.Unit;

/** Councils compared on one axis, close values stacked above and below the line so that every council stays visible. */
final class ComparisonStrip {

    private static final double WIDTH = ChartFrame.WIDTH;
    private static final String GREY = "#505a5f";
    private static final String HIGHLIGHT = "#003078";
    private static final double DOT = 6;
    private static final double OURS = 9;
    private static final double ROW = 13;
    private static final int MOST_ROWS_EACH_SIDE = 3;

    private ComparisonStrip() {
    }

    /** A dot placed on the strip: {@code rise} is its offset from the middle line, up negative. */
    private record Placed(Charts.Dot dot, double x, double rise, double radius) {
    }

    static String draw(String id, String title, String description, Unit unit, List<Charts.Dot> dots, Double median) {
        List<Double> shown = new ArrayList<>();
        dots.forEach(dot -> shown.add(dot.value()));
        shown.add(median);
        ChartScale scale = ChartScale.of(unit, shown, List.of());
        double left = Math.max(24, 8 + scale.ticks().stream().mapToDouble(t -> SvgCanvas.room(scale.tick(t), 12) / 2).max().orElse(0));
        double right = WIDTH - left;
        List<Placed> placed = place(dots, value -> left + scale.fraction(value) * (right - left));
        double above = placed.stream().mapToDouble(p -> p.radius() - p.rise()).max().orElse(OURS);
        double below = placed.stream().mapToDouble(p -> p.radius() + p.rise()).max().orElse(OURS);
        double middle = 30 + above;
        double axis = middle + below + (median == null ? 12 : 32);

        SvgCanvas canvas = new SvgCanvas(id, title, description);
        for (double tick : scale.ticks()) {
            double x = left + scale.fraction(tick) * (right - left);
            canvas.line(x, middle - above - 4, x, axis, "#e1e3e5", 1, null, "grid");
            canvas.line(x, axis, x, axis + 5, GREY, 1, null, null);
            canvas.text(x, axis + 19, scale.tick(tick), "middle", 12, SvgCanvas.TEXT, false, "tick");
        }
        canvas.line(left, axis, right, axis, GREY, 1, null, "axis");
        for (Placed p : placed) {
            if (!p.dot().highlighted()) {
                canvas.marker(Shape.CIRCLE, p.x(), middle + p.rise(), p.radius(), GREY, named(unit, p.dot(), ": "), "dot");
            }
        }
        if (median != null) {
            double x = left + scale.fraction(median) * (right - left);
            canvas.line(x, middle - above - 4, x, middle + below + 4, SvgCanvas.TEXT, 2.5, null, "median");
            String words = "Median " + ChartScale.value(unit, median);
            canvas.text(within(x, SvgCanvas.room(words, 12)), middle + below + 19, words, "middle", 12, SvgCanvas.TEXT, false, "median-label");
        }
        for (Placed p : placed) {
            if (p.dot().highlighted()) {
                canvas.marker(Shape.CIRCLE, p.x(), middle + p.rise(), p.radius(), HIGHLIGHT, named(unit, p.dot(), ": "), "dot highlighted");
                String words = named(unit, p.dot(), " ");
                canvas.text(within(p.x(), SvgCanvas.room(words, 13) * 1.1), 20, words, "middle", 13, HIGHLIGHT, true, "highlighted-label");
            }
        }
        return canvas.svg(WIDTH, axis + 26);
    }

    /**
     * Puts the highlighted councils on the middle line first, then the rest in value order, each in the nearest row
     * (middle, below, above, two below...) where it touches no dot already placed.
     */
    private static List<Placed> place(List<Charts.Dot> dots, DoubleUnaryOperator xOf) {
        List<Charts.Dot> order = new ArrayList<>(dots);
        order.sort(Comparator.comparing((Charts.Dot d) -> !d.highlighted()).thenComparingDouble(Charts.Dot::value));
        List<Placed> placed = new ArrayList<>();
        for (Charts.Dot dot : order) {
            double x = xOf.applyAsDouble(dot.value());
            double radius = dot.highlighted() ? OURS : DOT;
            double rise = 0;
            for (int row = 0; row <= 2 * MOST_ROWS_EACH_SIDE; row++) {
                double candidate = (row % 2 == 1 ? 1 : -1) * ((row + 1) / 2) * ROW;
                if (placed.stream().allMatch(p -> Math.hypot(p.x() - x, p.rise() - candidate) >= p.radius() + radius + 1)) {
                    rise = candidate;
                    break;
                }
            }
            placed.add(new Placed(dot, x, rise, radius));
        }
        return placed;
    }

    private static String named(Unit unit, Charts.Dot dot, String between) {
        return dot.label() + between + ChartScale.value(unit, dot.value());
    }

    /** Keeps a centred label of {@code width} inside the chart. */
    private static double within(double x, double width) {
        return Math.max(4 + width / 2, Math.min(WIDTH - 4 - width / 2, x));
    }
}
