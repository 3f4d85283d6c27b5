package org.openasc.performance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.openasc.platform.signals.MeasureFigures.Polarity;

/**
 * An XmR (individuals) chart of a measure as NHS England's Making Data Count draws it: each baseline segment's mean and
 * process limits, the points that show special cause, the variation of the latest point and the assurance of meeting
 * the target. Nothing is rounded here.
 */
public final class ControlChart {

    public static final int MINIMUM_POINTS = 15;
    public static final int RUN_LENGTH = 7;

    // 3 / d2, where d2 = 1.128 relates the mean moving range of two points to the standard deviation.
    private static final double LIMIT_FACTOR = 2.66;

    /** One period's value, in time order on the chart. */
    public record Point(String period, double value) {
    }

    /** A run of periods sharing one baseline: from and to are its first and last periods. */
    public record Segment(String from, String to, double mean, double upperLimit, double lowerLimit) {
    }

    /** Making Data Count's special cause rules, in the order they decide the latest point's variation. */
    public enum Rule { OUTSIDE_LIMITS, SHIFT, TREND, TWO_OF_THREE }

    /** Which side of the mean a flagged point lies, or for a trend whether it rises (high) or falls (low). */
    public enum Side { HIGH, LOW }

    /** Whether a flagged point's side is the good one for the measure. */
    public enum Direction { IMPROVING, CONCERNING, NEITHER }

    /** A point flagged by one rule, listed once for each rule that flags it. */
    public record SpecialCause(String period, Rule rule, Side side, Direction direction) {
    }

    private final int pointsNeeded;
    private final List<Segment> segments;
    private final List<SpecialCause> specialCauses;
    private final Variation variation;
    private final Assurance assurance;

    private ControlChart(int pointsNeeded, List<Segment> segments, List<SpecialCause> specialCauses, Variation variation, Assurance assurance) {
        this.pointsNeeded = pointsNeeded;
        this.segments = segments;
        this.specialCauses = specialCauses;
        this.variation = variation;
        this.assurance = assurance;
    }

    /**
     * The chart of {@code points} in time order. {@code baselineFrom}, when given, is the period a recalculated baseline
     * starts after a process change: the points before it and those from it on each get their own mean and limits.
     * {@code target} may be null; a band target goes only with a within-band measure.
     */
    public static ControlChart of(List<Point> points, Polarity polarity, Target target, String baselineFrom) {
        Objects.requireNonNull(polarity, "polarity");
        List<Point> series = List.copyOf(points);
        if (target != null) {
            target.requireSuits(polarity);
        }
        Set<String> periods = new HashSet<>();
        for (Point p : series) {
            if (!periods.add(p.period())) {
                throw new IllegalArgumentException("The period " + p.period() + " appears more than once on the chart");
            }
        }
        if (baselineFrom != null && !periods.contains(baselineFrom)) {
            throw new IllegalArgumentException("The recalculated baseline starts in " + baselineFrom + ", which is not a period on the chart");
        }
        if (series.size() < MINIMUM_POINTS) {
            return new ControlChart(MINIMUM_POINTS - series.size(), List.of(), List.of(), null, null);
        }
        int[] bounds = bounds(series, baselineFrom);
        List<Segment> segments = new ArrayList<>();
        for (int s = 0; s + 1 < bounds.length; s++) {
            segments.add(segment(series, bounds[s], bounds[s + 1]));
        }
        Segment last = segments.get(segments.size() - 1);
        List<Map<Rule, Side>> flags = new ArrayList<>();
        series.forEach(p -> flags.add(new EnumMap<>(Rule.class)));
        for (int s = 0; s < segments.size(); s++) {
            flag(series, bounds[s], bounds[s + 1], segments.get(s), flags);
        }
        List<SpecialCause> causes = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            String period = series.get(i).period();
            flags.get(i).forEach((rule, side) -> causes.add(new SpecialCause(period, rule, side, direction(side, polarity, target, last))));
        }
        Map<Rule, Side> latest = flags.get(series.size() - 1);
        Variation variation = latest.isEmpty() ? Variation.COMMON_CAUSE
                : variation(direction(latest.values().iterator().next(), polarity, target, last));
        return new ControlChart(0, List.copyOf(segments), List.copyOf(causes), variation, assurance(polarity, target, last));
    }

    /** Whether there are enough points ({@value #MINIMUM_POINTS}) for limits. */
    public boolean enough() {
        return pointsNeeded == 0;
    }

    /** How many more points are needed before the chart has limits; 0 once it has. */
    public int pointsNeeded() {
        return pointsNeeded;
    }

    public List<Segment> segments() {
        return segments;
    }

    /** Flagged points in time order, each point's rules in {@link Rule} order. */
    public List<SpecialCause> specialCauses() {
        return specialCauses;
    }

    /** The latest point's variation; null without enough points. */
    public Variation variation() {
        return variation;
    }

    /** Null without enough points, without a target or for a measure with neither polarity. */
    public Assurance assurance() {
        return assurance;
    }

    private static int[] bounds(List<Point> series, String baselineFrom) {
        if (baselineFrom == null) {
            return new int[] {0, series.size()};
        }
        int split = 0;
        while (!series.get(split).period().equals(baselineFrom)) {
            split++;
        }
        if (split < 2 || series.size() - split < 2) {
            throw new IllegalArgumentException("A recalculated baseline needs at least 2 points before it and 2 from it on to have limits; "
                    + baselineFrom + " has " + split + " before it and " + (series.size() - split) + " from it on");
        }
        return new int[] {0, split, series.size()};
    }

    private static Segment segment(List<Point> series, int from, int to) {
        double total = 0;
        double ranges = 0;
        for (int i = from; i < to; i++) {
            total += series.get(i).value();
            if (i > from) {
                ranges += Math.abs(series.get(i).value() - series.get(i - 1).value());
            }
        }
        double mean = total / (to - from);
        double meanMovingRange = ranges / (to - from - 1);
        return new Segment(series.get(from).period(), series.get(to - 1).period(), mean,
                mean + LIMIT_FACTOR * meanMovingRange, mean - LIMIT_FACTOR * meanMovingRange);
    }

    private static void flag(List<Point> series, int from, int to, Segment segment, List<Map<Rule, Side>> flags) {
        double mean = segment.mean();
        double highZone = mean + 2.0 / 3 * (segment.upperLimit() - mean);
        double lowZone = mean - 2.0 / 3 * (mean - segment.lowerLimit());
        Side[] sideOfMean = new Side[to - from];
        Side[] step = new Side[to - from];
        for (int i = from; i < to; i++) {
            double v = series.get(i).value();
            if (v > segment.upperLimit() || v < segment.lowerLimit()) {
                flags.get(i).put(Rule.OUTSIDE_LIMITS, v > segment.upperLimit() ? Side.HIGH : Side.LOW);
            }
            sideOfMean[i - from] = side(v, mean);
            step[i - from] = i == from ? null : side(v, series.get(i - 1).value());
        }
        flagRuns(sideOfMean, from, 0, Rule.SHIFT, flags);
        flagRuns(step, from, 1, Rule.TREND, flags);
        for (int start = from; start <= Math.max(from, to - 3); start++) {
            int end = Math.min(start + 3, to);
            flagTwoBeyond(series, start, end, Side.HIGH, highZone, flags);
            flagTwoBeyond(series, start, end, Side.LOW, lowZone, flags);
        }
    }

    private static Side side(double value, double reference) {
        return value > reference ? Side.HIGH : value < reference ? Side.LOW : null;
    }

    /**
     * Flags runs of one side at least {@link #RUN_LENGTH} points long. For a trend each entry is the step into its point,
     * so a run of steps also takes in the point before its first ({@code reach} 1); a turning point stays with the run it ends.
     */
    private static void flagRuns(Side[] sides, int offset, int reach, Rule rule, List<Map<Rule, Side>> flags) {
        int start = 0;
        for (int i = 1; i <= sides.length; i++) {
            if (i == sides.length || sides[i] != sides[start]) {
                if (sides[start] != null && i - start + reach >= RUN_LENGTH) {
                    for (int j = start - reach; j < i; j++) {
                        flags.get(offset + j).putIfAbsent(rule, sides[start]);
                    }
                }
                start = i;
            }
        }
    }

    private static void flagTwoBeyond(List<Point> series, int start, int end, Side side, double zone, List<Map<Rule, Side>> flags) {
        List<Integer> beyond = new ArrayList<>();
        for (int i = start; i < end; i++) {
            double v = series.get(i).value();
            if (side == Side.HIGH ? v > zone : v < zone) {
                beyond.add(i);
            }
        }
        if (beyond.size() >= 2) {
            beyond.forEach(i -> flags.get(i).putIfAbsent(Rule.TWO_OF_THREE, side));
        }
    }

    private static Direction direction(Side side, Polarity polarity, Target target, Segment last) {
        return switch (polarity) {
            case HIGHER_IS_BETTER -> side == Side.HIGH ? Direction.IMPROVING : Direction.CONCERNING;
            case LOWER_IS_BETTER -> side == Side.LOW ? Direction.IMPROVING : Direction.CONCERNING;
            case NEITHER -> Direction.NEITHER;
            case WITHIN_BAND -> {
                if (target == null) {
                    yield Direction.NEITHER;
                }
                // Rising helps only a process whose mean sits below the band, falling only one above it; inside, any move is away.
                boolean towardsBand = side == Side.HIGH ? last.mean() < target.lower().doubleValue() : last.mean() > target.upper().doubleValue();
                yield towardsBand ? Direction.IMPROVING : Direction.CONCERNING;
            }
        };
    }

    private static boolean inside(double value, Target band) {
        return value >= band.lower().doubleValue() && value <= band.upper().doubleValue();
    }

    private static Variation variation(Direction direction) {
        return switch (direction) {
            case IMPROVING -> Variation.SPECIAL_CAUSE_IMPROVING;
            case CONCERNING -> Variation.SPECIAL_CAUSE_CONCERNING;
            case NEITHER -> Variation.SPECIAL_CAUSE_NEITHER;
        };
    }

    private static Assurance assurance(Polarity polarity, Target target, Segment last) {
        if (target == null || polarity == Polarity.NEITHER) {
            return null;
        }
        double upper = last.upperLimit();
        double lower = last.lowerLimit();
        return switch (polarity) {
            case HIGHER_IS_BETTER -> met(target.value().doubleValue() < lower, target.value().doubleValue() > upper);
            case LOWER_IS_BETTER -> met(target.value().doubleValue() > upper, target.value().doubleValue() < lower);
            default -> met(inside(lower, target) && inside(upper, target),
                    lower > target.upper().doubleValue() || upper < target.lower().doubleValue());
        };
    }

    private static Assurance met(boolean consistentlyMet, boolean consistentlyMissed) {
        return consistentlyMet ? Assurance.CONSISTENTLY_MET : consistentlyMissed ? Assurance.CONSISTENTLY_MISSED : Assurance.HIT_AND_MISS;
    }
}
