package org.openasc.safeguarding;

import org.springframework.stereotype.Component;

import org.openasc.people.PersonRecords;
import org.openasc.platform.records.RecordsOfOneKind;
import org.openasc.safeguarding.domain.ConcernStore;
import org.openasc.safeguarding.domain.EnquiryStore;

/**
 * Concerns and enquiries as other modules link to them: seen by the Safeguarding Adults Team, whoever raised
 * the concern and the team an enquiry went to, and only by those named on a restricted person's record.
 */
final class SafeguardingRecords {

    private SafeguardingRecords() {
    }

    /** A concern: seen by the team, whoever raised it and the team its enquiry went to. */
    @Component
    static class Concerns extends RecordsOfOneKind<ConcernStore.Row> {

        Concerns(ConcernStore concerns, SafeguardingScope scope, PersonRecords people) {
            super("CONCERN", concerns::find, ConcernStore.Row::personId, c -> scope.works(c.createdBy(), c.enquiryTeamId()), people::mayOpen);
        }
    }

    /** An enquiry: seen by the team, whoever raised its concern and the team it went to. */
    @Component
    static class Enquiries extends RecordsOfOneKind<EnquiryStore.Row> {

        Enquiries(EnquiryStore enquiries, ConcernStore concerns, SafeguardingScope scope, PersonRecords people) {
            super("ENQUIRY", enquiries::find, EnquiryStore.Row::personId,
                    e -> concerns.find(e.concernId()).filter(c -> scope.works(c.createdBy(), e.teamId())).isPresent(), people::mayOpen);
        }
    }
}
