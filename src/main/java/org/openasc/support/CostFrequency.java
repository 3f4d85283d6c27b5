package org.openasc.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a service's unit cost is for (the CLD cost frequency or unit type). A unit such as an hour is
 * bought so many times a week; a period price such as a monthly fee is spread over its weeks (52
 * weeks to the year); a one-off cost is no weekly commitment.
 */
public enum CostFrequency {
    HOURLY("Hourly", null),
    DAILY("Daily", null),
    NIGHTLY("Nightly", null),
    PER_SESSION("Per session", null),
    WEEKLY("Weekly", new BigDecimal("1")),
    FORTNIGHTLY("Fortnightly", new BigDecimal("2")),
    FOUR_WEEKLY("4-weekly", new BigDecimal("4")),
    MONTHLY("Monthly", new BigDecimal("52").divide(new BigDecimal("12"), 10, RoundingMode.HALF_UP)),
    QUARTERLY("Quarterly", new BigDecimal("13")),
    ANNUAL("Annual", new BigDecimal("52")),
    ONE_OFF("One-off", null);

    private final String label;
    private final BigDecimal weeksPerPeriod;

    CostFrequency(String label, BigDecimal weeksPerPeriod) {
        this.label = label;
        this.weeksPerPeriod = weeksPerPeriod;
    }

    public String label() {
        return label;
    }

    /** Whether the cost is per unit, so planned units per week are needed. */
    public boolean perUnit() {
        return weeksPerPeriod == null && this != ONE_OFF;
    }

    public static Optional<CostFrequency> fromLabel(String label) {
        return Arrays.stream(values()).filter(f -> f.label.equals(label)).findFirst();
    }

    /** The cost a week in pounds to two places: unit cost times units a week, or the period price over its weeks. */
    public BigDecimal weeklyCost(BigDecimal unitCost, BigDecimal plannedUnitsPerWeek) {
        BigDecimal weekly;
        if (this == ONE_OFF) {
            weekly = BigDecimal.ZERO;
        } else if (perUnit()) {
            weekly = unitCost.multiply(plannedUnitsPerWeek == null ? BigDecimal.ZERO : plannedUnitsPerWeek);
        } else {
            weekly = unitCost.divide(weeksPerPeriod, 10, RoundingMode.HALF_UP);
        }
        return weekly.setScale(2, RoundingMode.HALF_UP);
    }
}
