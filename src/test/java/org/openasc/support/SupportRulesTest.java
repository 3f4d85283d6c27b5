package org.openasc.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of care and support, without a database. */
class SupportRulesTest {

    @Test
    void everyCostFrequencyComesToAWeeklyCostInPoundsAndPence() {
        BigDecimal cost = new BigDecimal("100.00");
        assertThat(CostFrequency.HOURLY.weeklyCost(new BigDecimal("21.50"), new BigDecimal("10.5"))).isEqualByComparingTo("225.75");
        assertThat(CostFrequency.DAILY.weeklyCost(new BigDecimal("4.50"), new BigDecimal("7"))).isEqualByComparingTo("31.50");
        assertThat(CostFrequency.NIGHTLY.weeklyCost(new BigDecimal("95.00"), new BigDecimal("2"))).isEqualByComparingTo("190.00");
        assertThat(CostFrequency.PER_SESSION.weeklyCost(new BigDecimal("45.00"), new BigDecimal("3"))).isEqualByComparingTo("135.00");
        assertThat(CostFrequency.WEEKLY.weeklyCost(cost, null)).isEqualByComparingTo("100.00");
        assertThat(CostFrequency.FORTNIGHTLY.weeklyCost(cost, null)).isEqualByComparingTo("50.00");
        assertThat(CostFrequency.FOUR_WEEKLY.weeklyCost(cost, null)).isEqualByComparingTo("25.00");
        assertThat(CostFrequency.MONTHLY.weeklyCost(cost, null)).isEqualByComparingTo("23.08");
        assertThat(CostFrequency.QUARTERLY.weeklyCost(cost, null)).isEqualByComparingTo("7.69");
        assertThat(CostFrequency.ANNUAL.weeklyCost(new BigDecimal("15600.00"), null)).isEqualByComparingTo("300.00");
        assertThat(CostFrequency.ONE_OFF.weeklyCost(new BigDecimal("950.00"), null)).isEqualByComparingTo("0.00");
        assertThat(CostFrequency.values()).allSatisfy(f -> assertThat(f.weeklyCost(cost, BigDecimal.ONE).scale()).isEqualTo(2));
    }

    @Test
    void aMonthlyPriceIsSpreadOverFiftyTwoWeeksNotFourPointThree() {
        assertThat(CostFrequency.MONTHLY.weeklyCost(new BigDecimal("1083.33"), null)).isEqualByComparingTo("250.00");
        assertThat(BudgetPeriod.MONTHLY.weekly(new BigDecimal("1083.33"))).isEqualByComparingTo("250.00");
        assertThat(BudgetPeriod.FOUR_WEEKLY.weekly(new BigDecimal("1000.00"))).isEqualByComparingTo("250.00");
    }

    @Test
    void onlyUnitPricesNeedPlannedUnitsAndLabelsAreTheOnesDhscParses() {
        assertThat(List.of(CostFrequency.values()).stream().filter(CostFrequency::perUnit))
                .containsExactly(CostFrequency.HOURLY, CostFrequency.DAILY, CostFrequency.NIGHTLY, CostFrequency.PER_SESSION);
        assertThat(CostFrequency.fromLabel("4-weekly")).contains(CostFrequency.FOUR_WEEKLY);
        assertThat(CostFrequency.fromLabel("One-off")).contains(CostFrequency.ONE_OFF);
        assertThat(CostFrequency.fromLabel("monthly")).isEmpty();
    }

    @Test
    void aPlannedReviewIsDueTwelveMonthsAfterSupportStartsThenAfterEachReview() {
        ReviewSchedule yearly = new ReviewSchedule(12);
        LocalDate start = LocalDate.of(2025, 3, 31);
        assertThat(yearly.dueOn(start, null)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(yearly.dueOn(start, LocalDate.of(2026, 2, 10))).isEqualTo(LocalDate.of(2027, 2, 10));
        assertThat(yearly.dueOn(start, LocalDate.of(2024, 6, 1))).as("a review before this support began does not count").isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(new ReviewSchedule(6).dueOn(LocalDate.of(2024, 8, 31), null)).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(ReviewSchedule.overdue(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 31))).isFalse();
        assertThat(ReviewSchedule.overdue(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 1))).isTrue();
        assertThatThrownBy(() -> new ReviewSchedule(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPackageGoesToPrimeProvidersInRankOrderThenSupplementaryPassingOverTheSuspended() {
        UUID primeOne = UUID.randomUUID();
        UUID primeTwo = UUID.randomUUID();
        UUID supplementaryOne = UUID.randomUUID();
        UUID supplementaryTwo = UUID.randomUUID();
        List<OfferOrder.FrameworkProvider> framework = List.of(
                new OfferOrder.FrameworkProvider(supplementaryTwo, OfferOrder.Tier.SUPPLEMENTARY, 2),
                new OfferOrder.FrameworkProvider(primeTwo, OfferOrder.Tier.PRIME, 2),
                new OfferOrder.FrameworkProvider(supplementaryOne, OfferOrder.Tier.SUPPLEMENTARY, 1),
                new OfferOrder.FrameworkProvider(primeOne, OfferOrder.Tier.PRIME, 1));
        assertThat(OfferOrder.inOrder(framework)).extracting(OfferOrder.FrameworkProvider::locationId)
                .containsExactly(primeOne, primeTwo, supplementaryOne, supplementaryTwo);
        assertThat(OfferOrder.next(framework, List.of(), List.of()).orElseThrow().locationId()).isEqualTo(primeOne);
        assertThat(OfferOrder.next(framework, List.of(primeOne), List.of()).orElseThrow().locationId()).isEqualTo(primeTwo);
        assertThat(OfferOrder.next(framework, List.of(primeOne), List.of(primeTwo)).orElseThrow().locationId()).isEqualTo(supplementaryOne);
        assertThat(OfferOrder.next(framework, List.of(primeOne, primeTwo, supplementaryOne, supplementaryTwo), List.of())).isEmpty();
    }

    @Test
    void aPersonsSettingFollowsTheSaltHierarchy() {
        assertThat(Setting.of("Long term support: Nursing care", null)).isEqualTo(Setting.NURSING);
        assertThat(Setting.of("Long term support: Community", "Direct payment")).isEqualTo(Setting.COMMUNITY_DIRECT_PAYMENT);
        assertThat(Setting.of("Long term support: Community", "CASSR managed personal budget")).isEqualTo(Setting.COMMUNITY_MANAGED_BUDGET);
        assertThat(Setting.of("Long term support: Community", null)).isEqualTo(Setting.COMMUNITY_NOT_RECORDED);
        assertThat(Setting.NURSING.rank()).isLessThan(Setting.RESIDENTIAL.rank());
        assertThat(Setting.RESIDENTIAL.rank()).isLessThan(Setting.COMMUNITY_DIRECT_PAYMENT.rank());
        assertThat(Setting.COMMUNITY_COMMISSIONED.community()).isTrue();
        assertThat(Setting.PRISON.community()).isFalse();
        assertThatThrownBy(() -> Setting.of("Short term support: ST-Max", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
