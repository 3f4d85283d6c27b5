package org.openasc.platform.signals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;

/**
 * Measures a module computes from its own record for the performance framework, on any past date: each module
 * that offers measures registers one of these as a Spring bean, so the framework depends on the platform, not on
 * the module. Figures are aggregates, never personal data; the records behind them are on the module's own
 * drill-down pages, which check who may see them.
 */
public interface MeasureFigures {

    /** What a measure's value is counted in. */
    enum Unit { PERCENTAGE, COUNT, RATE_PER_100000, DAYS, POUNDS }

    /** Which way is good: up, down, inside a target band, or neither (a measure watched, not aimed). */
    enum Polarity { HIGHER_IS_BETTER, LOWER_IS_BETTER, WITHIN_BAND, NEITHER }

    /** How a period is read: the position at its end, the 12 months to its end, the financial year to its end, or the month alone. */
    enum PeriodBasis {
        SNAPSHOT, ROLLING_12_MONTHS, YEAR_TO_DATE, MONTH;

        /** The first day counted for a period ending on {@code end} (for a snapshot, the end itself). */
        public LocalDate start(LocalDate end) {
            return switch (this) {
                case SNAPSHOT -> end;
                case ROLLING_12_MONTHS -> end.minusYears(1).plusDays(1);
                case YEAR_TO_DATE -> LocalDate.of(org.openasc.platform.calendar.Today.financialYearOf(end), Month.APRIL, 1);
                case MONTH -> end.withDayOfMonth(1);
            };
        }
    }

    /**
     * A measure as the module declares it: numerator and denominator in words, so a reader knows what is counted. A rate
     * per 100,000 names the age band of the population it is counted out of (such as {@code 65+}); the module counts the
     * numerator and the framework divides by the ONS estimate it holds.
     */
    record Definition(String reference, String name, String group, String numerator, String denominator, Unit unit, Polarity polarity,
                      PeriodBasis basis, String owner, String populationBand) {

        public Definition(String reference, String name, String group, String numerator, String denominator, Unit unit, Polarity polarity,
                          PeriodBasis basis, String owner) {
            this(reference, name, group, numerator, denominator, unit, polarity, basis, owner, null);
        }
    }

    /**
     * A measure's value for one period with what it was worked out from; {@code value} is null when there was nothing to
     * count (a share of nobody), never a made-up zero.
     */
    record Figure(BigDecimal value, BigDecimal numerator, BigDecimal denominator) {

        /** A percentage to one place, half up, of {@code part} in {@code whole}; none when the whole is nobody. */
        public static Figure share(long part, long whole) {
            return new Figure(whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP),
                    BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
        }

        /** A count: the value is the numerator, with no denominator. */
        public static Figure count(long n) {
            return new Figure(BigDecimal.valueOf(n), BigDecimal.valueOf(n), null);
        }

        /** An average to one place, half up, of {@code total} over {@code cases}; none when there were no cases. */
        public static Figure average(BigDecimal total, long cases) {
            return new Figure(cases == 0 ? null : total.divide(BigDecimal.valueOf(cases), 1, RoundingMode.HALF_UP), total, BigDecimal.valueOf(cases));
        }
    }

    /** Links to the module's pages listing the records counted in the numerator and the denominator (either may be null). */
    record DrillDown(String numerator, String denominator) {
    }

    List<Definition> definitions();

    /** The figure for the period ending on {@code end} (a month end, or today for a month in progress), read on the measure's basis. */
    Optional<Figure> figure(String reference, LocalDate end);

    /**
     * Several of this module's measures for the same period, by reference (those it does not offer are left out). A
     * module whose measures share a query overrides this to run the query once.
     */
    default java.util.Map<String, Figure> figures(java.util.Collection<String> references, LocalDate end) {
        java.util.Map<String, Figure> figures = new java.util.LinkedHashMap<>();
        for (String reference : references) {
            figure(reference, end).ifPresent(f -> figures.put(reference, f));
        }
        return figures;
    }

    /**
     * Whether the month in progress is read by the scheduler every quarter hour, and shown with the time it was read,
     * rather than read on every view: for measures whose reading costs seconds at county scale (a year of file rows).
     * Closed months are kept at the month end either way.
     */
    default boolean readOnSchedule() {
        return false;
    }

    /** Where the records behind a period's figure are listed; empty for a measure this module does not offer. */
    Optional<DrillDown> drillDown(String reference, LocalDate end);
}
