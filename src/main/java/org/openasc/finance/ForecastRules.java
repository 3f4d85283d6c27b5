package org.openasc.finance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** The arithmetic of a forecast, in one place: pounds to 2 places, half up. */
public final class ForecastRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal SEVEN = BigDecimal.valueOf(7);

    private ForecastRules() {
    }

    public static BigDecimal pounds(BigDecimal amount) {
        return (amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Expected new demand to the year end: {@code packages} new packages a week, each costing {@code weeklyCost}
     * from the week it starts to 31 March. Over w weeks left that is packages x weeklyCost x w squared / 2.
     */
    public static BigDecimal expectedDemand(BigDecimal packagesPerWeek, BigDecimal weeklyCost, long daysLeft) {
        if (packagesPerWeek == null || weeklyCost == null || daysLeft <= 0) {
            return pounds(BigDecimal.ZERO);
        }
        BigDecimal weeks = BigDecimal.valueOf(daysLeft).divide(SEVEN, MathContext.DECIMAL64);
        return pounds(packagesPerWeek.multiply(weeklyCost).multiply(weeks.pow(2)).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64));
    }

    /**
     * The months after a period for a line that pays for no services: a twelfth of the budget a month on the budget
     * profile, the average month so far on the run rate, nothing otherwise.
     */
    public static BigDecimal restOfYear(String basis, BigDecimal finalBudget, BigDecimal actualToDate, int period) {
        int monthsLeft = 12 - period;
        if (monthsLeft <= 0 || basis == null) {
            return pounds(BigDecimal.ZERO);
        }
        return switch (basis) {
            case "BUDGET_PROFILE" -> pounds(finalBudget.multiply(BigDecimal.valueOf(monthsLeft)).divide(BigDecimal.valueOf(12), MathContext.DECIMAL64));
            case "RUN_RATE" -> pounds(actualToDate.multiply(BigDecimal.valueOf(monthsLeft)).divide(BigDecimal.valueOf(period), MathContext.DECIMAL64));
            default -> pounds(BigDecimal.ZERO);
        };
    }

    /** Forecast minus budget: positive is an overspend. */
    public static BigDecimal variance(BigDecimal forecast, BigDecimal budget) {
        return pounds(forecast.subtract(budget));
    }

    /** Variance as a signed percentage of the absolute budget, to 2 places; none when the budget is nil. */
    public static BigDecimal percentOfBudget(BigDecimal variance, BigDecimal budget) {
        if (budget == null || budget.signum() == 0) {
            return null;
        }
        return variance.multiply(HUNDRED).divide(budget.abs(), 2, RoundingMode.HALF_UP);
    }

    /** The year's increase over the year before, from cumulative amounts (the first year's is its own). */
    public static BigDecimal[] increments(BigDecimal[] cumulative) {
        BigDecimal[] out = new BigDecimal[cumulative.length];
        for (int i = 0; i < cumulative.length; i++) {
            out[i] = pounds(cumulative[i].subtract(i == 0 ? BigDecimal.ZERO : cumulative[i - 1]));
        }
        return out;
    }
}
