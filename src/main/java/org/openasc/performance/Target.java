package org.openasc.performance;

import java.math.BigDecimal;

import org.openasc.platform.signals.MeasureFigures.Polarity;

/** What a measure aims at: one value, or for a measure kept within a band, the band's lower and upper bounds (inclusive). */
public record Target(BigDecimal value, BigDecimal lower, BigDecimal upper) {

    public Target {
        boolean single = value != null && lower == null && upper == null;
        boolean band = value == null && lower != null && upper != null;
        if (!single && !band) {
            throw new IllegalArgumentException("A target is either a value or a band with both bounds");
        }
        if (band && lower.compareTo(upper) > 0) {
            throw new IllegalArgumentException("A target band's lower bound " + lower.toPlainString() + " is above its upper bound " + upper.toPlainString());
        }
    }

    public static Target of(BigDecimal value) {
        return new Target(value, null, null);
    }

    public static Target band(BigDecimal lower, BigDecimal upper) {
        return new Target(null, lower, upper);
    }

    public boolean isBand() {
        return value == null;
    }

    /** A band target goes with a within-band measure and only with one; a measure with neither polarity takes any. */
    void requireSuits(Polarity polarity) {
        if (polarity != Polarity.NEITHER && isBand() != (polarity == Polarity.WITHIN_BAND)) {
            throw new IllegalArgumentException(isBand()
                    ? "A target band needs a measure kept within a band, not one where " + polarity + " applies"
                    : "A measure kept within a band needs a target band, not a single value");
        }
    }
}
