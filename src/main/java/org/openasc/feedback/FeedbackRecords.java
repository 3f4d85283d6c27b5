package org.openasc.feedback;

import org.springframework.stereotype.Component;

import org.openasc.feedback.domain.ComplaintStore;
import org.openasc.people.PersonRecords;
import org.openasc.platform.records.RecordsOfOneKind;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;
import org.openasc.platform.staff.StaffDirectory;

/** Complaints as other modules link to them: seen by customer relations and the team concerned, as opening one is. */
@Component
class FeedbackRecords extends RecordsOfOneKind<ComplaintStore.Row> {

    FeedbackRecords(ComplaintStore complaints, StaffDirectory staff, PersonRecords people) {
        super("COMPLAINT", complaints::find, ComplaintStore.Row::personId, r -> CurrentStaff.hasRole(Role.CUSTOMER_RELATIONS)
                || (r.teamId() != null && staff.teamIdsOf(CurrentStaff.username()).contains(r.teamId())), people::mayOpen);
    }
}
