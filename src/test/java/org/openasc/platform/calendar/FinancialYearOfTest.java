package org.openasc.platform.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A financial year runs from 1 April to 31 March, named by the year it starts; the one reported on is the last to have ended. */
class FinancialYearOfTest {

    @Test
    void aDayFallsInTheYearThatStartedOnTheAprilBeforeIt() {
        assertThat(Today.financialYearOf(LocalDate.of(2025, 3, 31))).isEqualTo(2024);
        assertThat(Today.financialYearOf(LocalDate.of(2025, 4, 1))).isEqualTo(2025);
        assertThat(Today.financialYearOf(LocalDate.of(2025, 12, 31))).isEqualTo(2025);
    }

    @Test
    void theYearReportedOnIsTheLastToHaveEndedAtUkMidnight() {
        // 23:30 UTC on 31 March 2025 is already 1 April in London (BST), so 2024-25 has ended.
        assertThat(Today.lastEndedFinancialYear(Clock.fixed(Instant.parse("2025-03-31T23:30:00Z"), Today.COUNCIL_ZONE))).isEqualTo(2024);
        assertThat(Today.lastEndedFinancialYear(Clock.fixed(Instant.parse("2025-03-31T22:30:00Z"), Today.COUNCIL_ZONE))).isEqualTo(2023);
    }
}
