package org.openasc.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.platform.calendar.Today;
import org.openasc.platform.web.Page;
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
import org.openasc.support.domain.ReviewStore;
import org.openasc.support.domain.ServiceStore;

/** Reviews of care and support (CLD Review events) and the planned reviews due and overdue by team and worker. */
@Service
public class Reviews {

    static final String SUBJECT = "review";
    /** The list of reviews due shows those overdue and those due in the next 28 days. */
    public static final int LOOK_AHEAD_DAYS = 28;

    private final ReviewStore store;
    private final ServiceStore services;
    private final SupportContext context;
    private final CodeLists codes;
    private final AuditTrail audit;
    private final Clock clock;
    private final ReviewSchedule schedule;
    private final SupportTeams supportTeams;

    Reviews(ReviewStore store, ServiceStore services, SupportContext context, CodeLists codes, AuditTrail audit,
            @Value("${openasc.support.review-interval-months:12}") int intervalMonths, Clock clock, SupportTeams supportTeams) {
        this.store = store;
        this.services = services;
        this.context = context;
        this.codes = codes;
        this.audit = audit;
        this.schedule = new ReviewSchedule(intervalMonths);
        this.clock = clock;
        this.supportTeams = supportTeams;
    }

    @PreAuthorize(Access.SIGNED_IN)
    public ReviewSchedule schedule() {
        return schedule;
    }

    @PreAuthorize(Access.WORK_SUPPORT)
    @Transactional
    public ReviewView record(SupportCommands.NewReview r) {
        List<FieldProblem> problems = new ArrayList<>();
        PersonSummary person = context.person(r.personId(), problems);
        if (r.reason() == null || !codes.isValid("review-reason", r.reason())) {
            problems.add(new FieldProblem("reason", codes.refusal("review-reason", r.reason(), "Select the reason for the review: planned, or the reason it was unplanned")));
        }
        if (r.method() == null || !codes.isValid("review-method", r.method())) {
            problems.add(new FieldProblem("method", codes.refusal("review-method", r.method(), "Select how the review was done")));
        }
        if (r.reviewedOn() == null) {
            problems.add(new FieldProblem("reviewedOn", "Enter the date of the review"));
        } else if (r.reviewedOn().isAfter(Today.on(clock))) {
            problems.add(new FieldProblem("reviewedOn", "The date of the review must be today or in the past"));
        } else if (person != null && !services.anyServiceOn(r.personId(), r.reviewedOn())) {
            problems.add(new FieldProblem("personId", person.fullName() + " had no service on " + r.reviewedOn()
                    + ": a review is of the support a person receives"));
        }
        String outcomes = FieldChecks.trimmed(r.outcomesAchieved());
        if ("Planned".equals(r.reason()) && outcomes == null) {
            problems.add(new FieldProblem("outcomesAchieved", "A planned review records whether the outcomes were achieved"));
        } else if (outcomes != null && !codes.isValid("review-outcomes-achieved", outcomes)) {
            problems.add(new FieldProblem("outcomesAchieved", codes.withCodes("review-outcomes-achieved", "Select fully, partially or not achieved")));
        }
        FieldChecks.text(r.whatChanged(), "whatChanged", "what changed", 4000, false, problems);
        String outcome = FieldChecks.trimmed(r.outcome());
        if (outcome != null && !codes.isValid("event-outcome", outcome)) {
            problems.add(new FieldProblem("outcome", codes.notOnList("event-outcome", "what followed the review")));
        }
        FieldChecks.refuse(problems);
        UUID id = UUID.randomUUID();
        String by = CurrentStaff.username();
        String worker = FieldChecks.trimmed(r.worker()) == null ? by : r.worker().strip();
        store.insert(id, r.personId(), r.reason(), r.method(), r.reviewedOn(), outcomes, FieldChecks.trimmed(r.whatChanged()), worker, by, outcome);
        audit.record(by, Action.CREATED, SUBJECT, id.toString(), null, "Council person ID " + person.personId() + ": " + r.reason());
        return reviewsOf(r.personId()).stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    @PreAuthorize(Access.READ_PEOPLE)
    public List<ReviewView> reviewsOf(UUID personId) {
        PersonSummary person = context.person(personId, new ArrayList<>());
        return store.ofPerson(personId).stream().map(r -> new ReviewView(r.id(), r.personId(), person.fullName(), r.reason(), r.method(),
                r.reviewedOn(), r.outcomesAchieved(), r.whatChanged(), r.worker(), r.recordedBy())).toList();
    }

    /** Planned reviews due within {@code withinDays} of the date or overdue, in the caller's teams (or one of them). */
    @PreAuthorize(Access.WORK_SUPPORT + " or hasRole('PERFORMANCE')")
    public List<ReviewDue> due(Long team, LocalDate asOf, Integer withinDays) {
        return due(team, asOf, withinDays, 1, 2000).items();
    }

    /** One page of {@link #due(Long, LocalDate, Integer)}, most overdue first, with how many are due in all. */
    @PreAuthorize(Access.WORK_SUPPORT + " or hasRole('PERFORMANCE')")
    public Page<ReviewDue> due(Long team, LocalDate asOf, Integer withinDays, int page, int size) {
        LocalDate on = asOf == null ? Today.on(clock) : asOf;
        if (on.isAfter(Today.on(clock))) {
            throw new InvalidInput("asOf", "The date must be today or in the past");
        }
        int within = withinDays == null ? LOOK_AHEAD_DAYS : withinDays;
        if (within < 0 || within > 366) {
            throw new InvalidInput("within", "Look ahead between 0 and 366 days");
        }
        List<Long> visible = context.visibleTeams();
        if (team != null && visible != null && !visible.contains(team)) {
            audit.recordRegardless(CurrentStaff.username(), Action.REFUSED, SUBJECT, null, null, "Reviews due of team " + team);
            throw org.openasc.platform.web.RecordRefused.outsideTeam("The list of reviews due of team " + team);
        }
        List<ReviewStore.DueRow> rows = store.due(on, on.plusDays(within), schedule.months(), team, visible, CurrentStaff.username(), (page - 1) * size, size);
        ListedPeople people = context.summaries(rows.stream().map(ReviewStore.DueRow::personId).collect(Collectors.toSet()));
        Map<Long, String> teams = supportTeams.names();
        audit.record(CurrentStaff.username(), Action.SEARCHED, SUBJECT, null, null, "Reviews due " + on + (team == null ? "" : " team " + team));
        return new Page<>(rows.stream().map(r -> {
            PersonSummary p = people.get(r.personId());
            boolean overdue = ReviewSchedule.overdue(r.dueOn(), on);
            return new ReviewDue(r.personId(), p == null ? null : p.fullName(), p == null || p.restricted() ? null : p.personId(), r.teamId(),
                    teams.getOrDefault(r.teamId(), "Team " + r.teamId()), r.worker(), r.longTermFrom(), r.lastReviewedOn(), r.dueOn(), overdue,
                    overdue ? ChronoUnit.DAYS.between(r.dueOn(), on) : 0);
        }).toList(), page, size, store.countDue(on, on.plusDays(within), schedule.months(), team, visible, CurrentStaff.username()));
    }

    /** The person's next planned review, if they are in long-term support today. */
    @PreAuthorize(Access.READ_PEOPLE)
    public LocalDate nextDue(UUID personId) {
        List<ReviewStore.DueRow> rows = store.dueFor(personId, Today.on(clock), schedule.months());
        return rows.isEmpty() ? null : rows.get(0).dueOn();
    }

}
