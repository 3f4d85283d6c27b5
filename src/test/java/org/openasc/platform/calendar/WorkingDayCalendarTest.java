package org.openasc.platform.calendar;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDayCalendarTest {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    @Test
    void concernReceivedOnFridayIsScreenedByWednesday() {
        assertThat(CALENDAR.addWorkingDays(of(2026, 11, 20), 3)).isEqualTo(of(2026, 11, 25));
    }

    @Test
    void threeWorkingDaysFromChristmasEve2026SkipChristmasAndTheBoxingDaySubstitute() {
        assertThat(CALENDAR.addWorkingDays(of(2026, 12, 24), 3)).isEqualTo(of(2026, 12, 31));
    }

    @Test
    void easterWeekendAndItsMondayAreNotWorkingDays() {
        assertThat(CALENDAR.addWorkingDays(of(2025, 4, 17), 1)).isEqualTo(of(2025, 4, 22));
        assertThat(CALENDAR.bankHoliday(of(2024, 3, 29))).hasValueSatisfying(h -> assertThat(h.name()).isEqualTo("Good Friday"));
        assertThat(CALENDAR.isWorkingDay(of(2030, 4, 22))).isFalse();
    }

    @Test
    void substituteDaysForAWeekendChristmasAreNotWorkingDays() {
        assertThat(CALENDAR.isWorkingDay(of(2021, 12, 27))).isFalse();
        assertThat(CALENDAR.isWorkingDay(of(2021, 12, 28))).isFalse();
        assertThat(CALENDAR.isWorkingDay(of(2021, 12, 29))).isTrue();
        assertThat(CALENDAR.isWorkingDay(of(2022, 1, 3))).isFalse();
        assertThat(CALENDAR.bankHoliday(of(2027, 12, 28))).hasValueSatisfying(h -> assertThat(h.name()).contains("substitute"));
    }

    @Test
    void oneOffHolidaysAreKept() {
        assertThat(CALENDAR.isWorkingDay(of(2022, 9, 19))).isFalse();
        assertThat(CALENDAR.isWorkingDay(of(2023, 5, 8))).isFalse();
    }

    @Test
    void movedHolidaysFallOnTheirMovedDays() {
        assertThat(CALENDAR.isWorkingDay(of(2020, 5, 4))).isTrue();
        assertThat(CALENDAR.isWorkingDay(of(2020, 5, 8))).isFalse();
        assertThat(CALENDAR.isWorkingDay(of(2022, 5, 30))).isTrue();
        assertThat(CALENDAR.isWorkingDay(of(2022, 6, 2))).isFalse();
        assertThat(CALENDAR.isWorkingDay(of(2022, 6, 3))).isFalse();
    }

    @Test
    void aComplaintReceivedBeforeChristmasGetsItsFifteenWorkingDayResponseDateInJanuary() {
        // Received Thursday 17 Dec 2026: 18, 21, 22, 23, 24, 29, 30, 31 Dec, 4, 5, 6, 7, 8, 11, 12 Jan.
        assertThat(CALENDAR.addWorkingDays(of(2026, 12, 17), 15)).isEqualTo(of(2027, 1, 12));
    }

    @Test
    void eachYearHasItsBankHolidays() {
        for (int year = 2015; year <= 2030; year++) {
            int expected = year == 2022 ? 10 : year == 2023 ? 9 : 8;
            assertThat(CALENDAR.bankHolidays(year)).as("bank holidays in " + year).hasSize(expected);
        }
    }

    @Test
    void zeroDaysIsTheSameDayAndNegativeDaysAreRefused() {
        assertThat(CALENDAR.addWorkingDays(of(2026, 12, 25), 0)).isEqualTo(of(2026, 12, 25));
        assertThatThrownBy(() -> CALENDAR.addWorkingDays(of(2026, 1, 5), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countingBeyondTheYearsCoveredIsRefusedRatherThanGuessed() {
        assertThat(CALENDAR.coveredFrom()).isEqualTo(of(2010, 1, 1));
        assertThat(CALENDAR.coveredTo()).as("the published list, then the standing rules").isEqualTo(of(2100, 12, 31));
        assertThat(CALENDAR.addWorkingDays(of(2030, 12, 30), 5)).as("31 Dec, then 1 Jan 2031 off, then 2, 3, 6, 7 Jan").isEqualTo(of(2031, 1, 7));
        assertThatThrownBy(() -> CALENDAR.addWorkingDays(of(2100, 12, 30), 5)).hasMessageContaining("2101");
        assertThatThrownBy(() -> CALENDAR.isWorkingDay(of(2009, 6, 2))).isInstanceOf(IllegalArgumentException.class);
        assertThat(CALENDAR.isWorkingDay(of(2012, 6, 5))).as("the Diamond Jubilee").isFalse();
    }

    @Test
    void workingDaysBetweenCountsFromTheDayAfter() {
        assertThat(CALENDAR.workingDaysBetween(of(2026, 11, 20), of(2026, 11, 25))).isEqualTo(3);
        assertThat(CALENDAR.workingDaysBetween(of(2026, 11, 25), of(2026, 11, 20))).isZero();
    }

    @Test
    void aClockIsDueDueSoonDueTodayOverdueMetOrLate() {
        LocalDate due = of(2026, 11, 25);
        assertThat(ClockStatus.of(due, of(2026, 11, 16), null, 2, CALENDAR)).isEqualTo(ClockStatus.DUE);
        assertThat(ClockStatus.of(due, of(2026, 11, 23), null, 2, CALENDAR)).isEqualTo(ClockStatus.DUE_SOON);
        assertThat(ClockStatus.of(due, due, null, 2, CALENDAR)).isEqualTo(ClockStatus.DUE_TODAY);
        assertThat(ClockStatus.of(due, of(2026, 11, 26), null, 2, CALENDAR)).isEqualTo(ClockStatus.OVERDUE);
        assertThat(ClockStatus.of(due, of(2026, 11, 30), of(2026, 11, 25), 2, CALENDAR)).isEqualTo(ClockStatus.MET);
        assertThat(ClockStatus.of(due, of(2026, 11, 30), of(2026, 11, 26), 2, CALENDAR)).isEqualTo(ClockStatus.LATE);
        assertThat(List.of(ClockStatus.values())).extracting(ClockStatus::label).contains("Due soon", "Overdue");
    }
}
