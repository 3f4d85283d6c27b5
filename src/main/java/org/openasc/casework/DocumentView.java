package org.openasc.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A document's details as listed on the person's record; the file itself is fetched on its own. */
public record DocumentView(UUID id, long number, UUID personId, String title, String kind, String kindLabel, LocalDate datedOn, String fileName,
                           String mediaType, int sizeBytes, String sha256, Instant createdAt, String createdBy) {

    /** The file to download, with the type it was checked to be. */
    public record File(String fileName, String mediaType, byte[] content) {
    }
}
