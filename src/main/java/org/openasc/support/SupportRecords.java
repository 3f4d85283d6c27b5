package org.openasc.support;

import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.openasc.people.PersonRecords;
import org.openasc.platform.records.RecordsOfOneKind;
import org.openasc.support.domain.ServiceStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;

/** Services as other modules link to them: read by case-working staff (continuity of care) unless the person's record is restricted. */
@Component
class SupportRecords extends RecordsOfOneKind<ServiceStore.Row> {

    private final ServiceStore services;
    private final PersonRecords people;

    SupportRecords(ServiceStore services, PersonRecords people) {
        super("SERVICE", services::find, ServiceStore.Row::personId, people::mayOpen);
        this.services = services;
        this.people = people;
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
