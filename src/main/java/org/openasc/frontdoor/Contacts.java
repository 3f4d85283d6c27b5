package org.openasc.frontdoor;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.platform.web.FieldChecks;
import org.openasc.frontdoor.domain.ContactStore;
import org.openasc.frontdoor.domain.ContactStore.ContactRow;
import org.openasc.frontdoor.domain.RequestRules;
import org.openasc.people.PersonRecords;
import org.openasc.people.PersonSummary;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.codelist.CodeLists;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.NotFound;
import org.openasc.platform.web.RecordRefused;
import org.openasc.platform.calendar.Today;

/**
 * Contacts at the front door: who got in touch, about whom, and what the council did. A contact
 * whose outcome is a request for support opens that request in the same step; one recorded as a
 * safeguarding concern is passed to the Safeguarding Adults Team, who screen it as a concern.
 */
@Service
public class Contacts {

    public static final String REQUEST_FOR_SUPPORT = "Request for support";
    public static final String SIGNPOSTING = "Signposting";
    public static final String PASSED_ON = "Passed to another team";
    static final String SUBJECT = "contact";

    private final ContactStore contacts;
    private final SupportRequests requests;
    private final PersonRecords people;
    private final CodeLists codes;
    private final AuditTrail audit;
    private final Clock clock;
    private final SafeguardingReferrals safeguarding;

    Contacts(ContactStore contacts, SupportRequests requests, PersonRecords people, CodeLists codes, AuditTrail audit, Clock clock,
             SafeguardingReferrals safeguarding) {
        this.contacts = contacts;
        this.requests = requests;
        this.people = people;
        this.codes = codes;
        this.audit = audit;
        this.clock = clock;
        this.safeguarding = safeguarding;
    }

    @PreAuthorize(Access.WORK_REQUESTS)
    @Transactional
    public ContactView log(NewContact contact) {
        LocalDateTime now = Today.now(clock).truncatedTo(ChronoUnit.MINUTES);
        List<FieldProblem> problems = problemsWith(contact, now);
        FieldChecks.refuse(problems);
        if (contact.personId() != null) {
            if (people.chosen(contact.personId()).isEmpty()) {
                FieldChecks.refuse(List.of(new FieldProblem("personId", "There is no person with this ID: find them or leave it blank and describe them")));
            }
        }
        String by = CurrentStaff.username();
        UUID id = UUID.randomUUID();
        LocalDateTime receivedAt = contact.receivedAt() == null ? now : contact.receivedAt();
        long number = contacts.insert(id, receivedAt, contact.channel(), contact.source(), FieldChecks.trimmed(contact.contactName()),
                FieldChecks.trimmed(contact.contactPhone()), contact.personId(), FieldChecks.trimmed(contact.unknownPerson()),
                contact.reason().strip(), contact.outcome(), FieldChecks.trimmed(contact.signpostedTo()), FieldChecks.trimmed(contact.passedTo()), by);
        if (REQUEST_FOR_SUPPORT.equals(contact.outcome())) {
            UUID request = requests.receive(new NewRequest(contact.personId(), contact.clientType(), contact.routeOfAccess(),
                    receivedAt.toLocalDate(), contact.reason().strip()), id);
            contacts.linkRequest(id, request);
        }
        if (SafeguardingReferrals.refers(contact)) {
            safeguarding.refer(id, number, contact, receivedAt, by);
        }
        audit.record(by, Action.CREATED, SUBJECT, id.toString(), String.valueOf(number), contact.outcome());
        return view(contacts.find(id).orElseThrow());
    }

    @PreAuthorize(Access.READ_PEOPLE)
    @Transactional
    public ContactView open(UUID id) {
        ContactRow row = contacts.find(id).orElseThrow(() -> new NotFound("The contact " + id));
        ContactView view = view(row);
        if (view.person() != null && view.person().restricted()) {
            audit.recordRegardless(CurrentStaff.username(), Action.REFUSED, SUBJECT, id.toString(), String.valueOf(row.contactNumber()), "Restricted person");
            throw new RecordRefused("The person this contact is about");
        }
        audit.record(CurrentStaff.username(), Action.VIEWED, SUBJECT, id.toString(), String.valueOf(row.contactNumber()), null);
        return view;
    }

    /** Everything wrong with a contact, per field, so a page can show it all at once. */
    List<FieldProblem> problemsWith(NewContact c, LocalDateTime now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (c.receivedAt() != null && c.receivedAt().isAfter(now.plusMinutes(5))) {
            problems.add(new FieldProblem("receivedAt", "The time the contact came in must be now or in the past"));
        }
        RequestRules.onList(codes, "contact-channel", c.channel(), "channel", "how the contact came in", problems);
        RequestRules.onList(codes, "contact-source", c.source(), "source", "who made the contact", problems);
        FieldChecks.text(c.contactName(), "contactName", "the name of who made the contact", 200, false, problems);
        FieldChecks.text(c.contactPhone(), "contactPhone", "the phone number", 40, false, problems);
        FieldChecks.text(c.unknownPerson(), "unknownPerson", "the description of the person", 500, false, problems);
        FieldChecks.text(c.reason(), "reason", "why they got in touch", 4000, true, problems);
        RequestRules.onList(codes, "contact-outcome", c.outcome(), "outcome", "what happened", problems);
        if (SIGNPOSTING.equals(c.outcome())) {
            FieldChecks.text(c.signpostedTo(), "signpostedTo", "where the person was signposted to", 500, true, problems);
        }
        if (PASSED_ON.equals(c.outcome())) {
            FieldChecks.text(c.passedTo(), "passedTo", "the team the contact was passed to", 500, true, problems);
        }
        boolean aboutSomeone = c.personId() != null || (c.unknownPerson() != null && !c.unknownPerson().isBlank());
        if (REQUEST_FOR_SUPPORT.equals(c.outcome())) {
            if (c.personId() == null) {
                problems.add(new FieldProblem("personId", "A request for support must be about a person on the record: find them or create their record first"));
            }
            RequestRules.onList(codes, "client-type", c.clientType(), "clientType", "the client type", problems);
            RequestRules.onList(codes, "route-of-access", c.routeOfAccess(), "routeOfAccess", "the route of access", problems);
        } else if (SafeguardingReferrals.refers(c)) {
            SafeguardingReferrals.check(c, problems);
        } else if (!aboutSomeone && c.outcome() != null && !c.outcome().equals("Information and advice") && !c.outcome().equals(SIGNPOSTING)) {
            problems.add(new FieldProblem("unknownPerson", "Say who the contact is about: find them on the record or describe them"));
        }
        return problems;
    }

    private ContactView view(ContactRow r) {
        PersonSummary person = people.summaryOf(r.personId());
        return new ContactView(r.id(), r.contactNumber(), r.receivedAt(), r.channel(), r.source(), r.contactName(), r.contactPhone(),
                r.personId(), person, r.unknownPerson(), r.reason(), r.outcome(), r.signpostedTo(), r.passedTo(), r.requestId(),
                r.requestNumber(), r.layer(), r.createdAt(), r.createdBy());
    }
}
