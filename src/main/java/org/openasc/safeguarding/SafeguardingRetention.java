package org.openasc.safeguarding;

import org.springframework.stereotype.Component;

import org.openasc.platform.records.ModuleRetention;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.safeguarding.domain.SafeguardingRetentionQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;

/**
 * Safeguarding's part in retention: concerns, enquiries and Safeguarding Adults Reviews count towards a person's last
 * activity; an open enquiry, an unscreened concern or an unfinished review holds the record. Anonymising keeps the coded facts
 * the returns and the Board's figures count (dates, decisions, conclusions, allegations, teams, providers) and replaces the
 * narratives. The retention service checks who may dispose and audits; this answers for safeguarding's tables only.
 */
@Component
@PreAuthorize(Access.ADMINISTER)
class SafeguardingRetention extends ModuleRetention {

    SafeguardingRetention(SafeguardingRetentionQuery query) {
        super(query::lastActivity, query::holds, person -> query.anonymise(person, CurrentStaff.username()), query::delete);
    }
}
