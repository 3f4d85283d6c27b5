package org.openasc.feedback;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.openasc.feedback.domain.ComplaintStore;
import org.openasc.people.PersonRecords;
import org.openasc.platform.records.LinkedRecords;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;
import org.openasc.platform.staff.StaffDirectory;
import org.openasc.platform.security.WithoutStaffCheck;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;

/** Complaints as other modules link to them: seen by customer relations and the team concerned, as opening one is. */
@Component
class FeedbackRecords implements LinkedRecords {

    private final ComplaintStore complaints;
    private final StaffDirectory staff;
    private final PersonRecords people;

    FeedbackRecords(ComplaintStore complaints, StaffDirectory staff, PersonRecords people) {
        this.complaints = complaints;
        this.staff = staff;
        this.people = people;
    }

    @Override
    @WithoutStaffCheck("names the kinds of record it links, read once when the application starts; no data")
    public Set<String> kinds() {
        return Set.of("COMPLAINT");
    }

    @Override
    @PreAuthorize(Access.READ_PEOPLE)
    public Optional<UUID> personOf(String kind, UUID id) {
        return complaints.find(id).map(ComplaintStore.Row::personId);
    }

    @Override
    @PreAuthorize(Access.READ_PEOPLE)
    public boolean maySee(String kind, UUID id) {
        return complaints.find(id).filter(r -> (CurrentStaff.hasRole(Role.CUSTOMER_RELATIONS)
                || (r.teamId() != null && staff.teamIdsOf(CurrentStaff.username()).contains(r.teamId()))) && people.mayOpen(r.personId())).isPresent();
    }
}
