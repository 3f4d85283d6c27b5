package org.openasc.frontdoor;

import java.time.LocalDate;
import java.util.Map;

/** Counts of the people waiting on a date: by stage and priority, by wait band, and overdue check-ins. */
public record WaitingSummary(LocalDate asOf, long total, Map<Stage, Map<String, Long>> byStageAndPriority,
                             Map<Stage, Long> byStage, Map<String, Long> byPriority, Map<WaitBand, Long> byBand,
                             long checkInsOverdue) {

    /** The column used for requests not yet prioritised. */
    public static final String NOT_PRIORITISED = "NOT_PRIORITISED";
}
