package org.openasc.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as council staff read them: UK order, London time. */
public final class DateDisplay {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK).withZone(LONDON);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }
}
