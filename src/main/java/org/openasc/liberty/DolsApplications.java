package org.openasc.liberty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.liberty.domain.AssessorQualification;
import org.openasc.platform.web.Labelled;
import org.openasc.platform.web.FieldChecks;
import org.openasc.people.PersonRecords;
import org.openasc.people.PersonSummary;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.codelist.CodeLists;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.Page;
import org.openasc.providers.LocationStanding;
import org.openasc.providers.ProviderRegister;
import org.openasc.liberty.domain.ApplicationStore;
import org.openasc.liberty.domain.DolsOutcome;
import org.openasc.platform.calendar.Today;

/**
 * DoLS applications: a managing authority's request (with any urgent authorisation it granted), the
 * priority and the reason for it, the Best Interests Assessor allocated, the six qualifying
 * assessments, and the decision: granted for a period with conditions, not granted with the reason, or
 * withdrawn. Nothing is decided twice.
 */
@Service
public class DolsApplications {

    public static final String WORK = "hasRole('DOLS')";
    public static final String SEE = "hasAnyRole('DOLS','TEAM_MANAGER','PERFORMANCE','COUNCILLOR','DEMOCRATIC_SERVICES')";
    static final String SUBJECT = "dols-application";

    private final ApplicationStore store;
    private final PersonRecords people;
    private final ProviderRegister providers;
    private final CodeLists codes;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationViews applications;

    DolsApplications(ApplicationStore store, PersonRecords people, ProviderRegister providers, CodeLists codes, AuditTrail audit,
                     Clock clock, ApplicationViews applications) {
        this.store = store;
        this.people = people;
        this.providers = providers;
        this.codes = codes;
        this.audit = audit;
        this.clock = clock;
        this.applications = applications;
    }

    LocalDate today() {
        return Today.on(clock);
    }

    @PreAuthorize(WORK)
    @Transactional
    public ApplicationView apply(DolsCommands.NewApplication a) {
        List<FieldProblem> problems = new ArrayList<>();
        PersonSummary person = person(a.personId(), problems);
        String authority = FieldChecks.trimmed(a.managingAuthority());
        String cqc = FieldChecks.trimmed(a.cqcLocationCode());
        if (a.locationId() != null) {
            LocationStanding location = providers.standing(a.locationId(), today()).orElse(null);
            if (location == null) {
                problems.add(new FieldProblem("locationId", "There is no provider location with this ID on the register"));
            } else if (!location.offers("Residential care home") && !location.offers("Nursing home")) {
                problems.add(new FieldProblem("locationId", location.name() + " is not a care home: DoLS applications come from care homes and hospitals"));
            } else {
                authority = location.name();
                cqc = location.cqcLocationId();
            }
        } else if (authority == null) {
            problems.add(new FieldProblem("locationId", "Choose the care home, or name the hospital that is the managing authority"));
        } else if (authority.length() > 200) {
            problems.add(new FieldProblem("managingAuthority", "The managing authority's name must be 200 characters or fewer"));
        }
        if (cqc != null && !cqc.matches("^1-[0-9]{6,12}$")) {
            problems.add(new FieldProblem("cqcLocationCode", "Enter the CQC location code as the CQC shows it, like 1-123456789"));
        }
        if (a.receivedOn() == null) {
            problems.add(new FieldProblem("receivedOn", "Enter the date the request was received"));
        } else if (a.receivedOn().isAfter(today())) {
            problems.add(new FieldProblem("receivedOn", "The date the request was received must be today or in the past"));
        }
        boolean urgent = Boolean.TRUE.equals(a.urgent());
        if (urgent && a.urgentGrantedOn() == null) {
            problems.add(new FieldProblem("urgentGrantedOn", "Enter the date the managing authority granted the urgent authorisation"));
        } else if (urgent && a.receivedOn() != null && a.urgentGrantedOn().isAfter(a.receivedOn())) {
            problems.add(new FieldProblem("urgentGrantedOn", "An urgent authorisation comes with the request: it cannot be granted after it was received"));
        } else if (!urgent && a.urgentGrantedOn() != null) {
            problems.add(new FieldProblem("urgent", "Tick urgent if the managing authority granted an urgent authorisation"));
        }
        String priority = priority(a.priority(), a.priorityReason(), problems);
        FieldChecks.refuse(problems);
        UUID id = UUID.randomUUID();
        String by = CurrentStaff.username();
        store.insert(id, a.personId(), a.locationId(), authority, cqc, a.receivedOn(), urgent, urgent ? a.urgentGrantedOn() : null, priority,
                FieldChecks.trimmed(a.priorityReason()), by);
        audit.record(by, Action.CREATED, SUBJECT, id.toString(), null, "Council person ID " + person.personId() + (urgent ? ", urgent" : ""));
        return applications.view(applications.row(id));
    }

    /** One extension of an urgent authorisation, by up to 7 days, before it ends. */
    @PreAuthorize(WORK)
    @Transactional
    public ApplicationView extendUrgent(UUID id, DolsCommands.UrgentExtension e) {
        ApplicationStore.Row r = applications.undecided(id);
        List<FieldProblem> problems = new ArrayList<>();
        if (!r.urgent()) {
            problems.add(new FieldProblem("days", "There is no urgent authorisation to extend"));
        } else if (r.urgentExtendedDays() != null) {
            problems.add(new FieldProblem("days", "The urgent authorisation has already been extended once"));
        } else if (DolsClock.urgentEnds(r.urgentGrantedOn(), null).isBefore(today())) {
            problems.add(new FieldProblem("days", "The urgent authorisation ended on " + DolsClock.urgentEnds(r.urgentGrantedOn(), null) + ": it cannot be extended"));
        }
        if (e.days() == null || e.days() < 1 || e.days() > DolsClock.MAX_EXTENSION_DAYS) {
            problems.add(new FieldProblem("days", "An extension is from 1 to 7 days"));
        }
        FieldChecks.refuse(problems);
        String by = applications.claim(r, e.version());
        store.set(id, ApplicationStore.Settable.URGENT_EXTENDED_DAYS, e.days());
        audit.record(by, Action.CHANGED, SUBJECT, id.toString(), String.valueOf(r.applicationNumber()), "Urgent authorisation extended " + e.days() + " days");
        return applications.view(applications.row(id));
    }

    @PreAuthorize(WORK)
    @Transactional
    public ApplicationView allocate(UUID id, DolsCommands.Allocation a) {
        ApplicationStore.Row r = applications.undecided(id);
        if (a.bestInterestsAssessorId() == null || !AssessorQualification.BEST_INTERESTS_ASSESSOR.is(store.assessorQualification(a.bestInterestsAssessorId()).orElse(null))) {
            throw new InvalidInput("bestInterestsAssessorId", "Choose a Best Interests Assessor from the list");
        }
        String by = applications.claim(r, a.version());
        store.set(id, ApplicationStore.Settable.BEST_INTERESTS_ASSESSOR, a.bestInterestsAssessorId());
        audit.record(by, Action.CHANGED, SUBJECT, id.toString(), String.valueOf(r.applicationNumber()), "Best Interests Assessor allocated");
        return applications.view(applications.row(id));
    }

    /** Records one qualifying assessment's result (again if it changes). */
    @PreAuthorize(WORK)
    @Transactional
    public ApplicationView assess(UUID id, DolsCommands.AssessmentResult a) {
        ApplicationStore.Row r = applications.undecided(id);
        List<FieldProblem> problems = new ArrayList<>();
        Requirement requirement = Requirement.parse(Requirement.class, a.requirement());
        Requirement.Status status = Requirement.parse(Requirement.Status.class, a.status());
        if (requirement == null) {
            problems.add(new FieldProblem("requirement", "Choose the requirement: age, mental health, mental capacity, no refusals, eligibility or best interests"));
        }
        if (status == null) {
            problems.add(new FieldProblem("status", "Choose the result: not assessed, satisfied, not satisfied or equivalent assessment"));
        }
        if (status != null && status != Requirement.Status.NOT_ASSESSED) {
            if (a.assessedOn() == null || a.assessedOn().isBefore(r.receivedOn().minusMonths(12)) || a.assessedOn().isAfter(today())) {
                problems.add(new FieldProblem("assessedOn", "Enter the date of the assessment, today or earlier (an equivalent assessment may be up to 12 months old)"));
            }
            if (a.assessorId() == null || store.assessorQualification(a.assessorId()).isEmpty()) {
                problems.add(new FieldProblem("assessorId", "Choose the assessor from the list"));
            } else if (requirement == Requirement.BEST_INTERESTS && !AssessorQualification.BEST_INTERESTS_ASSESSOR.is(store.assessorQualification(a.assessorId()).get())) {
                problems.add(new FieldProblem("assessorId", "The best interests assessment is made by a Best Interests Assessor"));
            }
        }
        FieldChecks.refuse(problems);
        String by = applications.claim(r, r.version());
        store.assessment(id, requirement.name(), status.name(), status == Requirement.Status.NOT_ASSESSED ? null : a.assessorId(),
                status == Requirement.Status.NOT_ASSESSED ? null : a.assessedOn(), by);
        audit.record(by, Action.CHANGED, SUBJECT, id.toString(), String.valueOf(r.applicationNumber()), requirement.label() + ": " + status.label());
        return applications.view(applications.row(id));
    }

    @PreAuthorize(WORK)
    @Transactional
    public ApplicationView decide(UUID id, DolsCommands.Decision d) {
        ApplicationStore.Row r = applications.undecided(id);
        List<FieldProblem> problems = new ArrayList<>();
        DolsOutcome outcome = Labelled.parse(DolsOutcome.class, d.outcome());
        if (outcome == null) {
            problems.add(new FieldProblem("outcome", "Choose the outcome: granted, not granted or withdrawn"));
        }
        if (d.signedOffOn() == null || d.signedOffOn().isBefore(r.receivedOn()) || d.signedOffOn().isAfter(today())) {
            problems.add(new FieldProblem("signedOffOn", "Enter the sign-off date, between the request (" + r.receivedOn() + ") and today"));
        }
        if (outcome == DolsOutcome.GRANTED) {
            Map<String, String> results = new LinkedHashMap<>();
            store.assessments(id).forEach(a -> results.put(a.requirement(), a.status()));
            List<String> unmet = java.util.Arrays.stream(Requirement.values())
                    .filter(q -> results.get(q.name()) == null || !Requirement.Status.valueOf(results.get(q.name())).met()).map(Requirement::label).toList();
            if (!unmet.isEmpty()) {
                problems.add(new FieldProblem("outcome", "An authorisation is granted only when all six requirements are met; not yet: " + String.join(", ", unmet)));
            }
            if (d.authorisedFrom() == null) {
                problems.add(new FieldProblem("authorisedFrom", "Enter the date the authorisation starts"));
            } else if (d.signedOffOn() != null && d.authorisedFrom().isBefore(d.signedOffOn())) {
                problems.add(new FieldProblem("authorisedFrom", "The authorisation starts on or after it is signed off"));
            }
            if (d.authorisedTo() == null) {
                problems.add(new FieldProblem("authorisedTo", "Enter the date the authorisation ends"));
            } else if (d.authorisedFrom() != null && !d.authorisedTo().isAfter(d.authorisedFrom())) {
                problems.add(new FieldProblem("authorisedTo", "The authorisation must end after it starts (" + d.authorisedFrom() + ")"));
            } else if (d.authorisedFrom() != null && d.authorisedTo().isAfter(DolsClock.latestEnd(d.authorisedFrom()))) {
                problems.add(new FieldProblem("authorisedTo", "A standard authorisation lasts at most 12 months: until " + DolsClock.latestEnd(d.authorisedFrom())));
            }
            if (d.conditions() != null && d.conditions().length() > 4000) {
                problems.add(new FieldProblem("conditions", "Conditions must be 4000 characters or fewer"));
            }
        } else if (d.outcome() != null && FieldChecks.trimmed(d.reason()) == null) {
            problems.add(new FieldProblem("reason", "Enter why the authorisation was " + (outcome == DolsOutcome.WITHDRAWN ? "withdrawn" : "not granted")));
        }
        FieldChecks.refuse(problems);
        String by = applications.claim(r, d.version());
        boolean granted = outcome == DolsOutcome.GRANTED;
        store.decide(id, d.signedOffOn(), outcome, FieldChecks.trimmed(d.reason()), granted ? d.authorisedFrom() : null, granted ? d.authorisedTo() : null,
                granted ? FieldChecks.trimmed(d.conditions()) : null);
        audit.record(by, Action.CHANGED, SUBJECT, id.toString(), String.valueOf(r.applicationNumber()), outcome + " signed off " + d.signedOffOn());
        return applications.view(applications.row(id));
    }

    @PreAuthorize(WORK)
    public ApplicationView openApplication(UUID id) {
        ApplicationView view = applications.view(applications.row(id));
        audit.record(CurrentStaff.username(), Action.VIEWED, SUBJECT, id.toString(), String.valueOf(view.applicationNumber()), null);
        return view;
    }

    /** One page of the applications waiting for a decision, high priority and oldest first, with how many wait in all. */
    @PreAuthorize(WORK)
    public Page<ApplicationView> waiting(int page, int size) {
        audit.record(CurrentStaff.username(), Action.SEARCHED, SUBJECT, null, null, "Waiting applications");
        LocalDate today = today();
        return new Page<>(applications.views(store.first(ApplicationStore.WAITING, ApplicationStore.PRIORITY_ORDER, today, (page - 1) * size, size)),
                page, size, store.count(ApplicationStore.WAITING, today));
    }

    private String priority(String priority, String reason, List<FieldProblem> problems) {
        if (priority == null || priority.isBlank()) {
            if (FieldChecks.trimmed(reason) != null) {
                problems.add(new FieldProblem("priority", "Choose the priority the reason points to"));
            }
            return null;
        }
        String p = priority.strip().toUpperCase();
        if (!Set.of("HIGH", "MEDIUM", "LOW").contains(p)) {
            problems.add(new FieldProblem("priority", "Choose high, medium or low priority"));
            return null;
        }
        if (FieldChecks.trimmed(reason) == null || !codes.isValid("dols-priority-reason", reason)) {
            problems.add(new FieldProblem("priorityReason", codes.refusal("dols-priority-reason", reason, "Choose the reason for the priority from the screening tool's list")));
        } else {
            String group = codes.list("dols-priority-reason").orElseThrow().values().stream().filter(v -> v.value().equals(reason)).findFirst()
                    .orElseThrow().grouping();
            if (!p.equals(group)) {
                problems.add(new FieldProblem("priorityReason", "“" + reason + "” points to " + group.toLowerCase() + " priority"));
            }
        }
        return p;
    }

    private PersonSummary person(UUID personId, List<FieldProblem> problems) {
        PersonSummary p = people.chosen(personId).orElse(null);
        if (p == null) {
            problems.add(new FieldProblem("personId", "Choose the person: find them or create their record first"));
        }
        return p;
    }

    static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
