package org.openasc.frontdoor.domain;

import java.time.LocalDate;
import java.util.Map;

import org.openasc.frontdoor.Priority;
import org.openasc.frontdoor.Stage;

/**
 * Waiting well: a person waiting with a priority is contacted at the interval set for that
 * priority, counted from the later of their last check-in and the day the priority was set (a
 * re-prioritisation restarts the clock at the new interval). Unprioritised requests await triage
 * and have no check-in due yet; once the assessment is in progress the worker is in touch and
 * check-ins stop.
 */
public record CheckInSchedule(Map<Priority, Integer> intervalDays) {

    public LocalDate nextDue(Stage stage, Priority priority, LocalDate prioritySetOn, LocalDate lastCheckIn) {
        if (priority == null || prioritySetOn == null || stage == Stage.ASSESSMENT_IN_PROGRESS || stage == Stage.CLOSED) {
            return null;
        }
        LocalDate from = lastCheckIn != null && lastCheckIn.isAfter(prioritySetOn) ? lastCheckIn : prioritySetOn;
        return from.plusDays(intervalDays.get(priority));
    }

    /** Overdue once the due day has passed; a check-in due today is due, not overdue. */
    public static boolean overdue(LocalDate due, LocalDate asOf) {
        return due != null && due.isBefore(asOf);
    }
}
