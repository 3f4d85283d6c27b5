package org.openasc.testing;

import java.time.Clock;
import java.time.LocalDate;

import org.openasc.platform.calendar.Today;

/**
 * "Today" for tests, read when it is used, as the application reads it (the system clock in UK time), not
 * once when a class loads: a class loaded before midnight and run after it would otherwise disagree with
 * the server by a day.
 */
public final class TestDates {

    private TestDates() {
    }

    public static LocalDate today() {
        return Today.on(Clock.systemUTC());
    }
}
