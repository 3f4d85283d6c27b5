package org.openasc.assessment;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An assessment has started, for a request for support when {@code requestId} is given (the front door moves the
 * request on). {@code recordedBy} is the member of staff who started it.
 */
public record AssessmentStarted(UUID assessmentId, long assessmentNumber, UUID personId, UUID requestId, String assessmentType,
                                LocalDate startedOn, String recordedBy) {
}
