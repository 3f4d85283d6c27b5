package org.openasc.safeguarding;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.openasc.people.PersonRecords;
import org.openasc.platform.records.LinkedRecords;
import org.openasc.safeguarding.domain.ConcernStore;
import org.openasc.safeguarding.domain.EnquiryStore;
import org.openasc.platform.security.WithoutStaffCheck;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;

/**
 * Concerns and enquiries as other modules link to them: seen by the Safeguarding Adults Team, whoever raised
 * the concern and the team an enquiry went to, and only by those named on a restricted person's record.
 */
@Component
class SafeguardingRecords implements LinkedRecords {

    private final ConcernStore concerns;
    private final EnquiryStore enquiries;
    private final SafeguardingScope scope;
    private final PersonRecords people;

    SafeguardingRecords(ConcernStore concerns, EnquiryStore enquiries, SafeguardingScope scope, PersonRecords people) {
        this.concerns = concerns;
        this.enquiries = enquiries;
        this.scope = scope;
        this.people = people;
    }

    @Override
    @WithoutStaffCheck("names the kinds of record it links, read once when the application starts; no data")
    public Set<String> kinds() {
        return Set.of("CONCERN", "ENQUIRY");
    }

    @Override
    @PreAuthorize(Access.READ_PEOPLE)
    public Optional<UUID> personOf(String kind, UUID id) {
        return "CONCERN".equals(kind) ? concerns.find(id).map(ConcernStore.Row::personId) : enquiries.find(id).map(EnquiryStore.Row::personId);
    }

    @Override
    @PreAuthorize(Access.READ_PEOPLE)
    public boolean maySee(String kind, UUID id) {
        if ("CONCERN".equals(kind)) {
            return concerns.find(id).filter(c -> scope.works(c.createdBy(), c.enquiryTeamId()) && people.mayOpen(c.personId())).isPresent();
        }
        return enquiries.find(id).filter(e -> concerns.find(e.concernId()).filter(c -> scope.works(c.createdBy(), e.teamId())).isPresent()
                && people.mayOpen(e.personId())).isPresent();
    }
}
