package org.openasc.support;

import java.time.LocalDate;
import java.util.UUID;

/** A person in long-term support whose planned review is due by the date asked about, or overdue. */
public record ReviewDue(UUID personId, String personName, String councilPersonId, long teamId, String teamName, String worker,
                        LocalDate longTermSupportFrom, LocalDate lastReviewedOn, LocalDate dueOn, boolean overdue, long daysOverdue) {
}
