package org.openasc.support;

import java.time.LocalDate;

/**
 * When a planned review is due: a set number of months (12 unless the council configures otherwise)
 * after long-term support starts, and after each review since. A review before the support began
 * does not count.
 */
public record ReviewSchedule(int months) {

    public ReviewSchedule {
        if (months < 1 || months > 36) {
            throw new IllegalArgumentException("A review interval is from 1 to 36 months");
        }
    }

    public LocalDate dueOn(LocalDate longTermSupportFrom, LocalDate lastReview) {
        LocalDate from = lastReview == null || lastReview.isBefore(longTermSupportFrom) ? longTermSupportFrom : lastReview;
        return from.plusMonths(months);
    }

    /** Overdue the day after it was due; due today is not overdue. */
    public static boolean overdue(LocalDate dueOn, LocalDate asOf) {
        return dueOn.isBefore(asOf);
    }
}
