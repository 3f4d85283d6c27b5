package org.openasc.assessment;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An assessment was completed: its dates, the CLD "eligible needs identified" (Yes or No, for needs and carer's
 * assessments only) and what followed it, if recorded. {@code requestId} is the request it was for, if any.
 */
public record AssessmentCompleted(UUID assessmentId, long assessmentNumber, UUID personId, UUID requestId, String assessmentType,
                                  LocalDate startedOn, LocalDate completedOn, String eligibleNeedsIdentified, String outcome,
                                  String recordedBy) {
}
