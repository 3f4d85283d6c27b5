package org.openasc.support;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.openasc.people.PersonRecords;
import org.openasc.platform.records.LinkedRecords;
import org.openasc.support.domain.ServiceStore;
import org.openasc.platform.security.WithoutStaffCheck;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;

/** Services as other modules link to them: read by case-working staff (continuity of care) unless the person's record is restricted. */
@Component
class SupportRecords implements LinkedRecords {

    private final ServiceStore services;
    private final PersonRecords people;

    SupportRecords(ServiceStore services, PersonRecords people) {
        this.services = services;
        this.people = people;
    }

    @Override
    @WithoutStaffCheck("names the kinds of record it links, read once when the application starts; no data")
    public Set<String> kinds() {
        return Set.of("SERVICE");
    }

    @Override
    @PreAuthorize(Access.READ_PEOPLE)
    public Optional<UUID> personOf(String kind, UUID id) {
        return services.find(id).map(ServiceStore.Row::personId);
    }

    @Override
    @PreAuthorize(Access.READ_PEOPLE)
    public boolean maySee(String kind, UUID id) {
        return services.find(id).filter(r -> people.mayOpen(r.personId())).isPresent();
    }

    /** Many notes link to services: their people are read in one query and their restrictions in one more. */
    @Override
    @PreAuthorize(Access.READ_PEOPLE)
    public Set<UUID> seen(String kind, java.util.Collection<UUID> ids) {
        java.util.Map<UUID, UUID> personOf = services.peopleOf(ids);
        org.openasc.people.ListedPeople persons = people.forList(personOf.values());
        return personOf.entrySet().stream().filter(e -> !persons.sealed(e.getValue())).map(java.util.Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet());
    }
}
