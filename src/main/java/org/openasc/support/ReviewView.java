package org.openasc.support;

import java.time.LocalDate;
import java.util.UUID;

/** A review as recorded. */
public record ReviewView(UUID id, UUID personId, String personName, String reason, String method, LocalDate reviewedOn,
                         String outcomesAchieved, String whatChanged, String worker, String recordedBy) {
}
