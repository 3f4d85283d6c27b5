package org.openasc.safeguarding;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.platform.calendar.Today;
import org.openasc.platform.staff.StaffDirectory;
import org.openasc.platform.web.FieldChecks;
import org.openasc.people.ListedPeople;
import org.openasc.people.PersonSummary;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.calendar.ClockStatus;
import org.openasc.platform.calendar.WorkingDayCalendar;
import org.openasc.platform.codelist.CodeLists;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.NotFound;
import org.openasc.platform.web.Page;
import org.openasc.platform.web.StaleVersion;
import org.openasc.platform.web.Versions;
import org.openasc.providers.LocationStanding;
import org.openasc.providers.ProviderRegister;
import org.openasc.safeguarding.domain.ConcernStore;
import org.openasc.safeguarding.domain.EnquiryStore;

/**
 * Safeguarding concerns: received (date and time, source, about whom, where, what happened, risk now,
 * action taken, the provider concerned if any), screened by the Safeguarding Adults Team by the third
 * working day after receipt, and a section 42 or other enquiry opened where the decision says so.
 */
@Service
public class Concerns {

    static final String SUBJECT = "safeguarding-concern";

    private final ConcernStore store;
    private final EnquiryStore enquiries;
    private final SafeguardingScope scope;
    private final CodeLists codes;
    private final ProviderRegister providers;
    private final AuditTrail audit;
    private final WorkingDayCalendar calendar;
    private final StaffDirectory staff;
    private final ScreeningClock screening;
    private final Clock clock;

    Concerns(ConcernStore store, EnquiryStore enquiries, SafeguardingScope scope, CodeLists codes, ProviderRegister providers, AuditTrail audit,
             WorkingDayCalendar calendar, StaffDirectory staff, Clock clock) {
        this.store = store;
        this.enquiries = enquiries;
        this.scope = scope;
        this.codes = codes;
        this.providers = providers;
        this.audit = audit;
        this.calendar = calendar;
        this.screening = new ScreeningClock(calendar);
        this.staff = staff;
        this.clock = clock;
    }

    @PreAuthorize(Access.RAISE_CONCERNS)
    @Transactional
    public ConcernView raise(SafeguardingCommands.NewConcern c) {
        List<FieldProblem> problems = new ArrayList<>();
        PersonSummary person = scope.person(c.personId(), problems);
        LocalDateTime now = Today.now(clock);
        if (c.receivedAt() == null) {
            problems.add(new FieldProblem("receivedAt", "Enter the date and time the concern was received"));
        } else if (c.receivedAt().isAfter(now.plusMinutes(5))) {
            problems.add(new FieldProblem("receivedAt", "The concern cannot be received in the future"));
        } else if (c.receivedAt().toLocalDate().isBefore(calendar.coveredFrom())) {
            problems.add(new FieldProblem("receivedAt", "The date must be from " + calendar.coveredFrom() + ", which the working-day calendar covers"));
        }
        if (c.source() == null || !codes.isValid("concern-source", c.source())) {
            problems.add(new FieldProblem("source", codes.refusal("concern-source", c.source(), "Select who raised the concern")));
        }
        FieldChecks.text(c.whatHappened(), "whatHappened", "what happened", 8000, true, problems);
        FieldChecks.text(c.location(), "location", "where it happened", 500, false, problems);
        FieldChecks.text(c.immediateRisk(), "immediateRisk", "the immediate risk", 4000, false, problems);
        FieldChecks.text(c.actionTaken(), "actionTaken", "the action taken", 4000, false, problems);
        LocationStanding provider = null;
        if (c.locationId() != null) {
            provider = providers.standing(c.locationId(), Today.on(clock)).orElse(null);
            if (provider == null) {
                problems.add(new FieldProblem("locationId", "There is no provider location with this ID on the register"));
            }
        }
        FieldChecks.refuse(problems);
        UUID id = UUID.randomUUID();
        String by = CurrentStaff.username();
        LocalDate receivedOn = c.receivedAt().toLocalDate();
        long number = store.insert(id, c.personId(), c.receivedAt().atZone(Today.COUNCIL_ZONE).toInstant(), receivedOn, c.source(),
                FieldChecks.trimmed(c.location()), c.whatHappened().strip(), FieldChecks.trimmed(c.immediateRisk()), FieldChecks.trimmed(c.actionTaken()),
                provider == null ? null : provider.id(), provider == null ? null : provider.name(), screening.dueOn(receivedOn), by);
        audit.record(by, Action.CREATED, SUBJECT, id.toString(), String.valueOf(number), "Council person ID " + person.personId()
                + (provider == null ? "" : ", about a provider"));
        return view(store.find(id).orElseThrow());
    }

    /** The screening decision: an s42 enquiry needs all three criteria met; an enquiry goes to the team, a locality or the provider. */
    @PreAuthorize(Access.SCREEN_CONCERNS)
    @Transactional
    public ConcernView screen(UUID id, SafeguardingCommands.Screening s) {
        ConcernStore.Row row = row(id);
        if (row.screenedOn() != null) {
            throw new InvalidInput("decision", "Concern " + row.concernNumber() + " was screened on " + row.screenedOn());
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (s.screenedOn() == null) {
            problems.add(new FieldProblem("screenedOn", "Enter the date of the decision"));
        } else if (s.screenedOn().isBefore(row.receivedOn())) {
            problems.add(new FieldProblem("screenedOn", "The decision cannot come before the concern was received (" + row.receivedOn() + ")"));
        } else if (s.screenedOn().isAfter(Today.on(clock))) {
            problems.add(new FieldProblem("screenedOn", "The date of the decision must be today or in the past"));
        }
        criterion(s.needsCareAndSupport(), "needsCareAndSupport", "whether the adult has needs for care and support", problems);
        criterion(s.experiencingOrAtRisk(), "experiencingOrAtRisk", "whether they are experiencing, or at risk of, abuse or neglect", problems);
        criterion(s.unableToProtect(), "unableToProtect", "whether as a result they are unable to protect themselves", problems);
        ScreeningDecision decision = ScreeningDecision.parse(s.decision());
        if (decision == null) {
            problems.add(new FieldProblem("decision", "Select the decision: section 42 enquiry, other enquiry, incident only, or not a safeguarding matter"));
        } else if (decision == ScreeningDecision.S42 && !(Boolean.TRUE.equals(s.needsCareAndSupport()) && Boolean.TRUE.equals(s.experiencingOrAtRisk())
                && Boolean.TRUE.equals(s.unableToProtect()))) {
            problems.add(new FieldProblem("decision", "A section 42 enquiry needs all three criteria met: choose another enquiry or another outcome"));
        }
        FieldChecks.text(s.reasons(), "reasons", "the reasons for the decision", 4000, true, problems);
        Routing routing = null;
        if (decision != null && decision.enquiry()) {
            routing = Routing.parse(s.routedTo());
            if (routing == null) {
                problems.add(new FieldProblem("routedTo", "Select who carries the enquiry on"));
            } else if (routing == Routing.LOCALITY && (s.routedTeamId() == null || !staff.teamExists(s.routedTeamId()))) {
                problems.add(new FieldProblem("routedTeamId", "Choose the locality team the enquiry is transferred to"));
            } else if (routing == Routing.PROVIDER && row.locationId() == null) {
                problems.add(new FieldProblem("routedTo", "Only a concern about a provider can be passed to the provider to investigate"));
            }
        }
        FieldChecks.refuse(problems);
        String by = CurrentStaff.username();
        Long team = routing == Routing.LOCALITY ? s.routedTeamId() : null;
        if (Versions.required(s.version()) != row.version() || !store.screen(id, s.version(), s.screenedOn(), s.needsCareAndSupport(),
                s.experiencingOrAtRisk(), s.unableToProtect(), decision.name(), s.reasons().strip(), routing == null ? null : routing.name(), team, by)) {
            throw new StaleVersion("Concern " + row.concernNumber());
        }
        if (decision.enquiry()) {
            enquiries.insert(UUID.randomUUID(), id, row.personId(), decision == ScreeningDecision.S42 ? "S42" : "OTHER", team, s.screenedOn(),
                    routing == Routing.PROVIDER ? row.providerName() : null, by);
        }
        audit.record(by, Action.CHANGED, SUBJECT, id.toString(), String.valueOf(row.concernNumber()), "Screened: " + decision.label());
        return view(store.find(id).orElseThrow());
    }

    @PreAuthorize(Access.WORK_ENQUIRIES)
    public ConcernView open(UUID id) {
        ConcernStore.Row row = row(id);
        audit.record(CurrentStaff.username(), Action.VIEWED, SUBJECT, id.toString(), String.valueOf(row.concernNumber()), null);
        return view(row);
    }

    /** One page of the concerns waiting for a screening decision, soonest due first: the Safeguarding Adults Team's work list. */
    @PreAuthorize(Access.SCREEN_CONCERNS)
    public Page<ConcernView> awaitingScreening(int page, int size) {
        audit.record(CurrentStaff.username(), Action.SEARCHED, SUBJECT, null, null, "Awaiting screening");
        return new Page<>(views(store.unscreened((page - 1) * size, size)), page, size, store.countUnscreened());
    }

    /** The concerns about a person that the caller may see. */
    @PreAuthorize(Access.WORK_ENQUIRIES)
    public List<ConcernView> concernsAbout(UUID personId) {
        return views(store.ofPerson(personId).stream().filter(r -> scope.works(r.createdBy(), r.enquiryTeamId())).toList());
    }

    /** Organisational safeguarding: concerns about a provider location, for the Safeguarding Adults Team. */
    @PreAuthorize(Access.SCREEN_CONCERNS)
    public List<ConcernView> concernsAboutProvider(UUID locationId) {
        return views(store.aboutLocation(locationId));
    }

    private ConcernStore.Row row(UUID id) {
        ConcernStore.Row row = store.find(id).orElseThrow(() -> new NotFound("The safeguarding concern " + id));
        scope.check(SUBJECT, id, String.valueOf(row.concernNumber()), row.createdBy(), row.enquiryTeamId(), row.personId());
        return row;
    }

    private ConcernView view(ConcernStore.Row r) {
        return views(List.of(r)).get(0);
    }

    /** A list's rows with their people looked up once; a restricted person's rows keep only numbers, dates and clocks. */
    private List<ConcernView> views(List<ConcernStore.Row> rows) {
        ListedPeople people = scope.people(rows.stream().map(ConcernStore.Row::personId).toList());
        return rows.stream().map(r -> view(r, people)).toList();
    }

    private ConcernView view(ConcernStore.Row r, ListedPeople people) {
        boolean sealed = people.sealed(r.personId());
        return new ConcernView(r.id(), r.concernNumber(), r.personId(), people.name(r.personId()), r.receivedAt(), r.receivedOn(),
                sealed ? null : r.source(), sealed ? null : r.location(), sealed ? null : r.whatHappened(), sealed ? null : r.immediateRisk(),
                sealed ? null : r.actionTaken(), sealed ? null : r.locationId(), sealed ? null : r.providerName(), r.organisational(),
                r.screeningDueOn(), ClockStatus.of(r.screeningDueOn(), Today.on(clock), r.screenedOn(), 1, calendar), r.screenedOn(),
                r.needsCareSupport(), r.experiencingRisk(), r.unableToProtect(), ScreeningDecision.parse(r.decision()),
                sealed ? null : r.decisionReasons(), Routing.parse(r.routedTo()), r.routedTeamId(), r.decidedBy(), r.enquiryId(), r.version(),
                r.createdBy(), sealed, r.contactId());
    }

    private static void criterion(Boolean answer, String field, String what, List<FieldProblem> problems) {
        if (answer == null) {
            problems.add(new FieldProblem(field, "Answer " + what));
        }
    }


}
