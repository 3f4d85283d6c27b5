package org.openasc.casework;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.openasc.casework.domain.CaseworkRetentionQuery;
import org.openasc.platform.documents.ContentHash;
import org.openasc.platform.records.RetentionSource;
import org.openasc.platform.security.CurrentStaff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;

/**
 * Casework's part in retention: case notes (when the contact happened, when finalised), addenda, documents and subject access
 * requests count towards a person's last activity; an open subject access request holds the record. Anonymising keeps each
 * note, addendum, document and request with its dates and codes and replaces what it says: a document's file, which cannot be
 * anonymised, becomes a one-line text placeholder (its details must describe a file of at least one byte), so a document
 * list still shows what kinds of document there were and when. Final notes change only in the retention service's disposal
 * transaction ({@code openasc.disposal}). The service checks who may dispose and audits; this answers for casework's tables only.
 */
@Component
@PreAuthorize(Access.ADMINISTER)
class CaseworkRetention implements RetentionSource {

    private static final byte[] PLACEHOLDER = "Anonymised".getBytes(StandardCharsets.UTF_8);
    private static final String PLACEHOLDER_HASH = ContentHash.sha256(PLACEHOLDER);

    private final CaseworkRetentionQuery query;

    CaseworkRetention(CaseworkRetentionQuery query) {
        this.query = query;
    }

    @Override
    public Map<UUID, LocalDate> lastActivity() {
        return query.lastActivity();
    }

    @Override
    public Optional<String> hold(UUID personId) {
        List<String> holds = query.holds(personId);
        return holds.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", holds));
    }

    @Override
    public void anonymise(UUID personId) {
        query.anonymise(personId, CurrentStaff.username(), PLACEHOLDER, "anonymised.txt", FileType.TEXT.mediaType(), PLACEHOLDER_HASH);
    }

    @Override
    public void delete(UUID personId) {
        query.delete(personId);
    }
}
