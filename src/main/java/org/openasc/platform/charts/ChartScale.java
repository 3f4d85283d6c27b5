package org.openasc.platform.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openasc.platform.signals.MeasureFigures.Unit;

/** A value axis with 4 to 6 round ticks, and how charts write values, ticks and periods for a reader. */
final class ChartScale {

    private static final double[] MULTIPLES = {1, 2, 2.5, 5};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

    private final Unit unit;
    private final double min;
    private final double max;
    private final int decimals;
    private final List<Double> ticks;

    private ChartScale(Unit unit, double min, double max, int decimals, List<Double> ticks) {
        this.unit = unit;
        this.min = min;
        this.max = max;
        this.decimals = decimals;
        this.ticks = ticks;
    }

    /**
     * An axis showing every one of {@code values} (figures, targets, bands) and as much of {@code reach} (process
     * limits) as makes sense: a limit below zero for a quantity that cannot be negative, or above 100 for a share, is
     * left off rather than stretching the axis to a value no period could take.
     */
    static ChartScale of(Unit unit, Collection<Double> values, Collection<Double> reach) {
        List<Double> shown = values.stream().filter(v -> v != null && Double.isFinite(v)).toList();
        boolean neverNegative = unit != Unit.POUNDS && shown.stream().allMatch(v -> v >= 0);
        boolean share = unit == Unit.PERCENTAGE && shown.stream().allMatch(v -> v <= 100);
        double lo = shown.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        double hi = shown.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        for (Double limit : reach) {
            if (limit == null || !Double.isFinite(limit)) {
                continue;
            }
            double bounded = Math.min(share ? 100 : limit, Math.max(neverNegative ? 0 : limit, limit));
            lo = Double.isNaN(lo) ? bounded : Math.min(lo, bounded);
            hi = Double.isNaN(hi) ? bounded : Math.max(hi, bounded);
        }
        if (Double.isNaN(lo)) {
            lo = 0;
            hi = 0;
        }
        if (hi - lo < 1e-9 * Math.max(1, Math.abs(hi))) {
            // One value, or all the same: give the line room so it does not sit on the frame.
            double pad = lo == 0 ? (unit == Unit.PERCENTAGE ? 10 : 1) : Math.abs(lo) * 0.1;
            lo = neverNegative ? Math.max(0, lo - pad) : lo - pad;
            hi = share ? Math.min(100, hi + pad) : hi + pad;
        }
        // Start from zero when zero is near, so a small change is not drawn as a cliff.
        if (lo > 0 && lo < hi - lo) {
            lo = 0;
        }
        if (hi < 0 && -hi < hi - lo) {
            hi = 0;
        }
        return nice(unit, lo, hi);
    }

    private static ChartScale nice(Unit unit, double lo, double hi) {
        boolean whole = unit == Unit.COUNT || unit == Unit.POUNDS;
        int magnitude = (int) Math.floor(Math.log10(hi - lo));
        BigDecimal best = null;
        double bestSpan = Double.MAX_VALUE;
        int bestCount = 0;
        BigDecimal fallback = null;
        for (int power = magnitude - 2; power <= magnitude + 1; power++) {
            for (double multiple : MULTIPLES) {
                BigDecimal step = BigDecimal.valueOf(multiple).scaleByPowerOfTen(power);
                double s = step.doubleValue();
                if (whole && step.stripTrailingZeros().scale() > 0) {
                    continue;
                }
                double first = Math.floor(lo / s + 1e-9) * s;
                double last = Math.ceil(hi / s - 1e-9) * s;
                int count = (int) Math.round((last - first) / s) + 1;
                if (count >= 4 && count <= 6 && better(last - first, step, count, bestSpan, best, bestCount)) {
                    best = step;
                    bestSpan = last - first;
                    bestCount = count;
                }
                if (count <= 6 && fallback == null) {
                    fallback = step;
                }
            }
        }
        BigDecimal step = best != null ? best : fallback;
        double s = step.doubleValue();
        int places = Math.max(0, step.stripTrailingZeros().scale());
        BigDecimal first = BigDecimal.valueOf(Math.floor(lo / s + 1e-9)).multiply(step);
        BigDecimal last = BigDecimal.valueOf(Math.ceil(hi / s - 1e-9)).multiply(step);
        while (best == null && last.subtract(first).divide(step, RoundingMode.HALF_UP).intValue() < 3) {
            // Too little range for 4 whole steps (a count that is always 0 or 1): widen upwards.
            last = last.add(step);
        }
        List<Double> ticks = new ArrayList<>();
        for (BigDecimal tick = first; tick.compareTo(last.add(step.movePointLeft(3))) <= 0; tick = tick.add(step)) {
            ticks.add(tick.setScale(places, RoundingMode.HALF_UP).doubleValue());
        }
        return new ChartScale(unit, first.doubleValue(), last.doubleValue(), places, List.copyOf(ticks));
    }

    /** The tighter axis wins; between equally tight ones, the one with fewer decimal places, then with fewer ticks. */
    private static boolean better(double span, BigDecimal step, int count, double bestSpan, BigDecimal best, int bestCount) {
        if (best == null || span < bestSpan - 1e-9) {
            return true;
        }
        if (span > bestSpan + 1e-9) {
            return false;
        }
        int places = Math.max(0, step.stripTrailingZeros().scale());
        int bestPlaces = Math.max(0, best.stripTrailingZeros().scale());
        return places < bestPlaces || places == bestPlaces && count < bestCount;
    }

    double min() {
        return min;
    }

    double max() {
        return max;
    }

    List<Double> ticks() {
        return ticks;
    }

    /** Where {@code value} falls from the bottom (0) to the top (1) of the axis. */
    double fraction(double value) {
        return (value - min) / (max - min);
    }

    boolean contains(double value) {
        return value >= min - 1e-9 && value <= max + 1e-9;
    }

    /** A tick's label, every tick on an axis to the same places so the column reads evenly. */
    String tick(double value) {
        return switch (unit) {
            case PERCENTAGE -> plain(value, decimals) + "%";
            case COUNT, RATE_PER_100000 -> grouped(value, decimals);
            case DAYS -> plain(value, decimals);
            case POUNDS -> pounds(value);
        };
    }

    /** A single value as a reader would say it: "45.2%", "1,200", "2.5 days", "£1.2m". */
    static String value(Unit unit, double value) {
        return switch (unit) {
            case PERCENTAGE -> trimmed(value, 1) + "%";
            case COUNT, RATE_PER_100000 -> grouped(value, BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().scale() > 0 ? 1 : 0);
            case DAYS -> trimmed(value, 1) + (Math.abs(value - 1) < 1e-9 ? " day" : " days");
            case POUNDS -> pounds(value);
        };
    }

    /** A period as a label: "Jun 24" for "2024-06"; anything else as given. */
    static String period(String period) {
        if (period == null) {
            return "";
        }
        Matcher month = MONTH.matcher(period);
        if (!month.matches()) {
            return period;
        }
        return MONTHS[Integer.parseInt(month.group(2)) - 1] + " " + month.group(1).substring(2);
    }

    static boolean isMonth(String period) {
        return period != null && MONTH.matcher(period).matches();
    }

    /** Pounds in thousands or millions past a thousand, so a tick stays short: "£350k", "£1.2m", "-£40k". */
    static String pounds(double value) {
        String sign = value < 0 ? "-" : "";
        double size = Math.abs(value);
        if (size >= 999_500) {
            return sign + "£" + trimmed(size / 1_000_000, 2) + "m";
        }
        if (size >= 1_000) {
            return sign + "£" + trimmed(size / 1_000, 1) + "k";
        }
        return sign + "£" + trimmed(size, 0);
    }

    private static String plain(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString().replaceFirst("^-(0(\\.0*)?)$", "$1");
    }

    private static String trimmed(double value, int places) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
        return plain(value, Math.max(0, rounded.scale()));
    }

    private static String grouped(double value, int places) {
        DecimalFormat format = new DecimalFormat(places == 0 ? "#,##0" : "#,##0." + "0".repeat(places), DecimalFormatSymbols.getInstance(Locale.UK));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value == 0 ? 0 : value);
    }
}
