package org.openasc.frontdoor.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.openasc.frontdoor.Priority;
import org.openasc.frontdoor.Stage;
import org.openasc.frontdoor.WaitBand;
import org.openasc.frontdoor.WaitingListFilter;
import org.openasc.platform.web.FieldChecks;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.InvalidInput;

/** Reads waiting-list filters from query parameters, naming any value that is not recognised. */
final class WaitingListParameters {

    private WaitingListParameters() {
    }

    static WaitingListFilter filter(LocalDate asOf, Long team, String stage, String priority, String band, String worker,
                                    Boolean overdue, Boolean unallocated) {
        List<FieldProblem> problems = new ArrayList<>();
        Stage s = parse(Stage.class, stage, "stage", "a stage: AWAITING_TRIAGE, AWAITING_ALLOCATION, AWAITING_ASSESSMENT or ASSESSMENT_IN_PROGRESS", problems);
        if (s == Stage.CLOSED) {
            problems.add(new FieldProblem("stage", "Closed requests are not waiting: choose a waiting stage"));
        }
        Priority p = priority == null || priority.isBlank() ? null : Priority.parse(priority);
        if (priority != null && !priority.isBlank() && p == null) {
            problems.add(new FieldProblem("priority", "Use a priority: URGENT, HIGH, MEDIUM or LOW"));
        }
        WaitBand b = parse(WaitBand.class, band, "band", "a band: UP_TO_4_WEEKS, FROM_4_TO_12_WEEKS, FROM_12_TO_26_WEEKS or OVER_26_WEEKS", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new WaitingListFilter(asOf, team, s, p, b, FieldChecks.trimmed(worker) == null ? null : worker.strip().toLowerCase(),
                Boolean.TRUE.equals(overdue), Boolean.TRUE.equals(unallocated));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String what, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "Use " + what));
            return null;
        }
    }
}
