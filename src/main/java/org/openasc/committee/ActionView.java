package org.openasc.committee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An action from a meeting: who asked what of which officer, by when, and the answer. */
public record ActionView(UUID id, long number, UUID meetingId, String committeeName, Instant meetingStartsAt, Integer itemNumber, String request,
                         String askedBy, String askedByName, String officer, String officerName, LocalDate dueOn, boolean overdue, String response,
                         LocalDate respondedOn, String status, int version) {
}
