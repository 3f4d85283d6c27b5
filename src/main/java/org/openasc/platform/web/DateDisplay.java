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
    private static final DateTimeFormatter MEETING = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK).withZone(LONDON);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK).withZone(LONDON);
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK).withZone(LONDON);

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    /** A meeting's time as papers give it: "Tuesday 10 November 2026 at 18:00". */
    public String meeting(Instant instant) {
        return instant == null ? "" : MEETING.format(instant);
    }

    /** The UK day of an instant: "10 November 2026". */
    public String dayOf(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(LONDON).toLocalDate());
    }

    /** An event's UK day and time to the minute, as a chronology gives it: "10 November 2026, 14:30". */
    public String at(Instant instant) {
        return instant == null ? "" : AT.format(instant);
    }

    /** The UK time of an instant to the minute, for something read today: "14:30". */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }
}
