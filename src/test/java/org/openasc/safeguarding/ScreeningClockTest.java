package org.openasc.safeguarding;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.openasc.platform.calendar.WorkingDayCalendar;

import static org.assertj.core.api.Assertions.assertThat;

/** The screening decision is due on the third working day after the day a concern is received. */
class ScreeningClockTest {

    private final ScreeningClock clock = new ScreeningClock(WorkingDayCalendar.englandAndWales());

    @Test
    void aConcernReceivedOnAMondayIsDueOnThursday() {
        assertThat(clock.dueOn(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void aConcernReceivedOnAFridayIsDueOnWednesdayAcrossTheWeekend() {
        assertThat(clock.dueOn(LocalDate.of(2026, 11, 27))).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void aConcernReceivedAtTheWeekendCountsFromMonday() {
        assertThat(clock.dueOn(LocalDate.of(2026, 11, 28))).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(clock.dueOn(LocalDate.of(2026, 11, 29))).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void christmasAndTheBoxingDaySubstituteAreNotWorkingDays() {
        // 2026: Christmas Day is a Friday, Boxing Day a Saturday with Monday 28 December as the substitute holiday.
        assertThat(clock.dueOn(LocalDate.of(2026, 12, 24))).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void easterTakesFridayAndMondayOut() {
        // 2026: Good Friday 3 April, Easter Monday 6 April.
        assertThat(clock.dueOn(LocalDate.of(2026, 4, 2))).isEqualTo(LocalDate.of(2026, 4, 9));
    }
}
