package org.openasc.liberty;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.openasc.liberty.domain.ApplicationStore;
import org.openasc.people.PersonRecords;
import org.openasc.platform.records.LinkedRecords;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;
import org.openasc.platform.security.WithoutStaffCheck;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;

/** DoLS applications as other modules link to them: seen by the DoLS team, as opening one is, unless the person's record is restricted. */
@Component
class LibertyRecords implements LinkedRecords {

    private final ApplicationStore applications;
    private final PersonRecords people;

    LibertyRecords(ApplicationStore applications, PersonRecords people) {
        this.applications = applications;
        this.people = people;
    }

    @Override
    @WithoutStaffCheck("names the kinds of record it links, read once when the application starts; no data")
    public Set<String> kinds() {
        return Set.of("DOLS_APPLICATION");
    }

    @Override
    @PreAuthorize(Access.READ_PEOPLE)
    public Optional<UUID> personOf(String kind, UUID id) {
        return applications.find(id).map(ApplicationStore.Row::personId);
    }

    @Override
    @PreAuthorize(Access.READ_PEOPLE)
    public boolean maySee(String kind, UUID id) {
        return CurrentStaff.hasRole(Role.DOLS) && applications.find(id).filter(r -> people.mayOpen(r.personId())).isPresent();
    }
}
