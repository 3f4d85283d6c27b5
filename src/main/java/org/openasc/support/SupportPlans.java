package org.openasc.support;

import java.math.BigDecimal;
import java.util.Map;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.platform.calendar.Today;
import org.openasc.platform.web.FieldChecks;
import org.openasc.people.ListedPeople;
import org.openasc.people.PersonSummary;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.codelist.CodeLists;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.NotFound;
import org.openasc.platform.web.StaleVersion;
import org.openasc.platform.web.Versions;
import org.openasc.support.domain.PlanStore;

/**
 * Care and support plans (Care Act s25): written for a person whose authorised needs assessment found
 * eligible needs, with the outcomes they want, how each will be met, the personal budget and how it is
 * taken; a team manager other than the author signs it off.
 */
@Service
public class SupportPlans {

    static final String SUBJECT = "support-plan";
    private static final java.math.BigDecimal MAX_BUDGET = new java.math.BigDecimal("10000000");

    private final PlanStore store;
    private final SupportContext context;
    private final CodeLists codes;
    private final Clock clock;
    private final AuditTrail audit;
    private final SupportTeams supportTeams;

    SupportPlans(PlanStore store, SupportContext context, CodeLists codes, AuditTrail audit, Clock clock, SupportTeams supportTeams) {
        this.store = store;
        this.context = context;
        this.codes = codes;
        this.audit = audit;
        this.clock = clock;
        this.supportTeams = supportTeams;
    }

    @PreAuthorize(Access.WORK_REQUESTS)
    @Transactional
    public PlanView write(SupportCommands.NewPlan p) {
        List<FieldProblem> problems = new ArrayList<>();
        PersonSummary person = context.person(p.personId(), problems);
        supportTeams.check(p.teamId(), p.worker(), problems);
        if (p.assessmentId() == null) {
            problems.add(new FieldProblem("assessmentId", "Choose the needs assessment the plan meets"));
        } else {
            PlanStore.AssessmentFact a = store.assessment(p.assessmentId()).orElse(null);
            if (a == null || !a.personId().equals(p.personId())) {
                problems.add(new FieldProblem("assessmentId", "That assessment is not one of this person's"));
            } else if (!Boolean.TRUE.equals(a.eligible()) || !a.authorised()) {
                problems.add(new FieldProblem("assessmentId", "A plan meets eligible needs: the assessment must have found eligible needs and been authorised"));
            }
        }
        if (p.startsOn() == null) {
            problems.add(new FieldProblem("startsOn", "Enter the date the plan starts"));
        }
        java.math.BigDecimal amount = Pounds.check(p.budgetAmount(), "budgetAmount", "the personal budget", MAX_BUDGET, true, problems);
        BudgetPeriod period = BudgetPeriod.parse(p.budgetPeriod());
        if (period == null) {
            problems.add(new FieldProblem("budgetPeriod", "Select the period of the personal budget: a week, every 4 weeks, a month or a year"));
        }
        if (p.deliveryMechanism() == null || !codes.isValid("delivery-mechanism", p.deliveryMechanism())) {
            problems.add(new FieldProblem("deliveryMechanism", codes.refusal("delivery-mechanism", p.deliveryMechanism(), "Select how the budget is taken: direct payment, council-managed personal budget or council-commissioned support")));
        }
        List<SupportCommands.PlanOutcome> outcomes = new ArrayList<>();
        List<SupportCommands.PlanOutcome> given = p.outcomes() == null ? List.of() : p.outcomes();
        for (int i = 0; i < given.size(); i++) {
            SupportCommands.PlanOutcome o = given.get(i);
            if (o == null || (FieldChecks.trimmed(o.wanted()) == null && FieldChecks.trimmed(o.howMet()) == null)) {
                continue;
            }
            FieldChecks.text(o.wanted(), "outcomes[" + i + "].wanted", "outcome " + (i + 1) + " in the person's words", 2000, true, problems);
            FieldChecks.text(o.howMet(), "outcomes[" + i + "].howMet", "how outcome " + (i + 1) + " will be met", 4000, true, problems);
            outcomes.add(o);
        }
        if (outcomes.isEmpty()) {
            problems.add(new FieldProblem("outcomes[0].wanted", "Enter at least one outcome the person wants and how it will be met"));
        }
        FieldChecks.refuse(problems);
        UUID id = UUID.randomUUID();
        String by = CurrentStaff.username();
        store.insert(id, p.personId(), p.assessmentId(), p.teamId(), FieldChecks.trimmed(p.worker()), p.startsOn(), amount, period.name(),
                period.weekly(amount), p.deliveryMechanism(),
                outcomes.stream().map(o -> new SupportCommands.PlanOutcome(o.wanted().strip(), o.howMet().strip())).toList(), by);
        audit.record(by, Action.CREATED, SUBJECT, id.toString(), null, "Council person ID " + person.personId());
        return view(id);
    }

    /** Sign-off by a team manager who did not write the plan. */
    @PreAuthorize(Access.MANAGE_REQUESTS)
    @Transactional
    public PlanView signOff(UUID id, SupportCommands.SignOff signOff) {
        PlanStore.Row row = row(id);
        context.writable(SUBJECT, id, null, row.teamId(), row.worker(), "This care and support plan");
        String by = CurrentStaff.username();
        if (row.signedOffOn() != null) {
            throw new InvalidInput("plan", "This plan was signed off on " + row.signedOffOn() + " by " + row.signedOffBy());
        }
        if (row.createdBy().equals(by)) {
            throw new InvalidInput("plan", "A plan is signed off by a manager other than the one who wrote it");
        }
        LocalDate on = signOff.signedOffOn() == null ? Today.on(clock) : signOff.signedOffOn();
        if (on.isAfter(Today.on(clock)) || on.isBefore(row.createdAt().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate())) {
            throw new InvalidInput("signedOffOn", "The sign-off date must be between the day the plan was written and today");
        }
        if (Versions.required(signOff.version()) != row.version() || !store.signOff(id, signOff.version(), on, by)) {
            throw new StaleVersion("The plan");
        }
        audit.record(by, Action.CHANGED, SUBJECT, id.toString(), null, "Signed off " + on);
        return view(id);
    }

    @PreAuthorize(Access.READ_PEOPLE)
    public PlanView open(UUID id) {
        PlanView plan = view(id);
        audit.record(CurrentStaff.username(), Action.VIEWED, SUBJECT, id.toString(), null, null);
        return plan;
    }

    @PreAuthorize(Access.READ_PEOPLE)
    public List<PlanView> plansOf(UUID personId) {
        context.person(personId, new ArrayList<>());
        return views(store.ofPerson(personId));
    }

    /** Plans in the caller's teams awaiting their sign-off (not ones they wrote), the longest waiting first. */
    @PreAuthorize(Access.MANAGE_REQUESTS)
    public org.openasc.platform.web.Page<PlanAwaitingSignOff> awaitingSignOff(int page, int size) {
        org.openasc.platform.web.Page<PlanAwaitingSignOff> listed = readAwaitingSignOff(page, size);
        audit.record(CurrentStaff.username(), Action.SEARCHED, SUBJECT, null, null, "Plans awaiting sign-off: " + listed.total() + " found");
        return listed;
    }

    /** As {@link #awaitingSignOff}, without recording a search. */
    org.openasc.platform.web.Page<PlanAwaitingSignOff> readAwaitingSignOff(int page, int size) {
        List<Long> teams = context.visibleTeams();
        String me = CurrentStaff.username();
        List<PlanStore.Unsigned> rows = store.awaitingSignOff(teams, me, size, (long) (page - 1) * size);
        ListedPeople names = context.summaries(rows.stream().map(PlanStore.Unsigned::personId).toList());
        java.util.Map<Long, String> teamNames = supportTeams.names();
        return new org.openasc.platform.web.Page<>(rows.stream().map(r -> new PlanAwaitingSignOff(r.id(), r.personId(),
                names.get(r.personId()) != null ? names.name(r.personId()) : "Unknown person", r.teamId(),
                teamNames.getOrDefault(r.teamId(), "Team " + r.teamId()), r.worker(), r.startsOn(),
                r.createdAt().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate(), r.createdBy())).toList(), page, size,
                store.countAwaitingSignOff(teams, me));
    }

    /** The person's authorised needs assessments that found eligible needs: what a plan can meet. */
    @PreAuthorize(Access.WORK_REQUESTS)
    public List<PlanStore.EligibleAssessment> eligibleAssessmentsOf(UUID personId) {
        context.person(personId, new ArrayList<>());
        return store.eligibleAssessments(personId);
    }

    private PlanStore.Row row(UUID id) {
        PlanStore.Row row = store.find(id).orElseThrow(() -> new NotFound("The care and support plan " + id));
        context.person(row.personId(), new ArrayList<>());
        return row;
    }

    private PlanView view(UUID id) {
        return views(List.of(row(id))).get(0);
    }

    /** A list's plans with their outcomes, committed cost, people and teams looked up once each, however many rows. */
    private List<PlanView> views(List<PlanStore.Row> rows) {
        List<UUID> ids = rows.stream().map(PlanStore.Row::id).toList();
        Map<UUID, List<SupportCommands.PlanOutcome>> outcomes = store.outcomes(ids);
        Map<UUID, BigDecimal> committed = store.committedWeekly(ids, Today.on(clock));
        ListedPeople people = context.summaries(rows.stream().map(PlanStore.Row::personId).collect(java.util.stream.Collectors.toSet()));
        Map<Long, String> teamNames = rows.isEmpty() ? Map.of() : supportTeams.names();
        return rows.stream().map(r -> view(r, people.get(r.personId()), outcomes.getOrDefault(r.id(), List.of()),
                committed.getOrDefault(r.id(), BigDecimal.ZERO), teamNames)).toList();
    }

    private PlanView view(PlanStore.Row r, PersonSummary person, List<SupportCommands.PlanOutcome> outcomes, BigDecimal committed,
                          Map<Long, String> teamNames) {
        BudgetPeriod period = BudgetPeriod.valueOf(r.budgetPeriod());
        return new PlanView(r.id(), r.personId(), person == null ? null : person.fullName(), r.assessmentId(), r.teamId(),
                SupportTeams.name(teamNames, r.teamId()), r.worker(), r.startsOn(), r.budgetAmount(), r.budgetPeriod(), period.label(), r.weeklyBudget(),
                r.deliveryMechanism(), outcomes, r.signedOffBy(), r.signedOffOn(), committed,
                r.version(), r.createdAt(), r.createdBy());
    }
}
