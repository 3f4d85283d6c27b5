package org.openasc.support;

import java.util.Map;
import java.time.Clock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.NotFound;
import org.openasc.platform.web.StaleVersion;
import org.openasc.support.domain.DirectPaymentStore;

/**
 * Direct payment agreements and their monitoring: a first check 8 weeks after payments start (is the
 * money being used as agreed?), then a check of the account every 3 months after the last.
 */
@Service
public class DirectPayments {

    static final String SUBJECT = "direct-payment";
    static final int FIRST_CHECK_WEEKS = 8;
    static final int CHECK_EVERY_MONTHS = 3;
    /** How far ahead the list of checks due looks, as the list of reviews due does. */
    public static final int LOOK_AHEAD_DAYS = Reviews.LOOK_AHEAD_DAYS;
    static final Set<String> OUTCOMES = Set.of("SATISFACTORY", "CONCERNS_SUPPORT_AGREED", "SURPLUS_TO_RECOVER", "MISUSE_REFERRED");

    private final DirectPaymentStore store;
    private final SupportContext context;
    private final AuditTrail audit;
    private final Clock clock;
    private final CarePackages services;
    private final SupportTeams supportTeams;

    DirectPayments(DirectPaymentStore store, SupportContext context, AuditTrail audit, CarePackages services, Clock clock, SupportTeams supportTeams) {
        this.services = services;
        this.store = store;
        this.context = context;
        this.audit = audit;
        this.clock = clock;
        this.supportTeams = supportTeams;
    }

    @PreAuthorize(Access.WORK_SUPPORT)
    @Transactional
    public DirectPaymentView agree(SupportCommands.NewDirectPayment d) {
        List<FieldProblem> problems = new ArrayList<>();
        PersonSummary person = context.person(d.personId(), problems);
        if (d.serviceId() != null && person != null && !store.serviceOf(d.serviceId(), d.personId())) {
            problems.add(new FieldProblem("serviceId", "That service is not one of this person's services taken as a direct payment"));
        }
        if (d.agreementSignedOn() == null) {
            problems.add(new FieldProblem("agreementSignedOn", "Enter the date the agreement was signed"));
        } else if (d.agreementSignedOn().isAfter(Today.on(clock))) {
            problems.add(new FieldProblem("agreementSignedOn", "The agreement date must be today or in the past"));
        }
        BigDecimal amount = Pounds.check(d.amount(), "amount", "the amount", new BigDecimal("1000000"), false, problems);
        BudgetPeriod period = BudgetPeriod.parse(d.period());
        if (period == null) {
            problems.add(new FieldProblem("period", "Select the period the amount is for: a week, every 4 weeks, a month or a year"));
        }
        if (d.startsOn() == null) {
            problems.add(new FieldProblem("startsOn", "Enter the date payments start"));
        } else if (d.agreementSignedOn() != null && d.startsOn().isBefore(d.agreementSignedOn())) {
            problems.add(new FieldProblem("startsOn", "Payments start on or after the agreement is signed (" + d.agreementSignedOn() + ")"));
        }
        FieldChecks.refuse(problems);
        UUID id = UUID.randomUUID();
        String by = CurrentStaff.username();
        store.insert(id, d.personId(), d.serviceId(), d.agreementSignedOn(), amount, period.name(), d.startsOn(), by);
        store.scheduleCheck(id, d.startsOn().plusWeeks(FIRST_CHECK_WEEKS));
        audit.record(by, Action.CREATED, SUBJECT, id.toString(), null, "Council person ID " + person.personId());
        return view(id);
    }

    /** Records the check that is due; the next is scheduled 3 months on. */
    @PreAuthorize(Access.WORK_SUPPORT)
    @Transactional
    public DirectPaymentView checked(UUID id, SupportCommands.MonitoringDone m) {
        DirectPaymentView dp = view(id);
        if (dp.serviceId() != null) {
            services.requireWritable(dp.serviceId(), SUBJECT, id);
        }
        DirectPaymentView.Check open = dp.checks().stream().filter(c -> c.doneOn() == null).findFirst()
                .orElseThrow(() -> new InvalidInput("check", "No monitoring check is open for this direct payment"));
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate on = m.doneOn();
        if (on == null) {
            problems.add(new FieldProblem("doneOn", "Enter the date of the check"));
        } else if (on.isAfter(Today.on(clock)) || on.isBefore(dp.startsOn())) {
            problems.add(new FieldProblem("doneOn", "The check must be between the start of payments (" + dp.startsOn() + ") and today"));
        }
        if (m.outcome() == null || !OUTCOMES.contains(m.outcome())) {
            problems.add(new FieldProblem("outcome", "Select the outcome: satisfactory, concerns with support agreed, surplus to recover, or misuse referred"));
        }
        FieldChecks.text(m.notes(), "notes", "notes", 4000, false, problems);
        FieldChecks.refuse(problems);
        String by = CurrentStaff.username();
        if (!store.checkDone(open.id(), on, m.outcome(), FieldChecks.trimmed(m.notes()), by)) {
            throw new StaleVersion("The monitoring check");
        }
        store.scheduleCheck(id, on.plusMonths(CHECK_EVERY_MONTHS));
        audit.record(by, Action.CHANGED, SUBJECT, id.toString(), null, "Monitoring " + on + ": " + m.outcome());
        return view(id);
    }

    /** Monitoring checks due in the next 28 days or overdue on the direct payments of the caller's teams and people, the longest overdue first. */
    @PreAuthorize(Access.WORK_SUPPORT)
    public org.openasc.platform.web.Page<DirectPaymentCheckDue> checksDue(int page, int size) {
        org.openasc.platform.web.Page<DirectPaymentCheckDue> listed = readChecksDue(page, size);
        audit.record(CurrentStaff.username(), Action.SEARCHED, SUBJECT, null, null, "Direct payment checks due: " + listed.total() + " found");
        return listed;
    }

    /** As {@link #checksDue}, without recording a search. */
    org.openasc.platform.web.Page<DirectPaymentCheckDue> readChecksDue(int page, int size) {
        LocalDate today = Today.on(clock);
        List<Long> teams = context.visibleTeams();
        String me = CurrentStaff.username();
        List<DirectPaymentStore.CheckDue> rows = store.checksDue(today, today.plusDays(LOOK_AHEAD_DAYS), teams, me, size, (long) (page - 1) * size);
        ListedPeople names = context.summaries(rows.stream().map(DirectPaymentStore.CheckDue::personId).toList());
        java.util.Map<Long, String> teamNames = supportTeams.names();
        return new org.openasc.platform.web.Page<>(rows.stream().map(r -> new DirectPaymentCheckDue(r.directPaymentId(), r.personId(),
                names.get(r.personId()) != null ? names.name(r.personId()) : "Unknown person", r.teamId(),
                r.teamId() == null ? null : teamNames.getOrDefault(r.teamId(), "Team " + r.teamId()), r.worker(), r.dueOn(),
                r.dueOn().isBefore(today))).toList(), page, size, store.countChecksDue(today, today.plusDays(LOOK_AHEAD_DAYS), teams, me));
    }

    @PreAuthorize(Access.READ_PEOPLE)
    public List<DirectPaymentView> directPaymentsOf(UUID personId) {
        context.person(personId, new ArrayList<>());
        return views(store.ofPerson(personId));
    }

    private DirectPaymentView view(UUID id) {
        DirectPaymentStore.Row r = store.find(id).orElseThrow(() -> new NotFound("The direct payment " + id));
        context.person(r.personId(), new ArrayList<>());
        return views(List.of(r)).get(0);
    }

    /** A list's agreements with their monitoring checks looked up in one query, however many rows. */
    private List<DirectPaymentView> views(List<DirectPaymentStore.Row> rows) {
        Map<UUID, List<DirectPaymentView.Check>> checks = store.checks(rows.stream().map(DirectPaymentStore.Row::id).toList());
        return rows.stream().map(r -> view(r, checks.getOrDefault(r.id(), List.of()))).toList();
    }

    private DirectPaymentView view(DirectPaymentStore.Row r, List<DirectPaymentView.Check> checks) {
        // Monitoring stops once payments have ended (as the list of checks due has it): no check is due after that.
        boolean ended = r.endsOn() != null && r.endsOn().isBefore(Today.on(clock));
        LocalDate next = ended ? null : checks.stream().filter(c -> c.doneOn() == null).map(DirectPaymentView.Check::dueOn).findFirst().orElse(null);
        BudgetPeriod period = BudgetPeriod.valueOf(r.period());
        return new DirectPaymentView(r.id(), r.personId(), r.serviceId(), r.agreementSignedOn(), r.amount(), r.period(), period.label(),
                period.weekly(r.amount()), r.startsOn(), checks, next, next != null && next.isBefore(Today.on(clock)), r.endsOn());
    }
}
