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

    /** The council's wall-clock time now, from the injected clock. */
    public static java.time.LocalDateTime now(Clock clock) {
        return java.time.LocalDateTime.now(clock.withZone(COUNCIL_ZONE));
    }
}
