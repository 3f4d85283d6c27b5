package org.openasc.platform.calendar;

import java.time.LocalDate;

/** A day off in England and Wales, including substitute days and one-off holidays. */
public record BankHoliday(LocalDate date, String name) {
}
