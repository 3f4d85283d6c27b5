package org.openasc.safeguarding;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.openasc.frontdoor.SafeguardingContactRecorded;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.calendar.WorkingDayCalendar;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.safeguarding.domain.ConcernStore;

/**
 * A front-door contact recorded as a safeguarding concern opens the concern for the Safeguarding Adults Team to screen
 * (ADR 20): about the contact's person, received when the contact came in (the 3-working-day clock runs from then, not
 * from when this ran), its source the contact's (who got in touch), what happened in the contact's words, linked back
 * to the contact, and recorded as raised by the officer who logged the contact, who may then open it as anyone who raises
 * a concern may. Done by the system; one concern a contact however often the contact is announced. A contact received before the first year the working-day calendar covers is history brought
 * in, with no clock to count: no concern is opened from it, as none can be raised for then by hand.
 */
@Component
class ConcernsFromContacts {

    /** Who got in touch at the front door (contact-source) as who raised a concern (concern-source); "Other" where no one fits. */
    private static final Map<String, String> SOURCES = Map.of(
            "The person themselves", "Self",
            "GP or community health", "Health staff",
            "Hospital", "Health staff",
            "Police", "Police",
            "Care provider", "Care provider",
            "Housing", "Housing");

    private static final Logger log = LoggerFactory.getLogger(ConcernsFromContacts.class);

    private final ConcernStore store;
    private final WorkingDayCalendar calendar;
    private final ScreeningClock clock;
    private final AuditTrail audit;

    ConcernsFromContacts(ConcernStore store, WorkingDayCalendar calendar, AuditTrail audit) {
        this.store = store;
        this.calendar = calendar;
        this.clock = new ScreeningClock(calendar);
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(SafeguardingContactRecorded contact) {
        LocalDate receivedOn = contact.receivedAt().atZone(Today.COUNCIL_ZONE).toLocalDate();
        if (receivedOn.isBefore(calendar.coveredFrom())) {
            log.info("No concern opened from contact {}: received before {}, which the working-day calendar covers", contact.contactNumber(),
                    calendar.coveredFrom());
            return;
        }
        UUID id = UUID.randomUUID();
        store.insertFromContact(id, contact.contactId(), contact.personId(), contact.receivedAt(), receivedOn,
                SOURCES.getOrDefault(contact.source(), "Other"), contact.reason(), clock.dueOn(receivedOn), contact.recordedBy())
                .ifPresent(number -> audit.record(CurrentStaff.SYSTEM, Action.CREATED, Concerns.SUBJECT, id.toString(), String.valueOf(number),
                        "From front-door contact " + contact.contactNumber() + ", recorded by " + contact.recordedBy()));
    }
}
