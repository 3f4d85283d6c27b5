package org.openasc.frontdoor;

import java.time.Instant;
import java.util.UUID;

/**
 * A front-door contact was recorded with the outcome "Safeguarding concern" about a person on the record. The
 * concern's screening clock runs from {@code receivedAt}, when the contact came in; {@code source} is the contact's
 * (from the contact-source list) and {@code reason} why they got in touch.
 */
public record SafeguardingContactRecorded(UUID contactId, long contactNumber, UUID personId, Instant receivedAt, String channel,
                                          String source, String reason, String recordedBy) {
}
