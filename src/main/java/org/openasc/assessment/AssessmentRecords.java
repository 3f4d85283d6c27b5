package org.openasc.assessment;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.openasc.assessment.domain.AssessmentStore;
import org.openasc.people.PersonRecords;
import org.openasc.platform.records.LinkedRecords;
import org.openasc.platform.security.WithoutStaffCheck;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;

/** Assessments as other modules link to them: seen by case-working staff unless the person's record is restricted. */
@Component
class AssessmentRecords implements LinkedRecords {

    private final AssessmentStore store;
    private final PersonRecords people;

    AssessmentRecords(AssessmentStore store, PersonRecords people) {
        this.store = store;
        this.people = people;
    }

    @Override
    @WithoutStaffCheck("names the kinds of record it links, read once when the application starts; no data")
    public Set<String> kinds() {
        return Set.of("ASSESSMENT");
    }

    @Override
    @PreAuthorize(Access.READ_PEOPLE)
    public Optional<UUID> personOf(String kind, UUID id) {
        return store.find(id).map(AssessmentStore.Row::personId);
    }

    @Override
    @PreAuthorize(Access.READ_PEOPLE)
    public boolean maySee(String kind, UUID id) {
        return store.find(id).filter(r -> people.mayOpen(r.personId())).isPresent();
    }
}
