package org.openasc.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Periods, percentages and their signs, expected demand and the strategy's yearly increments. */
class ForecastRulesTest {

    @Test
    void periodsRunFromAprilAndTheYearIsReadAsCouncilsWriteIt() {
        FinancialYear y = new FinancialYear(2024);
        assertThat(y.endOfPeriod(3)).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(y.endOfPeriod(11)).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(y.endOfPeriod(12)).isEqualTo(y.end());
        assertThat(y.daysLeftAfter(3)).isEqualTo(274);
        assertThat(y.daysLeftAfter(12)).isZero();
        assertThat(y.periodOf(LocalDate.of(2025, 1, 15))).isEqualTo(10);
        assertThat(y.label()).isEqualTo("2024-25");
        assertThat(FinancialYear.parse("2024/25")).isEqualTo(y);
        assertThat(FinancialYear.parse("2024-2025")).isEqualTo(y);
        assertThat(FinancialYear.parse("2024-26")).isNull();
        assertThat(FinancialYear.parse("24")).isNull();
        assertThat(FinancialYear.containing(LocalDate.of(2025, 3, 31))).isEqualTo(y);
        assertThat(FinancialYear.containing(LocalDate.of(2025, 4, 1))).isEqualTo(new FinancialYear(2025));
    }

    @Test
    void varianceIsForecastLessBudgetAndItsShareIsOfTheAbsoluteBudget() {
        assertThat(ForecastRules.variance(new BigDecimal("105"), new BigDecimal("100"))).isEqualByComparingTo("5.00");
        assertThat(ForecastRules.percentOfBudget(new BigDecimal("-5316.43"), new BigDecimal("60000"))).isEqualByComparingTo("-8.86");
        BigDecimal incomeShortfall = ForecastRules.variance(new BigDecimal("-6000"), new BigDecimal("-20000"));
        assertThat(incomeShortfall).isEqualByComparingTo("14000.00");
        assertThat(ForecastRules.percentOfBudget(incomeShortfall, new BigDecimal("-20000"))).isEqualByComparingTo("70.00");
        assertThat(ForecastRules.percentOfBudget(new BigDecimal("1"), new BigDecimal("3"))).isEqualByComparingTo("33.33");
        assertThat(ForecastRules.percentOfBudget(new BigDecimal("2"), new BigDecimal("3"))).isEqualByComparingTo("66.67");
        assertThat(ForecastRules.percentOfBudget(new BigDecimal("100"), BigDecimal.ZERO)).isNull();
    }

    @Test
    void newPackagesEachRunFromTheirStartToTheYearEnd() {
        assertThat(ForecastRules.expectedDemand(new BigDecimal("0.1"), new BigDecimal("140"), 275)).isEqualByComparingTo("10803.57");
        assertThat(ForecastRules.expectedDemand(BigDecimal.ONE, new BigDecimal("100"), 14)).as("two weeks: 2 x 2 / 2 x 100").isEqualByComparingTo("200.00");
        assertThat(ForecastRules.expectedDemand(new BigDecimal("-1"), new BigDecimal("100"), 14)).isEqualByComparingTo("-200.00");
        assertThat(ForecastRules.expectedDemand(BigDecimal.ONE, new BigDecimal("100"), 0)).isEqualByComparingTo("0");
    }

    @Test
    void theRestOfTheYearFollowsTheBudgetProfileOrTheRunRate() {
        assertThat(ForecastRules.restOfYear("BUDGET_PROFILE", new BigDecimal("120000"), new BigDecimal("31000"), 3)).isEqualByComparingTo("90000.00");
        assertThat(ForecastRules.restOfYear("RUN_RATE", new BigDecimal("120000"), new BigDecimal("31000"), 3)).isEqualByComparingTo("93000.00");
        assertThat(ForecastRules.restOfYear("RUN_RATE", new BigDecimal("-182000"), new BigDecimal("-91000"), 6)).isEqualByComparingTo("-91000.00");
        assertThat(ForecastRules.restOfYear("BUDGET_PROFILE", new BigDecimal("100"), BigDecimal.ZERO, 12)).isEqualByComparingTo("0");
        assertThat(ForecastRules.restOfYear("NONE", new BigDecimal("100"), BigDecimal.ONE, 1)).isEqualByComparingTo("0");
    }

    @Test
    void strategyAmountsEnterEachYearAsTheIncreaseOverTheYearBefore() {
        BigDecimal[] g7 = {new BigDecimal("2070"), new BigDecimal("3810"), new BigDecimal("5770"), new BigDecimal("8010")};
        assertThat(ForecastRules.increments(g7)).extracting(BigDecimal::toPlainString).containsExactly("2070.00", "1740.00", "1960.00", "2240.00");
        BigDecimal[] ac2 = {new BigDecimal("-25"), new BigDecimal("-25"), new BigDecimal("-25"), new BigDecimal("-275")};
        assertThat(ForecastRules.increments(ac2)).extracting(BigDecimal::toPlainString).containsExactly("-25.00", "0.00", "0.00", "-250.00");
    }
}
