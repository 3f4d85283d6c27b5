package org.openasc.frontdoor;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import org.openasc.platform.calendar.Today;
import org.openasc.platform.web.FieldProblem;

/**
 * A contact recorded as a safeguarding concern goes to the Safeguarding Adults Team, who screen it as a concern (the
 * safeguarding module opens it on {@link SafeguardingContactRecorded}, ADR 20). So the contact must name a person on
 * the record, as a concern must.
 */
@Component
class SafeguardingReferrals {

    static final String SAFEGUARDING_CONCERN = "Safeguarding concern";

    private final ApplicationEventPublisher events;

    SafeguardingReferrals(ApplicationEventPublisher events) {
        this.events = events;
    }

    static boolean refers(NewContact contact) {
        return SAFEGUARDING_CONCERN.equals(contact.outcome());
    }

    /** What a contact recorded as a safeguarding concern needs, beyond any contact's fields. */
    static void check(NewContact contact, List<FieldProblem> problems) {
        if (contact.personId() == null) {
            problems.add(new FieldProblem("personId", "A safeguarding concern must be about a person on the record: find them or create their "
                    + "record first, so the Safeguarding Adults Team can screen it"));
        }
    }

    /** Announces the contact, in the transaction that records it, for safeguarding to open the concern once it is saved. */
    void refer(UUID contactId, long contactNumber, NewContact contact, LocalDateTime receivedAt, String by) {
        events.publishEvent(new SafeguardingContactRecorded(contactId, contactNumber, contact.personId(),
                receivedAt.atZone(Today.COUNCIL_ZONE).toInstant(), contact.channel(), contact.source(), contact.reason().strip(), by));
    }
}
