package org.openasc.frontdoor;

import org.springframework.stereotype.Component;

import org.openasc.frontdoor.domain.FrontDoorRetentionQuery;
import org.openasc.platform.records.ModuleRetention;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;

/**
 * The front door's part of retention: the last contact about a person or the last day a request of theirs was received or
 * closed counts; a request still open means the record is in use (ongoing), not held. Nothing else holds it.
 */
@Component
@PreAuthorize(Access.ADMINISTER)
class FrontDoorRetention extends ModuleRetention {

    FrontDoorRetention(FrontDoorRetentionQuery query) {
        super(query::lastActivity, NO_HOLDS, query::anonymise, query::delete);
    }
}
