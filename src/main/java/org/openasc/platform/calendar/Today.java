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
}
