package org.openasc.platform.work;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.openasc.platform.web.DateDisplay;

/**
 * One thing to do, with its clock.
 *
 * @param title   what it is, naming the record as its list page does ("Request 1042: Ada Lovelace")
 * @param href    the record's page
 * @param dueOn   when it is due, or null when it has no due date
 * @param clock   the clock in words ("Screening due today", "Review 3 days overdue", "Review due 12 December 2026")
 * @param overdue whether it is past its due date
 */
public record WorkItem(String title, String href, LocalDate dueOn, String clock, boolean overdue) {

    private static final DateDisplay DATES = new DateDisplay();

    /** Work due on a day, its clock phrased the one way every list phrases it: "{what} due today", "{what} 3 days overdue". */
    public static WorkItem due(String title, String href, String what, LocalDate dueOn, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, dueOn);
        String clock = days == 0 ? what + " due today" : days == 1 ? what + " due tomorrow"
                : days > 0 ? what + " due " + DATES.day(dueOn) : what + " " + -days + (days == -1 ? " day" : " days") + " overdue";
        return new WorkItem(title, href, dueOn, clock, days < 0);
    }

    /** Work without a due date, its clock how long it has waited: "{what} 12 days ago". */
    public static WorkItem waiting(String title, String href, String what, LocalDate since, LocalDate today) {
        long days = ChronoUnit.DAYS.between(since, today);
        return new WorkItem(title, href, null, what + (days == 0 ? " today" : days == 1 ? " yesterday" : " " + days + " days ago"), false);
    }
}
