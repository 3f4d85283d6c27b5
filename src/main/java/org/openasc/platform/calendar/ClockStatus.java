package org.openasc.platform.calendar;

import java.time.LocalDate;

/** Where a statutory or local clock stands: shown on every list of work with a due date. */
public enum ClockStatus {
    DUE("Due", "govuk-tag--blue"),
    DUE_SOON("Due soon", "govuk-tag--yellow"),
    DUE_TODAY("Due today", "govuk-tag--orange"),
    OVERDUE("Overdue", "govuk-tag--red"),
    MET("Met", "govuk-tag--green"),
    LATE("Late", "govuk-tag--red");

    private final String label;
    private final String tagClass;

    ClockStatus(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    public String label() {
        return label;
    }

    public String tagClass() {
        return tagClass;
    }

    /** The status of work due on {@code dueDate}, done on {@code completedOn} (null if not yet done). */
    public static ClockStatus of(LocalDate dueDate, LocalDate today, LocalDate completedOn, int dueSoonWorkingDays, WorkingDayCalendar calendar) {
        if (completedOn != null) {
            return completedOn.isAfter(dueDate) ? LATE : MET;
        }
        if (today.isAfter(dueDate)) {
            return OVERDUE;
        }
        if (today.isEqual(dueDate)) {
            return DUE_TODAY;
        }
        return calendar.workingDaysBetween(today, dueDate) <= dueSoonWorkingDays ? DUE_SOON : DUE;
    }
}
