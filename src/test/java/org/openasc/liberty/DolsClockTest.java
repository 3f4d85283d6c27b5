package org.openasc.liberty;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The DoLS clocks. */
class DolsClockTest {

    @Test
    void aStandardAuthorisationIsDueTwentyOneDaysAfterTheRequest() {
        assertThat(DolsClock.standardDue(LocalDate.of(2026, 11, 2))).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(DolsClock.standardDue(LocalDate.of(2026, 12, 20))).isEqualTo(LocalDate.of(2027, 1, 10));
    }

    @Test
    void anUrgentAuthorisationRunsSevenDaysAndOneExtensionAddsUpToSeven() {
        LocalDate granted = LocalDate.of(2026, 11, 2);
        assertThat(DolsClock.urgentEnds(granted, null)).isEqualTo(LocalDate.of(2026, 11, 8));
        assertThat(DolsClock.urgentEnds(granted, 7)).isEqualTo(LocalDate.of(2026, 11, 15));
        assertThat(DolsClock.urgentEnds(granted, 3)).isEqualTo(LocalDate.of(2026, 11, 11));
    }

    @Test
    void anAuthorisationLastsAtMostTwelveMonthsAndIsRenewedFourWeeksBeforeItEnds() {
        assertThat(DolsClock.latestEnd(LocalDate.of(2026, 3, 1))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(DolsClock.latestEnd(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2025, 2, 27));
        assertThat(DolsClock.renewalRequestBy(LocalDate.of(2027, 2, 28))).isEqualTo(LocalDate.of(2027, 1, 31));
    }
}
