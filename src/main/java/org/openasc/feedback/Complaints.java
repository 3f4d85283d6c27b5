package org.openasc.feedback;

import java.util.EnumMap;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.platform.web.Labelled;
import org.openasc.feedback.domain.ComplaintStore.Settable;
import org.openasc.platform.web.FieldChecks;
import org.openasc.people.ListedPeople;
import org.openasc.people.PersonRecords;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.calendar.ClockStatus;
import org.openasc.platform.calendar.WorkingDayCalendar;
import org.openasc.platform.codelist.CodeLists;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;
import org.openasc.platform.staff.StaffDirectory;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.NotFound;
import org.openasc.platform.web.RecordRefused;
import org.openasc.feedback.domain.ComplaintStore;
import org.openasc.feedback.domain.Versioned;
import org.openasc.platform.records.VersionClaims;
import org.openasc.platform.calendar.Today;

/**
 * Statutory complaints: received, acknowledged within 3 working days, answered within 15 unless a longer
 * period is agreed with the complainant and recorded with its reason, within the 6-month limit; responded
 * with an outcome signed off, or withdrawn; passed to safeguarding where it turns out to be one. Seen by
 * customer relations and by managers of the team concerned; every read audited.
 */
@Service
public class Complaints {

    public static final String WORK = "hasRole('CUSTOMER_RELATIONS')";
    public static final String READ = "hasAnyRole('CUSTOMER_RELATIONS','TEAM_MANAGER')";
    static final String SUBJECT = "complaint";

    private final ComplaintStore store;
    private final PersonRecords people;
    private final StaffDirectory staff;
    private final CodeLists codes;
    private final AuditTrail audit;
    private final WorkingDayCalendar calendar;
    private final FeedbackClocks clocks;
    private final Clock clock;
    private final VersionClaims claims;

    Complaints(ComplaintStore store, PersonRecords people, StaffDirectory staff, CodeLists codes, AuditTrail audit, WorkingDayCalendar calendar,
               Clock clock, VersionClaims claims) {
        this.store = store;
        this.people = people;
        this.staff = staff;
        this.codes = codes;
        this.audit = audit;
        this.calendar = calendar;
        this.clocks = new FeedbackClocks(calendar);
        this.clock = clock;
        this.claims = claims;
    }

    LocalDate today() {
        return Today.on(clock);
    }

    @PreAuthorize(WORK)
    @Transactional
    public ComplaintView receive(FeedbackCommands.NewComplaint c) {
        List<FieldProblem> problems = new ArrayList<>();
        received(c.receivedOn(), "receivedOn", problems);
        listed(c.howReceived(), "feedback-channel", "howReceived", "Select how the complaint was received", problems);
        FieldChecks.text(c.complainant(), "complainant", "who is complaining", 200, true, problems);
        boolean representative = Boolean.TRUE.equals(c.representative());
        if (representative && !Boolean.TRUE.equals(c.consentRecorded())) {
            problems.add(new FieldProblem("consentRecorded", "A representative complains with the person's consent: record it first"));
        }
        person(c.personId(), "personId", problems);
        person(c.complainantPersonId(), "complainantPersonId", problems);
        listed(c.serviceArea(), "feedback-service-area", "serviceArea", "Select the service area from the list", problems);
        listed(c.theme(), "complaint-theme", "theme", "Select the main theme from the list", problems);
        if (c.teamId() != null && !staff.teamExists(c.teamId())) {
            problems.add(new FieldProblem("teamId", "Choose the team concerned from the list"));
        }
        FieldChecks.text(c.elements(), "elements", "what the complaint is about", 8000, true, problems);
        FieldChecks.text(c.investigatingOfficer(), "investigatingOfficer", "the investigating officer", 200, false, problems);
        FieldChecks.refuse(problems);
        UUID id = UUID.randomUUID();
        String by = CurrentStaff.username();
        Map<String, Object> values = new HashMap<>();
        values.put("receivedOn", c.receivedOn());
        values.put("howReceived", c.howReceived());
        values.put("complainant", c.complainant().strip());
        values.put("complainantPersonId", c.complainantPersonId());
        values.put("representative", representative);
        values.put("consentRecorded", Boolean.TRUE.equals(c.consentRecorded()));
        values.put("personId", c.personId());
        values.put("serviceArea", c.serviceArea());
        values.put("teamId", c.teamId());
        values.put("theme", c.theme());
        values.put("elements", c.elements().strip());
        values.put("investigatingOfficer", FieldChecks.trimmed(c.investigatingOfficer()));
        values.put("acknowledgementDueOn", clocks.acknowledgementDue(c.receivedOn()));
        values.put("responseDueOn", clocks.responseDue(c.receivedOn()));
        long number = store.insert(id, values, by);
        audit.record(by, Action.CREATED, SUBJECT, id.toString(), String.valueOf(number), c.serviceArea());
        return view(row(id));
    }

    @PreAuthorize(WORK)
    @Transactional
    public ComplaintView acknowledge(UUID id, FeedbackCommands.Acknowledgement a) {
        ComplaintStore.Row r = open(id);
        List<FieldProblem> problems = new ArrayList<>();
        if (r.acknowledgedOn() != null) {
            problems.add(new FieldProblem("acknowledgedOn", "Acknowledged already on " + r.acknowledgedOn()));
        }
        LocalDate on = a.acknowledgedOn() == null ? today() : a.acknowledgedOn();
        between(on, r.receivedOn(), "acknowledgedOn", "The acknowledgement", problems);
        FieldChecks.refuse(problems);
        String by = claim(r, a.version());
        store.set(id, Map.of(Settable.ACKNOWLEDGED_ON, on));
        audit.record(by, Action.CHANGED, SUBJECT, id.toString(), String.valueOf(r.complaintNumber()), "Acknowledged " + on);
        return view(row(id));
    }

    /** A longer response period, agreed with the complainant: the reason and when they were told are kept. */
    @PreAuthorize(WORK)
    @Transactional
    public ComplaintView extend(UUID id, FeedbackCommands.Extension e) {
        ComplaintStore.Row r = open(id);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate inForce = r.responseDueInForce();
        if (e.agreedResponseDue() == null) {
            problems.add(new FieldProblem("agreedResponseDue", "Enter the response date agreed with the complainant"));
        } else if (!e.agreedResponseDue().isAfter(inForce)) {
            problems.add(new FieldProblem("agreedResponseDue", "The agreed date must be after the date now in force (" + inForce + ")"));
        } else if (e.agreedResponseDue().isAfter(FeedbackClocks.sixMonthLimit(r.receivedOn()))) {
            problems.add(new FieldProblem("agreedResponseDue", "Beyond the 6-month limit (" + FeedbackClocks.sixMonthLimit(r.receivedOn())
                    + "): write to the complainant with the reasons instead"));
        }
        FieldChecks.text(e.reason(), "reason", "why more time is needed", 2000, true, problems);
        LocalDate told = e.complainantToldOn() == null ? today() : e.complainantToldOn();
        between(told, r.receivedOn(), "complainantToldOn", "The date the complainant was told", problems);
        FieldChecks.refuse(problems);
        String by = claim(r, e.version());
        store.set(id, Map.of(Settable.AGREED_RESPONSE_DUE_ON, e.agreedResponseDue(), Settable.EXTENSION_REASON, e.reason().strip(),
                Settable.COMPLAINANT_TOLD_ON, told));
        audit.record(by, Action.CHANGED, SUBJECT, id.toString(), String.valueOf(r.complaintNumber()), "Response due extended to " + e.agreedResponseDue());
        return view(row(id));
    }

    @PreAuthorize(WORK)
    @Transactional
    public ComplaintView respond(UUID id, FeedbackCommands.Response response) {
        ComplaintStore.Row r = open(id);
        List<FieldProblem> problems = new ArrayList<>();
        if (response.respondedOn() == null) {
            problems.add(new FieldProblem("respondedOn", "Enter the date of the response"));
        } else {
            between(response.respondedOn(), r.receivedOn(), "respondedOn", "The response", problems);
        }
        if (Labelled.of(ComplaintOutcome.class, response.outcome()) == null) {
            problems.add(new FieldProblem("outcome", "Select the outcome: upheld, partially upheld or not upheld"));
        }
        FieldChecks.text(response.signedBy(), "signedBy", "who signed the response", 200, true, problems);
        FieldChecks.refuse(problems);
        String by = claim(r, response.version());
        store.set(id, Map.of(Settable.RESPONDED_ON, response.respondedOn(), Settable.OUTCOME, response.outcome(), Settable.SIGNED_BY,
                response.signedBy().strip()));
        audit.record(by, Action.CHANGED, SUBJECT, id.toString(), String.valueOf(r.complaintNumber()), "Responded " + response.respondedOn() + ": " + response.outcome());
        return view(row(id));
    }

    @PreAuthorize(WORK)
    @Transactional
    public ComplaintView withdraw(UUID id, FeedbackCommands.Withdrawal w) {
        ComplaintStore.Row r = open(id);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate on = w.withdrawnOn() == null ? today() : w.withdrawnOn();
        between(on, r.receivedOn(), "withdrawnOn", "The withdrawal", problems);
        FieldChecks.text(w.reason(), "reason", "why it was withdrawn", 2000, false, problems);
        FieldChecks.refuse(problems);
        String by = claim(r, w.version());
        Map<Settable, Object> columns = new EnumMap<>(Settable.class);
        columns.put(Settable.WITHDRAWN_ON, on);
        columns.put(Settable.WITHDRAWN_REASON, FieldChecks.trimmed(w.reason()));
        store.set(id, columns);
        audit.record(by, Action.CHANGED, SUBJECT, id.toString(), String.valueOf(r.complaintNumber()), "Withdrawn " + on);
        return view(row(id));
    }

    /** The complaint turned out to be a safeguarding matter: passed on; its other points can still be answered. */
    @PreAuthorize(WORK)
    @Transactional
    public ComplaintView passToSafeguarding(UUID id, FeedbackCommands.PassToSafeguarding p) {
        ComplaintStore.Row r = open(id);
        LocalDate on = p.passedOn() == null ? today() : p.passedOn();
        List<FieldProblem> problems = new ArrayList<>();
        between(on, r.receivedOn(), "passedOn", "The date it was passed to safeguarding", problems);
        FieldChecks.refuse(problems);
        String by = claim(r, p.version());
        store.set(id, Map.of(Settable.PASSED_TO_SAFEGUARDING_ON, on));
        audit.record(by, Action.CHANGED, SUBJECT, id.toString(), String.valueOf(r.complaintNumber()), "Passed to safeguarding " + on);
        return view(row(id));
    }

    @PreAuthorize(READ)
    public ComplaintView open(UUID id, boolean audited) {
        ComplaintView v = view(row(id));
        if (audited) {
            audit.record(CurrentStaff.username(), Action.VIEWED, SUBJECT, id.toString(), String.valueOf(v.complaintNumber()), null);
        }
        return v;
    }

    /** Complaints waiting for a response, soonest due first (the workbench). */
    @PreAuthorize(WORK)
    public List<ComplaintView> outstanding() {
        audit.record(CurrentStaff.username(), Action.SEARCHED, SUBJECT, null, null, "Outstanding complaints");
        return views(store.outstanding(2000));
    }

    /** One page of the complaints waiting for a response, soonest due first, with how many wait in all. */
    @PreAuthorize(WORK)
    public org.openasc.platform.web.Page<ComplaintView> outstanding(int page, int size) {
        audit.record(CurrentStaff.username(), Action.SEARCHED, SUBJECT, null, null, "Outstanding complaints");
        return new org.openasc.platform.web.Page<>(views(store.outstanding((page - 1) * size, size)), page, size, store.countOutstanding());
    }

    ComplaintStore.Row rowForLesson(UUID id) {
        return row(id);
    }

    private ComplaintStore.Row open(UUID id) {
        ComplaintStore.Row r = row(id);
        if (r.respondedOn() != null || r.withdrawnOn() != null) {
            throw new InvalidInput("complaint", "Complaint " + r.complaintNumber() + " was " + (r.respondedOn() != null ? "answered on " + r.respondedOn()
                    : "withdrawn on " + r.withdrawnOn()) + ": it cannot be changed");
        }
        return r;
    }

    private ComplaintStore.Row row(UUID id) {
        ComplaintStore.Row r = store.find(id).orElseThrow(() -> new NotFound("The complaint " + id));
        if (!CurrentStaff.hasRole(Role.CUSTOMER_RELATIONS)
                && (r.teamId() == null || !staff.teamIdsOf(CurrentStaff.username()).contains(r.teamId()))) {
            audit.recordRegardless(CurrentStaff.username(), Action.REFUSED, SUBJECT, id.toString(), String.valueOf(r.complaintNumber()),
                    "Not customer relations or a manager of the team concerned");
            throw RecordRefused.outsideTeam("This complaint");
        }
        people.requireOpenable(r.personId(), SUBJECT, id, String.valueOf(r.complaintNumber()));
        return r;
    }

    private String claim(ComplaintStore.Row r, Integer version) {
        return claims.claimChange(Versioned.COMPLAINT, r.id(), r.version(), version, "Complaint " + r.complaintNumber());
    }

    private void received(LocalDate on, String field, List<FieldProblem> problems) {
        if (on == null) {
            problems.add(new FieldProblem(field, "Enter the date it was received"));
        } else if (on.isAfter(today())) {
            problems.add(new FieldProblem(field, "The date it was received must be today or in the past"));
        } else if (on.isBefore(calendar.coveredFrom())) {
            problems.add(new FieldProblem(field, "The date must be from " + calendar.coveredFrom()));
        }
    }

    private void between(LocalDate on, LocalDate received, String field, String what, List<FieldProblem> problems) {
        if (on.isBefore(received)) {
            problems.add(new FieldProblem(field, what + " cannot come before the complaint was received (" + received + ")"));
        } else if (on.isAfter(today())) {
            problems.add(new FieldProblem(field, what + " must be today or in the past"));
        }
    }

    private void listed(String value, String list, String field, String message, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, message));
        } else if (!codes.isValid(list, value)) {
            problems.add(new FieldProblem(field, codes.withCodes(list, message)));
        }
    }

    private void person(UUID id, String field, List<FieldProblem> problems) {
        if (id != null && people.chosen(id).isEmpty()) {
            problems.add(new FieldProblem(field, "There is no person with this ID"));
        }
    }

    private ComplaintView view(ComplaintStore.Row r) {
        return views(List.of(r)).get(0);
    }

    /** A list's complaints with their people and lessons looked up once each, however many rows. */
    private List<ComplaintView> views(List<ComplaintStore.Row> rows) {
        ListedPeople persons = people.forList(rows.stream().map(ComplaintStore.Row::personId).toList());
        Map<UUID, List<ComplaintView.Lesson>> lessons = store.lessons(rows.stream().filter(r -> !persons.sealed(r.personId()))
                .map(ComplaintStore.Row::id).toList());
        return rows.stream().map(r -> view(r, persons, lessons.getOrDefault(r.id(), List.of()))).toList();
    }

    /**
     * A complaint about a restricted person the caller may not open keeps only its number, dates,
     * clocks, codes and officer in a list: the complainant and what they complain of are left out.
     */
    private ComplaintView view(ComplaintStore.Row r, ListedPeople persons, List<ComplaintView.Lesson> lessons) {
        LocalDate today = today();
        boolean sealed = persons.sealed(r.personId());
        if (sealed) {
            r = new ComplaintStore.Row(r.id(), r.complaintNumber(), r.receivedOn(), r.howReceived(), null, r.representative(), r.consentRecorded(),
                    r.personId(), r.serviceArea(), r.teamId(), r.theme(), null, r.investigatingOfficer(), r.acknowledgementDueOn(), r.acknowledgedOn(), r.responseDueOn(),
                    r.agreedResponseDueOn(), null, r.complainantToldOn(), r.respondedOn(), r.outcome(), null, r.withdrawnOn(), null,
                    r.passedToSafeguardingOn(), r.version());
        }
        LocalDate inForce = r.responseDueInForce();
        LocalDate done = r.respondedOn() != null ? r.respondedOn() : r.withdrawnOn();
        return new ComplaintView(r.id(), r.complaintNumber(), r.receivedOn(), r.howReceived(), r.complainant(), r.representative(), r.consentRecorded(),
                r.personId(), persons.name(r.personId()), r.serviceArea(), r.teamId(), r.theme(), r.elements(), r.investigatingOfficer(),
                r.acknowledgementDueOn(), r.acknowledgedOn(), ClockStatus.of(r.acknowledgementDueOn(), today, r.acknowledgedOn() != null ? r.acknowledgedOn() : done, 1, calendar),
                r.responseDueOn(), r.agreedResponseDueOn(), r.extensionReason(), r.complainantToldOn(), inForce,
                r.withdrawnOn() != null ? null : ClockStatus.of(inForce, today, r.respondedOn(), 3, calendar), FeedbackClocks.sixMonthLimit(r.receivedOn()),
                r.respondedOn(), r.outcome(), r.signedBy(), r.respondedOn() == null ? null : FeedbackClocks.withinTimescale(r.respondedOn(), r.responseDueOn(),
                r.agreedResponseDueOn()), r.withdrawnOn(), r.withdrawnReason(), r.passedToSafeguardingOn(),
                sealed ? List.of() : lessons, r.version());
    }
}
