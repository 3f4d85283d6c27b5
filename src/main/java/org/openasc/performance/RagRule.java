package org.openasc.performance;

import java.math.BigDecimal;
import java.util.Objects;

import org.openasc.platform.signals.MeasureFigures.Polarity;

/**
 * How far short of its target a measure may fall and stay green or amber: in percent of the target (relative) or in the
 * measure's own units, points for a percentage (absolute). Both limits are inclusive.
 */
public record RagRule(BigDecimal greenWithin, BigDecimal amberWithin, Basis basis) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Whether the shortfall is read as a percentage of the target or in the measure's own units. */
    public enum Basis { RELATIVE, ABSOLUTE }

    /**
     * The rating of {@code value} against {@code target}; null for a measure with neither polarity, without a target or
     * without a value, which has no rating rather than a made-up one.
     */
    public Rag rate(Polarity polarity, Target target, BigDecimal value) {
        Objects.requireNonNull(polarity, "polarity");
        if (polarity == Polarity.NEITHER || target == null) {
            return null;
        }
        target.requireSuits(polarity);
        if (value == null) {
            return null;
        }
        boolean below = target.isBand() && value.compareTo(target.lower()) < 0;
        BigDecimal reference = !target.isBand() ? target.value() : below ? target.lower() : target.upper();
        BigDecimal shortfall = switch (polarity) {
            case HIGHER_IS_BETTER -> reference.subtract(value);
            case LOWER_IS_BETTER -> value.subtract(reference);
            default -> below ? reference.subtract(value) : value.subtract(reference).max(BigDecimal.ZERO);
        };
        if (shortfall.signum() <= 0 || within(shortfall, greenWithin, reference)) {
            return Rag.GREEN;
        }
        return within(shortfall, amberWithin, reference) ? Rag.AMBER : Rag.RED;
    }

    // Relative limits are compared as shortfall x 100 against limit x |reference|, so no division rounds a boundary
    // case the wrong way, and a positive shortfall from a zero reference (an infinite percentage) is never within.
    private boolean within(BigDecimal shortfall, BigDecimal limit, BigDecimal reference) {
        return basis == Basis.ABSOLUTE
                ? shortfall.compareTo(limit) <= 0
                : shortfall.multiply(HUNDRED).compareTo(limit.multiply(reference.abs())) <= 0;
    }
}
