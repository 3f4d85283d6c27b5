package org.openasc.platform.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.openasc.platform.web.InvalidInput;

/**
 * A date and time sent to OpenASC: with an offset ("2026-05-22T23:30:00Z") it is that moment; without
 * one ("2026-05-22T18:30") it is UK local time. Either way it is kept as an instant, so a moment late in
 * the evening in UTC lands on the right UK day.
 */
public final class CouncilTime {

    private CouncilTime() {
    }

    public static Instant parse(String text, String field, String what) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(field, "Enter " + what);
        }
        String value = text.strip();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(value).atZone(Today.COUNCIL_ZONE).toInstant();
            } catch (DateTimeParseException e) {
                throw new InvalidInput(field, "Enter " + what + " as a date and time, like 2026-07-10T18:00 (UK time)");
            }
        }
    }
}
