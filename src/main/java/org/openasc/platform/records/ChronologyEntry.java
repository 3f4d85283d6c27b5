package org.openasc.platform.records;

import java.time.Instant;

/**
 * One event in a person's chronology.
 *
 * @param at          when it happened; for an event known only by its day, the start of that UK day and {@code timed} false
 * @param type        the entry type code, one of its source's {@link ChronologySource#types()}
 * @param title       what happened, in a few words ("Section 42 enquiry concluded: substantiated")
 * @param summary     a line or two of detail, or null; never more than 300 characters
 * @param module      the module that holds the record ("safeguarding")
 * @param link        the page of the record within OpenASC ("/safeguarding/enquiries/{id}")
 * @param significant a significant event (a safeguarding concern, a death, a hospital admission, a note so flagged)
 */
public record ChronologyEntry(Instant at, boolean timed, String type, String title, String summary, String module, String link,
                              boolean significant) {

    private static final int SUMMARY = 300;

    public ChronologyEntry {
        if (summary != null && summary.length() > SUMMARY) {
            summary = summary.substring(0, SUMMARY - 1).strip() + "…";
        }
    }

    /** An event known only by its UK day. */
    public static ChronologyEntry onDay(java.time.LocalDate day, String type, String title, String summary, String module, String link,
                                        boolean significant) {
        return new ChronologyEntry(day.atStartOfDay(org.openasc.platform.calendar.Today.COUNCIL_ZONE).toInstant(), false, type, title, summary,
                module, link, significant);
    }
}
