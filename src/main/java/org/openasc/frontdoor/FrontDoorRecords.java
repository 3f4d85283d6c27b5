package org.openasc.frontdoor;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.openasc.frontdoor.domain.RequestStore;
import org.openasc.people.PersonRecords;
import org.openasc.platform.records.LinkedRecords;
import org.openasc.platform.security.WithoutStaffCheck;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;

/**
 * Requests for support as other modules link to them: seen by the team and worker they are allocated to, as opening one is,
 * and closed once they have their outcome. The assessment module starts assessments from requests through this (ADR 20).
 */
@Component
class FrontDoorRecords implements LinkedRecords {

    private final RequestStore requests;
    private final RequestScope scope;
    private final PersonRecords people;

    FrontDoorRecords(RequestStore requests, RequestScope scope, PersonRecords people) {
        this.requests = requests;
        this.scope = scope;
        this.people = people;
    }

    @Override
    @WithoutStaffCheck("names the kinds of record it links, read once when the application starts; no data")
    public Set<String> kinds() {
        return Set.of("REQUEST");
    }

    @Override
    @PreAuthorize(Access.READ_PEOPLE)
    public Optional<UUID> personOf(String kind, UUID id) {
        return requests.find(id).map(RequestStore.RequestRow::personId);
    }

    @Override
    @PreAuthorize(Access.READ_PEOPLE)
    public boolean maySee(String kind, UUID id) {
        return requests.find(id).filter(r -> scope.covers(r.teamId(), r.worker()) && people.mayOpen(r.personId())).isPresent();
    }

    /** A request closes with its outcome; an assessment is not started from one that has (ADR 20). */
    @Override
    @PreAuthorize(Access.READ_PEOPLE)
    public boolean closed(String kind, UUID id) {
        return requests.find(id).map(r -> r.stage() == Stage.CLOSED).orElse(false);
    }
}
