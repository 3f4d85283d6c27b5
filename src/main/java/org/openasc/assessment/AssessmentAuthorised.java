package org.openasc.assessment;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A manager authorised a completed assessment's eligibility determination (eligible or not) on a day; it carries the
 * assessment's dates too, so a reader that missed the completion still has them.
 */
public record AssessmentAuthorised(UUID assessmentId, long assessmentNumber, UUID personId, UUID requestId, String assessmentType,
                                   LocalDate startedOn, LocalDate completedOn, boolean eligible, LocalDate authorisedOn,
                                   String authorisedBy) {
}
