package org.openasc.feedback;

import org.springframework.stereotype.Component;

import org.openasc.feedback.domain.FeedbackRetentionQuery;
import org.openasc.platform.records.ModuleRetention;
import org.openasc.platform.security.CurrentStaff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;

/**
 * Feedback's part in retention: complaints about a person or made by them, and feedback items linked to them, count towards
 * their last activity; an open complaint holds the record. Anonymising keeps the coded facts the annual report counts and
 * replaces names and narratives. The retention service checks who may dispose and audits; this answers for feedback's tables
 * only.
 */
@Component
@PreAuthorize(Access.ADMINISTER)
class FeedbackRetention extends ModuleRetention {

    FeedbackRetention(FeedbackRetentionQuery query) {
        super(query::lastActivity, query::holds, person -> query.anonymise(person, CurrentStaff.username()),
                person -> query.delete(person, CurrentStaff.username()));
    }
}
