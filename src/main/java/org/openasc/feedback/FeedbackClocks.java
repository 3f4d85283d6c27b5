package org.openasc.feedback;

import java.time.LocalDate;

import org.openasc.platform.calendar.WorkingDayCalendar;

/**
 * The feedback clocks, in working days after the day of receipt: a complaint is acknowledged within 3 and
 * answered within 15 unless a longer period is agreed (and within the statutory 6 months); an MP or
 * councillor enquiry is answered within 5; an FOI request within 20.
 */
public record FeedbackClocks(WorkingDayCalendar calendar) {

    public static final int ACKNOWLEDGE = 3;
    public static final int RESPOND = 15;
    public static final int MEMBER_ENQUIRY = 5;
    public static final int FOI = 20;

    public LocalDate acknowledgementDue(LocalDate received) {
        return calendar.addWorkingDays(received, ACKNOWLEDGE);
    }

    public LocalDate responseDue(LocalDate received) {
        return calendar.addWorkingDays(received, RESPOND);
    }

    public LocalDate memberEnquiryDue(LocalDate received) {
        return calendar.addWorkingDays(received, MEMBER_ENQUIRY);
    }

    public LocalDate foiDue(LocalDate received) {
        return calendar.addWorkingDays(received, FOI);
    }

    public static LocalDate sixMonthLimit(LocalDate received) {
        return received.plusMonths(6);
    }

    /** Responded on or before the response due date in force: the agreed one if the period was extended. */
    public static boolean withinTimescale(LocalDate respondedOn, LocalDate responseDue, LocalDate agreedResponseDue) {
        return respondedOn != null && !respondedOn.isAfter(agreedResponseDue != null ? agreedResponseDue : responseDue);
    }
}
