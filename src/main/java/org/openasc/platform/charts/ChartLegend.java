package org.openasc.platform.charts;

import java.util.List;

import org.openasc.platform.charts.SvgCanvas.Shape;

/** A legend under a chart: each line style or marker drawn as it is in the chart, with its name, wrapping as needed. */
final class ChartLegend {

    private static final double ROW = 20;
    private static final double SAMPLE = 24;

    /** One entry: a line sample (with its dash, if any) or a marker sample. */
    record Item(String name, String colour, String dash, Shape shape, double size) {

        static Item line(String name, String colour, String dash) {
            return new Item(name, colour, dash, null, 0);
        }

        static Item marker(String name, Shape shape, double size, String colour) {
            return new Item(name, colour, null, shape, size);
        }

        double width() {
            return SAMPLE + 6 + SvgCanvas.room(name, 12) + 20;
        }
    }

    private ChartLegend() {
    }

    /** Draws {@code items} from ({@code left}, {@code top}), wrapping before {@code right}; returns where the legend ends. */
    static double draw(SvgCanvas canvas, double left, double top, double right, List<Item> items) {
        double x = left;
        double middle = top + ROW / 2;
        for (Item item : items) {
            if (x > left && x + item.width() - 20 > right) {
                x = left;
                middle += ROW;
            }
            if (item.shape() == null) {
                canvas.line(x, middle, x + SAMPLE, middle, item.colour(), item.dash() == null ? 1.5 : 2, item.dash(), "legend-sample");
            } else {
                canvas.marker(item.shape(), x + SAMPLE / 2, middle, item.size(), item.colour(), null, "legend-sample");
            }
            canvas.text(x + SAMPLE + 6, middle + 4, item.name(), "start", 12, SvgCanvas.TEXT, false, "legend");
            x += item.width();
        }
        return items.isEmpty() ? top : middle + ROW / 2 + 4;
    }
}
