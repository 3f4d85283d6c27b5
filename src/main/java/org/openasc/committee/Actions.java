package org.openasc.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.committee.domain.CommitteeStore;
import org.openasc.committee.domain.MinutesStore;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.calendar.WorkingDayCalendar;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;
import org.openasc.platform.staff.StaffDirectory;
import org.openasc.platform.web.FieldChecks;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.NotFound;
import org.openasc.platform.web.StaleVersion;
import org.openasc.platform.web.Versions;

/**
 * Actions from meetings: a member's request for information or a follow-up, the officer who answers
 * it, due 10 working days after the meeting unless the committee sets a date. Open and overdue actions
 * are listed for officers and come back on the next agenda; councillors see the actions they asked.
 */
@Service
public class Actions {

    static final int WORKING_DAYS_TO_ANSWER = 10;

    private final MinutesStore store;
    private final CommitteeStore committees;
    private final Reports reports;
    private final StaffDirectory staff;
    private final WorkingDayCalendar calendar;
    private final AuditTrail audit;
    private final Clock clock;

    Actions(MinutesStore store, CommitteeStore committees, Reports reports, StaffDirectory staff, WorkingDayCalendar calendar, AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.committees = committees;
        this.reports = reports;
        this.staff = staff;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Committees.WORK)
    @Transactional
    public ActionView record(UUID meetingId, CommitteeCommands.NewAction a) {
        CommitteeStore.MeetingRow meeting = committees.meeting(meetingId).orElseThrow(() -> new NotFound("The meeting " + meetingId));
        reports.requireOfficer(meeting.committeeId());
        LocalDate meetingDay = meeting.startsAt().atZone(Today.COUNCIL_ZONE).toLocalDate();
        FieldChecks checks = new FieldChecks().text(a.request(), "request", "what the member asked for", 2000);
        String askedBy = a.askedBy() == null ? null : a.askedBy().strip().toLowerCase();
        if (askedBy == null || !Committees.COUNCILLOR_ROLES.contains(committees.roleOf(meeting.committeeId(), askedBy).orElse(""))) {
            checks.add("askedBy", "Choose the member of the committee who asked");
        }
        String officer = a.officer() == null ? null : a.officer().strip().toLowerCase();
        if (officer == null || officer.isEmpty()) {
            checks.add("officer", "Choose the officer who will answer");
        } else if (!staff.exists(officer) || staff.rolesOf(officer).contains(Role.COUNCILLOR)) {
            checks.add("officer", "The officer who answers must be a member of staff: enter their username");
        }
        if (a.itemNumber() != null && committees.items(meetingId).stream().noneMatch(i -> i.itemNumber() == a.itemNumber())) {
            checks.add("itemNumber", "There is no item " + a.itemNumber() + " on this agenda");
        }
        LocalDate due = a.dueOn() != null ? a.dueOn() : calendar.addWorkingDays(meetingDay, WORKING_DAYS_TO_ANSWER);
        if (due.isBefore(meetingDay)) {
            checks.add("dueOn", "The answer cannot be due before the meeting (" + meetingDay + ")");
        }
        checks.orRefuse();
        UUID id = store.insertAction(meetingId, a.itemNumber(), a.request().strip(), askedBy, officer, due, CurrentStaff.username());
        audit.record(CurrentStaff.username(), Action.CREATED, "committee-action", id.toString(), null, "Asked by " + askedBy + " of " + officer);
        return view(store.action(id).orElseThrow());
    }

    /** The officer answering (or the committee's officers) records the response; {@code close} ends the action. */
    @PreAuthorize(Committees.WORK)
    @Transactional
    public ActionView respond(UUID id, CommitteeCommands.ActionResponse r) {
        MinutesStore.ActionRow row = store.action(id).orElseThrow(() -> new NotFound("The action " + id));
        if (!row.officer().equals(CurrentStaff.username())) {
            reports.requireOfficer(row.committeeId());
        }
        if ("CLOSED".equals(row.status())) {
            throw new InvalidInput("status", "Action " + row.actionNumber() + " is closed");
        }
        new FieldChecks().text(r.response(), "response", "the response", 8000).orRefuse();
        String status = Boolean.TRUE.equals(r.close()) ? "CLOSED" : "ANSWERED";
        if (!store.respond(id, Versions.required(r.version()), r.response().strip(), Today.on(clock), status, CurrentStaff.username())) {
            throw new StaleVersion("Action " + row.actionNumber());
        }
        audit.record(CurrentStaff.username(), Action.CHANGED, "committee-action", id.toString(), null, status.toLowerCase());
        return view(store.action(id).orElseThrow());
    }

    /**
     * Open actions ({@code status} "open") or those past their due date ("overdue"): every committee's for
     * democratic services, their committees' for officers, their own for councillors and for the officer answering.
     */
    @PreAuthorize(Access.SIGNED_IN)
    public List<ActionView> open(String status) {
        if (status != null && !Set.of("open", "overdue").contains(status)) {
            throw new InvalidInput("status", "Choose open or overdue");
        }
        LocalDate overdueBefore = "overdue".equals(status) ? Today.on(clock) : null;
        String me = CurrentStaff.username();
        List<MinutesStore.ActionRow> rows;
        if (CurrentStaff.hasRole(Role.DEMOCRATIC_SERVICES)) {
            rows = store.openActions(null, null, null, overdueBefore);
        } else if (CurrentStaff.hasRole(Role.COUNCILLOR)) {
            rows = store.openActions(null, null, me, overdueBefore);
        } else {
            List<UUID> supported = committees.committeesOf(me).stream()
                    .filter(c -> committees.roleOf(c, me).filter(Committees.OFFICER_ROLES::contains).isPresent()).toList();
            rows = store.openActions(supported, me, null, overdueBefore);
        }
        return views(rows);
    }

    /** A committee's open actions, for the actions log of its next agenda pack. */
    List<ActionView> openOf(UUID committeeId) {
        return views(store.openActions(List.of(committeeId), null, null, null));
    }

    /** The actions a councillor asked, with their responses. */
    @PreAuthorize(Access.SIGNED_IN)
    public List<ActionView> askedByMe() {
        return views(store.actionsAskedBy(CurrentStaff.username()));
    }

    /** The actions recorded at a meeting, for its minutes and the next agenda's actions log. */
    @PreAuthorize(Access.SIGNED_IN)
    public List<ActionView> ofMeeting(UUID meetingId) {
        return views(store.actionsOfMeeting(meetingId));
    }

    @PreAuthorize(Access.SIGNED_IN)
    public ActionView action(UUID id) {
        MinutesStore.ActionRow row = store.action(id).orElseThrow(() -> new NotFound("The action " + id));
        String me = CurrentStaff.username();
        if (!me.equals(row.askedBy()) && !me.equals(row.officer()) && !reports.seesExempt(row.committeeId())) {
            throw new AccessDeniedException("Actions are read by the member who asked, the officer answering and the committee");
        }
        return view(row);
    }

    private ActionView view(MinutesStore.ActionRow a) {
        return views(List.of(a)).get(0);
    }

    /** A list's names looked up once. */
    private List<ActionView> views(List<MinutesStore.ActionRow> rows) {
        Map<String, String> names = staff.displayNames(rows.stream().flatMap(a -> java.util.stream.Stream.of(a.askedBy(), a.officer())).distinct().toList());
        return rows.stream().map(a -> view(a, names)).toList();
    }

    private ActionView view(MinutesStore.ActionRow a, Map<String, String> names) {
        return new ActionView(a.id(), a.actionNumber(), a.meetingId(), a.committeeName(), a.meetingStartsAt(), a.itemNumber(), a.request(), a.askedBy(),
                names.getOrDefault(a.askedBy(), a.askedBy()), a.officer(), names.getOrDefault(a.officer(), a.officer()), a.dueOn(),
                "OPEN".equals(a.status()) && a.dueOn().isBefore(Today.on(clock)), a.response(), a.respondedOn(), a.status(), a.version());
    }
}
