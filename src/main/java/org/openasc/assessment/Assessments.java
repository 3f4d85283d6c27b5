package org.openasc.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.platform.web.FieldChecks;
import org.openasc.assessment.AssessmentView.Kind;
import org.openasc.assessment.domain.AssessmentStore;
import org.openasc.assessment.domain.AssessmentStore.Row;
import org.openasc.assessment.domain.CapacityTest;
import org.openasc.assessment.domain.Eligibility;
import org.openasc.people.PersonRecords;
import org.openasc.people.PersonSummary;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.codelist.CodeLists;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.staff.StaffDirectory;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.NotFound;
import org.openasc.platform.calendar.Today;

/**
 * Care Act assessments started and answered ({@link AssessmentDecisions} completes and authorises them). Eligibility and
 * capacity are computed from the answers every time they change, never typed in.
 */
@Service
public class Assessments {

    static final String SUBJECT = "assessment";

    private final AssessmentStore store;
    private final PersonRecords people;
    private final RequestToAssess requests;
    private final StaffDirectory staff;
    private final CodeLists codes;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AssessmentViews views;

    Assessments(AssessmentStore store, PersonRecords people, RequestToAssess requests, StaffDirectory staff, CodeLists codes,
                AuditTrail audit, Clock clock, ApplicationEventPublisher events, AssessmentViews views) {
        this.store = store;
        this.people = people;
        this.requests = requests;
        this.staff = staff;
        this.codes = codes;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.views = views;
    }

    @PreAuthorize(Access.WORK_REQUESTS)
    @Transactional
    public AssessmentView start(AssessmentCommands.NewAssessment a) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = today();
        UUID personId = a.personId();
        if (a.requestId() != null) {
            UUID requestPerson = requests.personOf(a.requestId(), problems);
            if (requestPerson != null && personId != null && !personId.equals(requestPerson)) {
                problems.add(new FieldProblem("personId", "The request is about someone else: assess the person the request is about"));
            }
            personId = requestPerson != null ? requestPerson : personId;
        } else if (personId == null) {
            problems.add(new FieldProblem("personId", "Say who is being assessed, or start the assessment from their request for support"));
        }
        if (a.assessmentType() == null || a.assessmentType().isBlank()) {
            problems.add(new FieldProblem("assessmentType", "Select the type of assessment"));
        } else if (!codes.isValid("assessment-type", a.assessmentType())) {
            problems.add(new FieldProblem("assessmentType", codes.notOnList("assessment-type", "the type of assessment")));
        }
        checkMethod(a.method(), problems);
        if (a.startedOn() == null) {
            problems.add(new FieldProblem("startedOn", "Enter the date the assessment started"));
        } else if (a.startedOn().isAfter(today)) {
            problems.add(new FieldProblem("startedOn", "The date the assessment started must be today or in the past"));
        }
        String by = CurrentStaff.username();
        String worker = a.worker() == null || a.worker().isBlank() ? by : a.worker().strip().toLowerCase();
        if (!worker.equals(by) && !staff.exists(worker)) {
            problems.add(new FieldProblem("worker", "Enter the username of the member of staff doing the assessment"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        PersonSummary person = person(personId);
        UUID id = UUID.randomUUID();
        long number = store.insert(id, personId, a.requestId(), a.assessmentType(), FieldChecks.trimmed(a.method()), a.startedOn(), worker, by);
        store.history(id, by, "Started", a.assessmentType() + " on " + a.startedOn() + " by " + worker);
        audit.record(by, Action.CREATED, SUBJECT, id.toString(), String.valueOf(number), "Council person ID " + person.personId());
        events.publishEvent(new AssessmentStarted(id, number, personId, a.requestId(), a.assessmentType(), a.startedOn(), by));
        recompute(store.find(id).orElseThrow(), null, null, null, null, null);
        return open(id);
    }

    @PreAuthorize(Access.READ_PEOPLE)
    @Transactional
    public AssessmentView open(UUID id) {
        Row row = store.find(id).orElseThrow(() -> new NotFound("The assessment " + id));
        PersonSummary person = views.visiblePerson(row);
        audit.record(CurrentStaff.username(), Action.VIEWED, SUBJECT, id.toString(), String.valueOf(row.assessmentNumber()), null);
        return views.view(row, person);
    }

    @PreAuthorize(Access.READ_PEOPLE)
    public List<AssessmentView> of(UUID personId) {
        PersonSummary person = people.summaryOf(personId);
        return views.views(store.ofPerson(personId), person);
    }

    @PreAuthorize(Access.WORK_REQUESTS)
    @Transactional
    public AssessmentView answer(UUID id, AssessmentCommands.Answers answers) {
        Row row = views.changeable(id);
        Kind kind = views.kind(row.assessmentType());
        List<FieldProblem> problems = new ArrayList<>();
        if (answers.version() == null) {
            problems.add(new FieldProblem("version", "Send the version of the assessment you are changing (from when you opened it)"));
        }
        if (answers.method() != null) {
            checkMethod(answers.method(), problems);
        }
        Map<String, Eligibility.Answer> outcomes = outcomeAnswers(kind, answers.outcomes(), problems);
        if (answers.capacity() != null) {
            FieldChecks.text(answers.capacity().decision(), "capacity.decision", "The decision in question", 1000, false, problems);
            FieldChecks.text(answers.capacity().bestInterestsDecision(), "capacity.bestInterestsDecision", "The best-interests decision", 4000, false, problems);
        }
        FieldChecks.text(answers.notes(), "notes", "Notes", 8000, false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String by = views.claim(row, answers.version());
        store.saveAnswers(id, outcomes);
        recompute(row, answers.method(), answers.carer(), answers.capacity(), answers.notes(), by);
        store.history(id, by, "Answers saved", outcomes.size() + " outcomes answered"
                + (answers.capacity() != null ? ", capacity test" : "") + (answers.carer() != null ? ", carer questions" : ""));
        audit.record(by, Action.CHANGED, SUBJECT, id.toString(), String.valueOf(row.assessmentNumber()), "Answers saved");
        return views.view(store.find(id).orElseThrow(), views.visiblePerson(row));
    }

    /** Recomputes eligibility and capacity from all the answers (merging in what was just sent). */
    private void recompute(Row row, String method, AssessmentCommands.CarerQuestions carer, AssessmentCommands.CapacityQuestions capacity,
                           String notes, String by) {
        Kind kind = views.kind(row.assessmentType());
        Map<EligibilityOutcome, Eligibility.Answer> answers = new EnumMap<>(EligibilityOutcome.class);
        store.answers(row.id()).forEach(a -> answers.put(EligibilityOutcome.valueOf(a.outcome()),
                new Eligibility.Answer(a.unable(), a.arisesFromImpairment(), a.significantImpact())));
        Boolean needsFromCaring = carer != null ? carer.needsFromCaring() : row.carerNeedsFromCaring();
        Boolean healthAtRisk = carer != null ? carer.healthAtRisk() : row.carerHealthAtRisk();
        Boolean carerImpact = carer != null ? carer.significantImpact() : row.carerSignificantImpact();
        CapacityTest.Answers mca = capacity != null
                ? new CapacityTest.Answers(capacity.impairment(), capacity.unableToUnderstand(), capacity.unableToRetain(),
                        capacity.unableToWeigh(), capacity.unableToCommunicate(), capacity.causedByImpairment())
                : new CapacityTest.Answers(row.impairmentOfMind(), row.unableToUnderstand(), row.unableToRetain(), row.unableToWeigh(),
                        row.unableToCommunicate(), row.causedByImpairment());
        Boolean eligible = null;
        List<String> reasons = List.of();
        Boolean lacks = null;
        if (kind == Kind.NEEDS) {
            Eligibility.Determination d = Eligibility.adult(answers);
            eligible = d.eligible();
            reasons = d.reasons();
        } else if (kind == Kind.CARER) {
            Eligibility.Determination d = Eligibility.carer(answers, new Eligibility.CarerAnswers(needsFromCaring, healthAtRisk, carerImpact));
            eligible = d.eligible();
            reasons = d.reasons();
        } else if (kind == Kind.CAPACITY) {
            CapacityTest.Outcome o = CapacityTest.of(mca);
            lacks = o.lacksCapacity();
            reasons = o.reasons();
        }
        store.saveRest(new Row(row.id(), row.assessmentNumber(), row.personId(), row.requestId(), row.assessmentType(),
                method != null ? FieldChecks.trimmed(method) : row.method(), row.startedOn(), row.completedOn(), row.worker(), eligible,
                String.join("\n", reasons), row.eligibleNeedsIdentified(), needsFromCaring, healthAtRisk, carerImpact,
                capacity != null ? FieldChecks.trimmed(capacity.decision()) : row.decisionInQuestion(), mca.impairment(), mca.unableToUnderstand(),
                mca.unableToRetain(), mca.unableToWeigh(), mca.unableToCommunicate(), mca.causedByImpairment(), lacks,
                capacity != null ? FieldChecks.trimmed(capacity.bestInterestsDecision()) : row.bestInterestsDecision(),
                notes != null ? FieldChecks.trimmed(notes) : row.notes(), row.authorisedBy(), row.authorisedAt(), row.version(), row.createdAt(), row.createdBy()));
    }

    private Map<String, Eligibility.Answer> outcomeAnswers(Kind kind, List<AssessmentCommands.OutcomeAnswer> given, List<FieldProblem> problems) {
        Map<String, Eligibility.Answer> result = new LinkedHashMap<>();
        if (given == null || given.isEmpty()) {
            return result;
        }
        List<EligibilityOutcome> allowed = kind == Kind.CARER ? EligibilityOutcome.forCarers()
                : kind == Kind.NEEDS ? EligibilityOutcome.forAdults() : List.of();
        for (AssessmentCommands.OutcomeAnswer a : given) {
            EligibilityOutcome outcome = Arrays.stream(EligibilityOutcome.values()).filter(o -> o.name().equals(a.outcome())).findFirst().orElse(null);
            String field = "outcomes." + a.outcome();
            if (outcome == null || !allowed.contains(outcome)) {
                problems.add(new FieldProblem("outcomes", allowed.isEmpty() ? "This type of assessment has no eligibility outcomes"
                        : "Unknown outcome " + a.outcome() + ": use one of " + allowed.stream().map(Enum::name).toList()));
            } else if (a.unable() == null) {
                problems.add(new FieldProblem(field, "Say whether the person is unable to achieve: " + outcome.label()));
            } else {
                result.put(outcome.name(), new Eligibility.Answer(a.unable(), a.unable() ? a.arisesFromImpairment() : null,
                        a.unable() ? a.significantImpact() : null));
            }
        }
        return result;
    }

    private PersonSummary person(UUID personId) {
        return people.chosen(personId)
                .orElseThrow(() -> new InvalidInput("personId", "There is no person with this ID: find them or create their record first"));
    }

    private void checkMethod(String method, List<FieldProblem> problems) {
        if (method != null && !method.isBlank() && !codes.isValid("method-of-assessment", method)) {
            problems.add(new FieldProblem("method", codes.notOnList("method-of-assessment", "the method of assessment")));
        }
    }

    private LocalDate today() {
        return Today.on(clock);
    }
}
