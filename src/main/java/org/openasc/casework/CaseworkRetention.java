package org.openasc.casework;

import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;

import org.openasc.casework.domain.CaseworkRetentionQuery;
import org.openasc.platform.documents.ContentHash;
import org.openasc.platform.records.ModuleRetention;
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
class CaseworkRetention extends ModuleRetention {

    private static final byte[] PLACEHOLDER = "Anonymised".getBytes(StandardCharsets.UTF_8);
    private static final String PLACEHOLDER_HASH = ContentHash.sha256(PLACEHOLDER);

    CaseworkRetention(CaseworkRetentionQuery query) {
        super(query::lastActivity, query::holds, person -> query.anonymise(person, CurrentStaff.username(), PLACEHOLDER,
                "anonymised.txt", FileType.TEXT.mediaType(), PLACEHOLDER_HASH), query::delete);
    }
}
