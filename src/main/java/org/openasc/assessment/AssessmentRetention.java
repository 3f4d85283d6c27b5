package org.openasc.assessment;

import org.springframework.stereotype.Component;

import org.openasc.assessment.domain.AssessmentRetentionQuery;
import org.openasc.platform.records.ModuleRetention;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;

/**
 * Assessments' part of retention: the last day an assessment of the person started, was completed or authorised counts;
 * one still in progress means the record is in use (ongoing). Nothing in an assessment holds the record.
 */
@Component
@PreAuthorize(Access.ADMINISTER)
class AssessmentRetention extends ModuleRetention {

    AssessmentRetention(AssessmentRetentionQuery query) {
        super(query::lastActivity, NO_HOLDS, query::anonymise, query::delete);
    }
}
