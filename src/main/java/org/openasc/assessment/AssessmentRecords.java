package org.openasc.assessment;

import org.springframework.stereotype.Component;

import org.openasc.assessment.domain.AssessmentStore;
import org.openasc.people.PersonRecords;
import org.openasc.platform.records.RecordsOfOneKind;

/** Assessments as other modules link to them: seen by case-working staff unless the person's record is restricted. */
@Component
class AssessmentRecords extends RecordsOfOneKind<AssessmentStore.Row> {

    AssessmentRecords(AssessmentStore store, PersonRecords people) {
        super("ASSESSMENT", store::find, AssessmentStore.Row::personId, people::mayOpen);
    }
}
