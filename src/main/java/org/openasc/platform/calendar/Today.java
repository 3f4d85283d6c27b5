package org.openasc.platform.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** "Today" for the council: the injected clock's date in Europe/London, so statutory clocks turn at UK midnight. */
public final class Today {

    public static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");

    private Today() {
    }

    public static LocalDate on(Clock clock) {
        return LocalDate.now(clock.withZone(COUNCIL_ZONE));
    }

    /** The year the financial year holding {@code day} starts in: it runs from 1 April to 31 March. */
    public static int financialYearOf(LocalDate day) {
        return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
    }

    /** The last financial year to have ended: the one a council reports on. */
    public static int lastEndedFinancialYear(Clock clock) {
        return financialYearOf(on(clock)) - 1;
    }

    /** The council's wall-clock time now, from the injected clock. */
    public static java.time.LocalDateTime now(Clock clock) {
        return java.time.LocalDateTime.now(clock.withZone(COUNCIL_ZONE));
    }
}
