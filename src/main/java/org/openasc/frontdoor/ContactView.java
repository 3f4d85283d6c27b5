package org.openasc.frontdoor;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import org.openasc.people.PersonSummary;

/** A logged contact, with the layer of need its outcome represents (null for a safeguarding concern). */
public record ContactView(UUID id, long contactNumber, LocalDateTime receivedAt, String channel, String source,
                          String contactName, String contactPhone, UUID personId, PersonSummary person, String unknownPerson,
                          String reason, String outcome, String signpostedTo, String passedTo, UUID requestId, Long requestNumber,
                          String layer, Instant createdAt, String createdBy) {
}
