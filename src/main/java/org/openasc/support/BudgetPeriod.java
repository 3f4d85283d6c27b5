package org.openasc.support;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The period a personal budget or direct payment amount is for, and its value a week (52 weeks a year). */
public enum BudgetPeriod {
    WEEKLY("a week", new BigDecimal("1")),
    FOUR_WEEKLY("every 4 weeks", new BigDecimal("4")),
    MONTHLY("a month", new BigDecimal("52").divide(new BigDecimal("12"), 10, RoundingMode.HALF_UP)),
    ANNUAL("a year", new BigDecimal("52"));

    private final String label;
    private final BigDecimal weeks;

    BudgetPeriod(String label, BigDecimal weeks) {
        this.label = label;
        this.weeks = weeks;
    }

    public String label() {
        return label;
    }

    public BigDecimal weekly(BigDecimal amount) {
        return amount.divide(weeks, 2, RoundingMode.HALF_UP);
    }

    public static BudgetPeriod parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return valueOf(value.strip().toUpperCase().replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
