package org.openasc.support;

import java.time.LocalDate;
import java.util.UUID;

/** A service ended on its last day with a CLD outcome ("NFA: Deceased" when it ended because the person died). */
public record ServiceEnded(UUID serviceId, long serviceNumber, UUID personId, LocalDate endDate, String outcome, String recordedBy) {
}
