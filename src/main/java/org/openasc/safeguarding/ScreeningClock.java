package org.openasc.safeguarding;

import java.time.LocalDate;

import org.openasc.platform.calendar.WorkingDayCalendar;

/** A concern's screening decision is due on the third working day after the day it was received. */
public record ScreeningClock(WorkingDayCalendar calendar) {

    public static final int WORKING_DAYS = 3;

    public LocalDate dueOn(LocalDate receivedOn) {
        return calendar.addWorkingDays(receivedOn, WORKING_DAYS);
    }
}
