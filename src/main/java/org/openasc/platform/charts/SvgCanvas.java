package org.openasc.platform.charts;

import java.util.Locale;

/** One chart's markup in plain SVG 1.1 with presentation attributes only, so Batik draws it in a PDF as a browser does on a page. */
final class SvgCanvas {

    static final String FONT = "Arial, Liberation Sans, sans-serif";
    static final String TEXT = "#0b0c0c";

    /** The shape of a point marker: markers differ by shape as well as colour, so colour is never the only cue. */
    enum Shape { CIRCLE, DIAMOND, SQUARE }

    private final String id;
    private final String title;
    private final String description;
    private final StringBuilder body = new StringBuilder();

    /** A chart named by {@code title} and described by {@code description} (none for a sparkline, whose title says it all). */
    SvgCanvas(String id, String title, String description) {
        this.id = id;
        this.title = title == null ? "" : title;
        this.description = description;
    }

    void line(double x1, double y1, double x2, double y2, String stroke, double width, String dash, String kind) {
        body.append("<line").append(kind(kind))
                .append(" x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1))
                .append("\" x2=\"").append(n(x2)).append("\" y2=\"").append(n(y2))
                .append("\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(n(width)).append('"');
        if (dash != null) {
            body.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        body.append("/>");
    }

    /** A path of straight runs; {@code d} is built by the caller so a missing value can break the line. */
    void path(String d, String stroke, double width, String dash, String kind) {
        if (d.isEmpty()) {
            return;
        }
        body.append("<path").append(kind(kind)).append(" d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"").append(n(width)).append("\" stroke-linejoin=\"round\" stroke-linecap=\"round\"");
        if (dash != null) {
            body.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        body.append("/>");
    }

    void rect(double x, double y, double width, double height, String fill, String kind) {
        body.append("<rect").append(kind(kind)).append(" x=\"").append(n(x)).append("\" y=\"").append(n(y))
                .append("\" width=\"").append(n(Math.max(0, width))).append("\" height=\"").append(n(Math.max(0, height)))
                .append("\" fill=\"").append(fill).append("\"/>");
    }

    /**
     * A marker centred on (x, y) reaching {@code size} from its centre, with a thin white edge so touching markers stay
     * apart; {@code tooltip}, when given, shows on hover on a page.
     */
    void marker(Shape shape, double x, double y, double size, String fill, String tooltip, String kind) {
        String edge = "\" fill=\"" + fill + "\" stroke=\"#ffffff\" stroke-width=\"1\"";
        switch (shape) {
            case CIRCLE -> body.append("<circle").append(kind(kind)).append(" cx=\"").append(n(x)).append("\" cy=\"").append(n(y))
                    .append("\" r=\"").append(n(size)).append(edge);
            case SQUARE -> body.append("<rect").append(kind(kind)).append(" x=\"").append(n(x - size)).append("\" y=\"").append(n(y - size))
                    .append("\" width=\"").append(n(2 * size)).append("\" height=\"").append(n(2 * size)).append(edge);
            case DIAMOND -> body.append("<polygon").append(kind(kind)).append(" points=\"")
                    .append(n(x)).append(',').append(n(y - size)).append(' ')
                    .append(n(x + size)).append(',').append(n(y)).append(' ')
                    .append(n(x)).append(',').append(n(y + size)).append(' ')
                    .append(n(x - size)).append(',').append(n(y)).append(edge);
        }
        String element = switch (shape) {
            case CIRCLE -> "circle";
            case SQUARE -> "rect";
            case DIAMOND -> "polygon";
        };
        if (tooltip == null) {
            body.append("/>");
        } else {
            body.append("><title>").append(escape(tooltip)).append("</title></").append(element).append('>');
        }
    }

    /** Text with its baseline at {@code y}; {@code anchor} is start, middle or end. */
    void text(double x, double y, String text, String anchor, double size, String fill, boolean bold, String kind) {
        body.append("<text").append(kind(kind)).append(" x=\"").append(n(x)).append("\" y=\"").append(n(y)).append('"');
        if (!"start".equals(anchor)) {
            body.append(" text-anchor=\"").append(anchor).append('"');
        }
        if (size != 12) {
            body.append(" font-size=\"").append(n(size)).append('"');
        }
        if (!TEXT.equals(fill)) {
            body.append(" fill=\"").append(fill).append('"');
        }
        if (bold) {
            body.append(" font-weight=\"bold\"");
        }
        body.append('>').append(escape(text)).append("</text>");
    }

    /** The finished element, sized in pixels so a PDF draws it at that size and a page can scale it by CSS. */
    String svg(double width, double height) {
        String titleId = escape(id + "-title");
        String descId = escape(id + "-desc");
        StringBuilder svg = new StringBuilder(body.length() + 512);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" id=\"").append(escape(id))
                .append("\" role=\"img\" aria-labelledby=\"").append(titleId);
        if (description != null) {
            svg.append(' ').append(descId);
        }
        svg.append("\" width=\"").append(n(width)).append("\" height=\"").append(n(height))
                .append("\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
                .append("\" font-family=\"").append(FONT).append("\" font-size=\"12\" fill=\"").append(TEXT).append("\">")
                .append("<title id=\"").append(titleId).append("\">").append(escape(title)).append("</title>");
        if (description != null) {
            svg.append("<desc id=\"").append(descId).append("\">").append(escape(description)).append("</desc>");
        }
        return svg.append(body).append("</svg>").toString();
    }

    /** Text made safe for XML content and attribute values alike. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // XML 1.0 forbids most control characters even when escaped, so they are dropped.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * The width {@code text} takes at {@code size} pixels in Arial, estimated from the shape of its letters; used to keep
     * labels apart without a font to measure against.
     */
    static double textWidth(String text, double size) {
        double ems = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("il.,:;'|!I ".indexOf(c) >= 0) {
                ems += 0.28;
            } else if ("fjrt()-[]".indexOf(c) >= 0) {
                ems += 0.36;
            } else if (c == 'm' || c == 'w' || c == 'M' || c == 'W' || c == '%' || c == '@') {
                ems += 0.84;
            } else if (Character.isUpperCase(c)) {
                ems += 0.68;
            } else {
                ems += 0.56;
            }
        }
        return ems * size;
    }

    /**
     * The room to leave for {@code text} where running out would clip it (at the chart's edges, in a legend row): a PDF
     * renderer without Arial or Liberation Sans falls back to a wider face such as DejaVu Sans.
     */
    static double room(String text, double size) {
        return textWidth(text, size) * 1.15;
    }

    /** A coordinate to at most one decimal place, always with a point, so the output does not depend on the locale. */
    static String n(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return String.format(Locale.ROOT, "%.1f", rounded);
    }

    private static String kind(String kind) {
        return kind == null ? "" : " class=\"" + kind + "\"";
    }
}
