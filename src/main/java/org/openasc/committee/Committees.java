package org.openasc.committee;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.committee.domain.CommitteeStore;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.calendar.CouncilTime;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;
import org.openasc.platform.staff.StaffDirectory;
import org.openasc.platform.web.FieldChecks;
import org.openasc.platform.web.NotFound;

/**
 * Committees, their meetings and agendas. Democratic services set committees up; they and the
 * committee's officers build its agendas. Everyone signed in may read an agenda, but exempt items are
 * shown only to the committee's members and officers and to democratic services.
 */
@Service
public class Committees {

    /** Staff who may build agendas and write reports, on the committees they support (checked per committee). */
    public static final String WORK = "hasAnyRole('DEMOCRATIC_SERVICES','TEAM_MANAGER','PERFORMANCE','FINANCE','SAFEGUARDING','DOLS',"
            + "'CUSTOMER_RELATIONS','BROKERAGE')";
    public static final String SET_UP = "hasRole('DEMOCRATIC_SERVICES')";
    static final Set<String> COUNCILLOR_ROLES = Set.of("CHAIR", "VICE_CHAIR", "MEMBER");
    static final Set<String> OFFICER_ROLES = Set.of("OFFICER", "CLEARING_OFFICER");
    static final List<String> KINDS = List.of("APOLOGIES", "DECLARATIONS", "MINUTES", "ACTIONS", "WORK_PROGRAMME", "REPORT", "OTHER");
    static final Map<String, String> PURPOSES = Map.of("FOR_DECISION", "For decision", "FOR_INFORMATION", "For information", "TO_NOTE", "To note");

    private final CommitteeStore store;
    private final StaffDirectory staff;
    private final Reports reports;
    private final AuditTrail audit;
    private final Clock clock;

    Committees(CommitteeStore store, StaffDirectory staff, Reports reports, AuditTrail audit, Clock clock) {
        this.store = store;
        this.staff = staff;
        this.reports = reports;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(SET_UP)
    @Transactional
    public CommitteeView create(CommitteeCommands.NewCommittee c) {
        FieldChecks checks = new FieldChecks().text(c.name(), "name", "the committee's name", 200);
        if (!checks.has("name") && store.nameTaken(c.name().strip())) {
            checks.add("name", "There is already a committee called " + c.name().strip());
        }
        if (c.remit() != null && c.remit().length() > 4000) {
            checks.add("remit", "Enter the remit in 4000 characters or fewer");
        }
        List<CommitteeCommands.Member> members = c.members() == null ? List.of() : c.members();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            member(members.get(i), "members[" + i + "]", seen, checks);
        }
        checks.orRefuse();
        UUID id = UUID.randomUUID();
        String by = CurrentStaff.username();
        store.insertCommittee(id, c.name().strip(), FieldChecks.trimmed(c.remit()), by);
        members.forEach(m -> store.addMember(id, m.username().strip().toLowerCase(), m.role()));
        audit.record(by, Action.CREATED, "committee", id.toString(), c.name().strip(), members.size() + " members and officers");
        return committee(id);
    }

    @PreAuthorize(Access.SIGNED_IN)
    public List<CommitteeView> committees() {
        return store.committees().stream().map(c -> committee(c.id())).toList();
    }

    @PreAuthorize(Access.SIGNED_IN)
    public CommitteeView committee(UUID id) {
        CommitteeStore.CommitteeRow c = store.committee(id).orElseThrow(() -> new NotFound("The committee " + id));
        List<CommitteeStore.MemberRow> members = store.members(id);
        Map<String, String> names = staff.displayNames(members.stream().map(CommitteeStore.MemberRow::username).toList());
        return new CommitteeView(c.id(), c.name(), c.remit(),
                members.stream().map(m -> new CommitteeView.Member(m.username(), names.getOrDefault(m.username(), m.username()), m.role())).toList(),
                store.meetingsOf(id).stream().map(m -> new CommitteeView.MeetingSummary(m.id(), m.startsAt(), m.status())).toList(), c.version());
    }

    @PreAuthorize(WORK)
    @Transactional
    public MeetingView schedule(UUID committeeId, CommitteeCommands.NewMeeting m) {
        store.committee(committeeId).orElseThrow(() -> new NotFound("The committee " + committeeId));
        reports.requireOfficer(committeeId);
        FieldChecks checks = new FieldChecks();
        Instant startsAt = null;
        try {
            startsAt = CouncilTime.parse(m.startsAt(), "startsAt", "the date and time the meeting starts");
        } catch (org.openasc.platform.web.InvalidInput e) {
            e.problems().forEach(p -> checks.add(p.field(), p.message()));
        }
        boolean venue = m.venue() != null && !m.venue().isBlank();
        boolean online = m.onlineLink() != null && !m.onlineLink().isBlank();
        if (!venue && !online) {
            checks.add("venue", "Enter where the meeting is held, or its online link");
        }
        if (venue && m.venue().length() > 300) {
            checks.add("venue", "Enter the venue in 300 characters or fewer");
        }
        if (online && (m.onlineLink().length() > 500 || !m.onlineLink().strip().startsWith("https://"))) {
            checks.add("onlineLink", "Enter the meeting's online link, starting https://");
        }
        checks.orRefuse();
        UUID id = UUID.randomUUID();
        String by = CurrentStaff.username();
        store.insertMeeting(id, committeeId, startsAt, venue ? m.venue().strip() : null, online ? m.onlineLink().strip() : null, by);
        audit.record(by, Action.CREATED, "meeting", id.toString(), null, "Scheduled for " + startsAt);
        return meeting(id);
    }

    @PreAuthorize(Access.SIGNED_IN)
    public MeetingView meeting(UUID id) {
        CommitteeStore.MeetingRow m = store.meeting(id).orElseThrow(() -> new NotFound("The meeting " + id));
        CommitteeStore.CommitteeRow c = store.committee(m.committeeId()).orElseThrow();
        boolean seesExempt = reports.seesExempt(m.committeeId());
        List<MeetingView.Item> items = store.items(id).stream().filter(i -> seesExempt || !i.exempt())
                .map(i -> new MeetingView.Item(i.id(), i.itemNumber(), i.kind(), i.title(), i.purpose(), PURPOSES.get(i.purpose()), i.leadOfficer(),
                        i.exempt(), i.exemptParagraph(), i.reportId(), i.reportId() == null ? null : reports.status(i.reportId()), i.version()))
                .toList();
        return new MeetingView(m.id(), c.id(), c.name(), m.startsAt(), m.venue(), m.onlineLink(), m.status(), items, m.version());
    }

    /** Adds an item to the agenda; a report item starts its report as a draft by the caller from the chosen template. */
    @PreAuthorize(WORK)
    @Transactional
    public MeetingView addItem(UUID meetingId, CommitteeCommands.NewItem item) {
        CommitteeStore.MeetingRow m = store.meeting(meetingId).orElseThrow(() -> new NotFound("The meeting " + meetingId));
        reports.requireOfficer(m.committeeId());
        FieldChecks checks = new FieldChecks().text(item.title(), "title", "the item's title", 300);
        String kind = item.kind() == null ? (item.report() != null ? "REPORT" : "OTHER") : item.kind();
        checks.oneOf(kind, "kind", KINDS);
        checks.oneOf(item.purpose(), "purpose", PURPOSES.keySet().stream().sorted().toList());
        if (item.leadOfficer() != null && item.leadOfficer().length() > 200) {
            checks.add("leadOfficer", "Enter the lead officer in 200 characters or fewer");
        }
        boolean exempt = Boolean.TRUE.equals(item.exempt());
        if (exempt && (item.exemptParagraph() == null || item.exemptParagraph() < 1 || item.exemptParagraph() > 7)) {
            checks.add("exemptParagraph", "An exempt item needs the paragraph of Schedule 12A to the Local Government Act 1972 that applies, 1 to 7");
        } else if (!exempt && item.exemptParagraph() != null) {
            checks.add("exemptParagraph", "Only an exempt item has a paragraph of Schedule 12A: mark it exempt or leave the paragraph out");
        }
        if ("REPORT".equals(kind) && item.report() == null) {
            checks.add("report", "A report item needs its report: choose a template");
        } else if (!"REPORT".equals(kind) && item.report() != null) {
            checks.add("report", "Only a report item has a report");
        }
        int number = item.number() == null ? store.nextItemNumber(meetingId) : item.number();
        if (number < 1 || number > 99) {
            checks.add("number", "Number the item from 1 to 99");
        } else if (store.numberTaken(meetingId, number)) {
            checks.add("number", "Item " + number + " is already on this agenda");
        }
        CommitteeCommands.ReportRequest request = null;
        if (item.report() != null && !checks.has("report")) {
            try {
                request = reports.checked(item.report());
            } catch (org.openasc.platform.web.InvalidInput e) {
                e.problems().forEach(p -> checks.add(p.field(), p.message()));
            }
        }
        checks.orRefuse();
        UUID report = request == null ? null : reports.start(request, item.title().strip());
        UUID id = UUID.randomUUID();
        store.insertItem(id, meetingId, number, kind, item.title().strip(), item.purpose(),
                FieldChecks.trimmed(item.leadOfficer()), exempt ? item.exemptParagraph() : null, report);
        audit.record(CurrentStaff.username(), Action.CHANGED, "meeting", meetingId.toString(), null, "Item " + number + " added: " + item.title().strip());
        return meeting(meetingId);
    }

    /** Whether the caller works on this committee's agendas and reports (democratic services, or one of its officers). */
    @PreAuthorize(Access.SIGNED_IN)
    public boolean works(UUID committeeId) {
        return reports.isOfficer(committeeId);
    }

    /** Publishes the agenda once every report on it is published (the first that is not is named); the meeting is then "agenda published". */
    @PreAuthorize(WORK)
    @Transactional
    public MeetingView publishAgenda(UUID meetingId) {
        CommitteeStore.MeetingRow m = store.meeting(meetingId).orElseThrow(() -> new NotFound("The meeting " + meetingId));
        reports.requireOfficer(m.committeeId());
        if (!"SCHEDULED".equals(m.status())) {
            throw new org.openasc.platform.web.InvalidInput("status", "The agenda was published already");
        }
        store.items(meetingId).stream().filter(i -> i.reportId() != null).forEach(i -> reports.published(i.reportId(), i.itemNumber()));
        store.status(meetingId, "AGENDA_PUBLISHED");
        audit.record(CurrentStaff.username(), Action.CHANGED, "meeting", meetingId.toString(), null, "Agenda published");
        return meeting(meetingId);
    }

    private void member(CommitteeCommands.Member m, String field, Set<String> seen, FieldChecks checks) {
        if (m == null || m.username() == null || !staff.exists(m.username().strip().toLowerCase())) {
            checks.add(field + ".username", "Enter the username of a member of staff or councillor");
            return;
        }
        String username = m.username().strip().toLowerCase();
        if (!seen.add(username)) {
            checks.add(field + ".username", username + " is listed twice");
        }
        boolean councillor = staff.rolesOf(username).contains(Role.COUNCILLOR);
        if (m.role() == null || !(COUNCILLOR_ROLES.contains(m.role()) || OFFICER_ROLES.contains(m.role()))) {
            checks.add(field + ".role", "Choose CHAIR, VICE_CHAIR or MEMBER for a councillor, OFFICER or CLEARING_OFFICER for an officer");
        } else if (COUNCILLOR_ROLES.contains(m.role()) != councillor) {
            checks.add(field + ".role", councillor ? username + " is a councillor: choose CHAIR, VICE_CHAIR or MEMBER"
                    : username + " is an officer: choose OFFICER or CLEARING_OFFICER");
        }
    }

    Instant now() {
        return clock.instant();
    }
}
