package org.openasc.frontdoor;

import java.util.UUID;

import org.springframework.stereotype.Component;

import org.openasc.frontdoor.domain.RequestStore;
import org.openasc.people.PersonRecords;
import org.openasc.platform.records.RecordsOfOneKind;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;

/**
 * Requests for support as other modules link to them: seen by the team and worker they are allocated to, as opening one is,
 * and closed once they have their outcome. The assessment module starts assessments from requests through this (ADR 20).
 */
@Component
class FrontDoorRecords extends RecordsOfOneKind<RequestStore.RequestRow> {

    FrontDoorRecords(RequestStore requests, RequestScope scope, PersonRecords people) {
        super("REQUEST", requests::find, RequestStore.RequestRow::personId, r -> scope.covers(r.teamId(), r.worker()), people::mayOpen);
    }

    /** A request closes with its outcome; an assessment is not started from one that has (ADR 20). */
    @Override
    @PreAuthorize(Access.READ_PEOPLE)
    public boolean closed(String kind, UUID id) {
        return find(id).map(r -> r.stage() == Stage.CLOSED).orElse(false);
    }
}
