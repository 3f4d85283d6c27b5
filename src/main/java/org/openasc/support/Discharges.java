package org.openasc.support;

import java.util.Map;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
import org.openasc.platform.web.NotFound;
import org.openasc.platform.web.StaleVersion;
import org.openasc.platform.web.Versions;
import org.openasc.support.domain.DischargeStore;

/**
 * Hospital discharge: a referral from a ward with its pathway (0 home with no new support, 1 home
 * with support, 2 a bed-based step-down, 3 a care home), the hub's decision and the discharge, and
 * for reablement after discharge where the person is 91 days on.
 */
@Service
public class Discharges {

    static final String SUBJECT = "discharge";
    static final int DAYS_TO_FOLLOW_UP = 91;

    private final DischargeStore store;
    private final SupportContext context;
    private final CodeLists codes;
    private final Clock clock;
    private final AuditTrail audit;
    private final SupportTeams teams;

    Discharges(DischargeStore store, SupportContext context, CodeLists codes, AuditTrail audit, Clock clock, SupportTeams teams) {
        this.store = store;
        this.context = context;
        this.codes = codes;
        this.audit = audit;
        this.clock = clock;
        this.teams = teams;
    }

    @PreAuthorize(Access.WORK_SUPPORT)
    @Transactional
    public DischargeView refer(SupportCommands.NewDischarge d) {
        List<FieldProblem> problems = new ArrayList<>();
        PersonSummary person = context.person(d.personId(), problems);
        teams.check(d.teamId(), null, problems);
        FieldChecks.text(d.hospital(), "hospital", "the hospital", 200, true, problems);
        FieldChecks.text(d.ward(), "ward", "the ward", 200, true, problems);
        if (d.referredOn() == null) {
            problems.add(new FieldProblem("referredOn", "Enter the date of the referral"));
        } else if (d.referredOn().isAfter(Today.on(clock))) {
            problems.add(new FieldProblem("referredOn", "The date of the referral must be today or in the past"));
        }
        if (d.pathway() == null || d.pathway() < 0 || d.pathway() > 3) {
            problems.add(new FieldProblem("pathway", "Select the discharge pathway, 0 to 3"));
        }
        FieldChecks.refuse(problems);
        UUID id = UUID.randomUUID();
        String by = CurrentStaff.username();
        store.insert(id, d.personId(), d.teamId(), d.hospital().strip(), d.ward().strip(), d.referredOn(), d.pathway(),
                Boolean.TRUE.equals(d.dischargeToAssess()), by);
        audit.record(by, Action.CREATED, SUBJECT, id.toString(), null, "Council person ID " + person.personId() + ", pathway " + d.pathway());
        return view(store.find(id).orElseThrow(), null, teams.names());
    }

    /** Records the hub's decision, the discharge, reablement and the 91-day follow-up as they happen. */
    @PreAuthorize(Access.WORK_SUPPORT)
    @Transactional
    public DischargeView progress(UUID id, SupportCommands.DischargeProgress p) {
        DischargeStore.Row row = row(id);
        context.writable(SUBJECT, id, null, row.teamId(), null, "This discharge");
        if (row.endedOn() != null) {
            throw new org.openasc.platform.web.InvalidInput("dischargedOn", "This referral ended on " + row.endedOn()
                    + " without a discharge: the person died");
        }
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = Today.on(clock);
        LocalDate decision = p.hubDecisionOn();
        LocalDate discharged = p.dischargedOn();
        if (decision != null && (decision.isBefore(row.referredOn()) || decision.isAfter(today))) {
            problems.add(new FieldProblem("hubDecisionOn", "The hub's decision must be between the referral (" + row.referredOn() + ") and today"));
        }
        if (discharged != null) {
            if (decision == null) {
                problems.add(new FieldProblem("hubDecisionOn", "Enter the date of the hub's decision before the discharge"));
            } else if (discharged.isBefore(decision) || discharged.isAfter(today)) {
                problems.add(new FieldProblem("dischargedOn", "The discharge must be between the hub's decision (" + decision + ") and today"));
            }
        }
        boolean reablement = Boolean.TRUE.equals(p.reablement());
        String status = FieldChecks.trimmed(p.status91Day());
        if (status != null) {
            if (!codes.isValid("reablement-91-day", status)) {
                problems.add(new FieldProblem("status91Day", codes.withCodes("reablement-91-day", "Select where the person is 91 days after discharge")));
            } else if (!reablement || discharged == null) {
                problems.add(new FieldProblem("status91Day", "Where the person is 91 days on is recorded for reablement after a discharge"));
            } else if (discharged.plusDays(DAYS_TO_FOLLOW_UP).isAfter(today)) {
                problems.add(new FieldProblem("status91Day", "91 days after the discharge is " + discharged.plusDays(DAYS_TO_FOLLOW_UP)
                        + ": record it then"));
            }
        }
        FieldChecks.refuse(problems);
        String by = CurrentStaff.username();
        if (Versions.required(p.version()) != row.version() || !store.progress(id, p.version(), decision, discharged, reablement, status, by)) {
            throw new StaleVersion("The discharge");
        }
        audit.record(by, Action.CHANGED, SUBJECT, id.toString(), null, "Decision " + decision + ", discharged " + discharged);
        return view(store.find(id).orElseThrow(), null, teams.names());
    }

    @PreAuthorize(Access.READ_PEOPLE)
    public DischargeView open(UUID id) {
        DischargeView view = view(row(id), null, teams.names());
        audit.record(CurrentStaff.username(), Action.VIEWED, SUBJECT, id.toString(), null, null);
        return view;
    }

    /** Referrals still in hospital and those discharged in the period, in the caller's teams. */
    @PreAuthorize(Access.WORK_SUPPORT + " or hasRole('PERFORMANCE')")
    public List<DischargeView> list(LocalDate from, LocalDate to) {
        List<DischargeStore.Row> rows = store.list(from, to, context.visibleTeams(), 500);
        ListedPeople people = context.summaries(rows.stream().map(DischargeStore.Row::personId).collect(Collectors.toSet()));
        audit.record(CurrentStaff.username(), Action.SEARCHED, SUBJECT, null, null, "Discharges " + from + " to " + to);
        Map<Long, String> teamNames = teams.names();
        return rows.stream().map(r -> view(r, people, teamNames)).toList();
    }

    @PreAuthorize(Access.READ_PEOPLE)
    public List<DischargeView> dischargesOf(UUID personId) {
        context.person(personId, new ArrayList<>());
        ListedPeople person = context.summaries(java.util.List.of(personId));
        Map<Long, String> teamNames = teams.names();
        return store.ofPerson(personId).stream().map(r -> view(r, person, teamNames)).toList();
    }

    private DischargeStore.Row row(UUID id) {
        DischargeStore.Row row = store.find(id).orElseThrow(() -> new NotFound("The discharge " + id));
        context.person(row.personId(), new ArrayList<>());
        return row;
    }

    private DischargeView view(DischargeStore.Row r, ListedPeople known, Map<Long, String> teamNames) {
        PersonSummary p = (known != null ? known : context.summaries(Set.of(r.personId()))).get(r.personId());
        Long days = r.hubDecisionOn() != null && r.dischargedOn() != null ? ChronoUnit.DAYS.between(r.hubDecisionOn(), r.dischargedOn()) : null;
        boolean sealed = p != null && p.restricted(); // a restricted person's row keeps its dates and pathway, not where they are
        return new DischargeView(r.id(), r.personId(), p == null ? null : p.fullName(), r.teamId(), SupportTeams.name(teamNames, r.teamId()),
                sealed ? null : r.hospital(), sealed ? null : r.ward(), r.referredOn(), r.pathway(), r.dischargeToAssess(), r.hubDecisionOn(), r.dischargedOn(), days, r.reablement(),
                r.reablement() && r.dischargedOn() != null ? r.dischargedOn().plusDays(DAYS_TO_FOLLOW_UP) : null, r.status91Day(), r.version(),
                r.endedOn(), r.endReason() == null ? null : r.endReason().name());
    }
}
