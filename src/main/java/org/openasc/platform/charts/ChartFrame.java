package org.openasc.platform.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The plotted area of a chart over time: a slot per period, values up the left, periods along the bottom, line labels at the right. */
record ChartFrame(double left, double top, double right, double bottom, int periods, ChartScale scale) {

    static final double WIDTH = 640;
    static final double HEIGHT = 300;

    private static final int MOST_PERIOD_LABELS = 12;
    private static final int[] MONTH_STEPS = {1, 2, 3, 4, 6, 12};
    private static final double LINE_GAP = 13;

    /** A reference line's name and value, written level with the line at the right of the chart. */
    record EdgeLabel(double value, String text, String colour) {
    }

    /** A frame leaving room on the left for the ticks, on the right for {@code edges}, and above for {@code top}. */
    static ChartFrame of(ChartScale scale, List<String> periods, List<EdgeLabel> edges, double top) {
        double ticks = scale.ticks().stream().mapToDouble(t -> SvgCanvas.room(scale.tick(t), 12)).max().orElse(0);
        double left = Math.max(36, ticks + 14);
        double labels = edges.stream().mapToDouble(e -> SvgCanvas.room(e.text(), 12)).max().orElse(0);
        double widestPeriod = periods.stream().mapToDouble(p -> SvgCanvas.room(ChartScale.period(p), 12)).max().orElse(0);
        double right = WIDTH - Math.max(labels == 0 ? 0 : labels + 14, Math.max(16, widestPeriod / 2 - 4));
        return new ChartFrame(left, top, right, HEIGHT - 36, Math.max(1, periods.size()), scale);
    }

    double width() {
        return right - left;
    }

    double slot() {
        return width() / periods;
    }

    double x(int period) {
        return left + (period + 0.5) * slot();
    }

    double y(double value) {
        return bottom - scale.fraction(value) * (bottom - top);
    }

    /** Gridlines with their tick labels, the axis line and the period labels, thinned so they never touch. */
    void axes(SvgCanvas canvas, List<String> labels) {
        for (double tick : scale.ticks()) {
            boolean zero = tick == 0 && scale.min() < 0;
            canvas.line(left, y(tick), right, y(tick), zero ? "#505a5f" : "#e1e3e5", 1, null, zero ? "grid zero" : "grid");
            canvas.text(left - 7, y(tick) + 4, scale.tick(tick), "end", 12, SvgCanvas.TEXT, false, "tick");
        }
        canvas.line(left, bottom, right, bottom, "#505a5f", 1, null, "axis");
        if (labels.isEmpty()) {
            return;
        }
        int every = labelStep(labels);
        for (int i = labels.size() - 1; i >= 0; i -= every) {
            canvas.line(x(i), bottom, x(i), bottom + 5, "#505a5f", 1, null, null);
            canvas.text(x(i), bottom + 19, ChartScale.period(labels.get(i)), "middle", 12, SvgCanvas.TEXT, false, "period");
        }
    }

    /**
     * Every how many periods a label fits: at most twelve labels, none closer than its width, and for months a
     * step that divides a year, so the same months are labelled each year. Counted back from the latest period, which
     * is always labelled.
     */
    private int labelStep(List<String> labels) {
        double widest = labels.stream().mapToDouble(p -> SvgCanvas.textWidth(ChartScale.period(p), 12)).max().orElse(0);
        int every = (int) Math.max(Math.ceil(labels.size() / (double) MOST_PERIOD_LABELS), Math.ceil((widest + 6) / slot()));
        if (labels.stream().allMatch(ChartScale::isMonth)) {
            for (int step : MONTH_STEPS) {
                if (step >= every) {
                    return step;
                }
            }
            return (every + 11) / 12 * 12;
        }
        return Math.max(1, every);
    }

    /** A reference line across the whole plotted area. */
    void across(SvgCanvas canvas, double value, String colour, double width, String dash, String kind) {
        canvas.line(left, y(value), right, y(value), colour, width, dash, kind);
    }

    /** The path through the values in period order, broken where a period has no value rather than drawn through zero. */
    String path(List<Charts.Point> series) {
        StringBuilder d = new StringBuilder();
        boolean drawing = false;
        for (int i = 0; i < series.size(); i++) {
            Double value = series.get(i).value();
            if (value == null) {
                drawing = false;
                continue;
            }
            d.append(drawing ? 'L' : 'M').append(SvgCanvas.n(x(i))).append(',').append(SvgCanvas.n(y(value))).append(' ');
            drawing = true;
        }
        return d.toString().trim();
    }

    /** Labels level with their lines at the right, nudged apart where lines are close so no two overlap. */
    void edgeLabels(SvgCanvas canvas, List<EdgeLabel> edges) {
        List<EdgeLabel> sorted = new ArrayList<>(edges);
        sorted.sort(Comparator.comparingDouble(e -> y(e.value())));
        double[] ys = new double[sorted.size()];
        for (int i = 0; i < ys.length; i++) {
            ys[i] = y(sorted.get(i).value()) + 4;
            if (i > 0) {
                ys[i] = Math.max(ys[i], ys[i - 1] + LINE_GAP);
            }
        }
        for (int i = ys.length - 1; i >= 0; i--) {
            ys[i] = Math.min(ys[i], i == ys.length - 1 ? bottom + 4 : ys[i + 1] - LINE_GAP);
        }
        for (int i = 0; i < ys.length; i++) {
            canvas.text(right + 6, ys[i], sorted.get(i).text(), "start", 12, sorted.get(i).colour(), false, "edge-label");
        }
    }

    /** Says so in the chart when no period has a value, so an empty frame is not read as a chart of zeros. */
    void noFigures(SvgCanvas canvas, List<Charts.Point> series) {
        if (series.stream().allMatch(p -> p.value() == null)) {
            String words = "No figures for these periods";
            double width = SvgCanvas.room(words, 14) + 16;
            canvas.rect((left + right - width) / 2, (top + bottom) / 2 - 15, width, 22, "#ffffff", null);
            canvas.text((left + right) / 2, (top + bottom) / 2, words, "middle", 14, "#505a5f", false, "no-figures");
        }
    }
}
