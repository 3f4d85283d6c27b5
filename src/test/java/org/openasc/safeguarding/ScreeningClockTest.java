package org.openasc.safeguarding;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.openasc.platform.calendar.WorkingDayCalendar;

import static org.assertj.core.api.Assertions.assertThat;

/** The screening decision is due on the third working day after the day a concern is received. */
class ScreeningClockTest {

    private final ScreeningClock clock = new ScreeningClock(WorkingDayCalendar.englandAndWales());

    @ParameterizedTest(name = "received {0}, due {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-23 | 2026-11-26 | a concern received on a Monday is due on Thursday
            2026-11-27 | 2026-12-02 | one received on a Friday is due on Wednesday, across the weekend
            2026-11-28 | 2026-12-02 | one received on a Saturday counts from Monday
            2026-11-29 | 2026-12-02 | one received on a Sunday counts from Monday
            2026-12-24 | 2026-12-31 | Christmas Day (Friday) and the Boxing Day substitute (Monday 28 December) are not working days
            2026-04-02 | 2026-04-09 | Easter takes Good Friday (3 April) and Easter Monday (6 April) out
            """)
    void aConcernIsDueOnTheThirdWorkingDayAfterItIsReceived(LocalDate received, LocalDate due, String why) {
        assertThat(clock.dueOn(received)).as(why).isEqualTo(due);
    }
}
