package org.openasc.casework;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A case note as its reader sees it, with its links and any addenda that correct it. */
public record CaseNoteView(UUID id, long number, UUID personId, Instant occurredAt, String type, String typeLabel, String present, String text,
                           boolean significant, String significantCategory, List<CaseNoteCommands.LinkRef> links, String status,
                           Instant finalisedAt, String finalisedBy, List<Addendum> addenda, int version, Instant createdAt, String createdBy) {

    public record Addendum(String text, String reason, Instant createdAt, String createdBy) {
    }
}
