package org.openasc.committee;

import java.time.Instant;
import java.util.UUID;

/** An item of a committee's work programme, as the workplan table shows it. */
public record WorkProgrammeView(UUID id, UUID committeeId, String title, String purpose, String purposeLabel, String leadOfficer, String requestedBy,
                                UUID meetingId, Instant meetingStartsAt, String status, String deferredReason, int version) {
}
