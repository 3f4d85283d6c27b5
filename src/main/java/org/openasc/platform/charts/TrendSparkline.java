package org.openasc.platform.charts;

import java.util.List;

import org.openasc.platform.charts.SvgCanvas.Shape;

/** A trend small enough for a scorecard cell: the line scaled to fill the cell, its latest value marked, the target dashed. */
final class TrendSparkline {

    private static final double WIDTH = 120;
    private static final double HEIGHT = 30;
    private static final double PAD = 3.5;
    private static final String LINE = "#1d70b8";
    private static final String TARGET = "#d4351c";

    private TrendSparkline() {
    }

    static String draw(String id, String description, List<Charts.Point> series, Double target) {
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        int latest = -1;
        for (int i = 0; i < series.size(); i++) {
            Double value = series.get(i).value();
            if (value != null) {
                lo = Math.min(lo, value);
                hi = Math.max(hi, value);
                latest = i;
            }
        }
        if (target != null) {
            lo = Math.min(lo, target);
            hi = Math.max(hi, target);
        }
        if (hi - lo < 1e-9) {
            // Flat, or nothing at all: centre the line rather than divide by nothing.
            lo = (lo == Double.MAX_VALUE ? 0 : lo) - 1;
            hi = lo + 2;
        }
        Axis axis = new Axis(series.size(), lo, hi);
        SvgCanvas canvas = new SvgCanvas(id, description, null);
        if (target != null) {
            canvas.line(0, axis.y(target), WIDTH, axis.y(target), TARGET, 1, "3 2", "target");
        }
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < series.size(); i++) {
            Double value = series.get(i).value();
            if (value == null) {
                continue;
            }
            boolean joined = i > 0 && series.get(i - 1).value() != null;
            d.append(joined ? 'L' : 'M').append(SvgCanvas.n(axis.x(i))).append(',').append(SvgCanvas.n(axis.y(value))).append(' ');
            boolean alone = !joined && (i + 1 >= series.size() || series.get(i + 1).value() == null);
            if (alone && i != latest) {
                // A value between two gaps has no line to show it.
                canvas.marker(Shape.CIRCLE, axis.x(i), axis.y(value), 1.5, LINE, null, "marker");
            }
        }
        canvas.path(d.toString().trim(), LINE, 1.5, null, "series");
        if (latest >= 0) {
            canvas.marker(Shape.CIRCLE, axis.x(latest), axis.y(series.get(latest).value()), 2.5, LINE, null, "marker latest");
        }
        return canvas.svg(WIDTH, HEIGHT);
    }

    private record Axis(int periods, double lo, double hi) {

        double x(int period) {
            return periods == 1 ? WIDTH / 2 : PAD + period * (WIDTH - 2 * PAD) / (periods - 1);
        }

        double y(double value) {
            return HEIGHT - PAD - (value - lo) / (hi - lo) * (HEIGHT - 2 * PAD);
        }
    }
}
