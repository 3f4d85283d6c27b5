package org.openasc.committee;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.openasc.committee.domain.CommitteeStore;
import org.openasc.committee.domain.ReportStore;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;
import org.openasc.platform.web.DateDisplay;
import org.openasc.platform.work.ModuleWork;
import org.openasc.platform.work.WorkItem;
import org.openasc.platform.work.WorkList;

/**
 * Committee work. A councillor has their committees' coming meetings, the papers published to them and the requests
 * they made of officers, with the answers (these were the home page's committee panels, which now serve officers
 * only): aggregates and their own papers, never a person's name. Democratic services and committee officers have
 * the reports waiting for them to clear (a clearing officer), their draft reports, and the overdue actions
 * {@link Actions#open} lists for them. The module sets no deadline for papers before the meeting, so a report is
 * due to be cleared or written by its meeting's day. A bounded number of queries.
 */
@Component
class CommitteeWork extends ModuleWork<CommitteeStore> {

    /** How much of a request or an answer a title shows; the meeting page has the whole of it. */
    private static final int SHORTENED = 120;

    private final ReportStore reports;
    private final Actions actions;
    private final DateDisplay dates = new DateDisplay();

    CommitteeWork(CommitteeStore committees, ReportStore reports, Actions actions, Clock clock) {
        super(committees, clock);
        this.reports = reports;
        this.actions = actions;
    }

    @Override
    protected List<WorkList> lists(LocalDate today) {
        String me = CurrentStaff.username();
        boolean councillor = CurrentStaff.hasRole(Role.COUNCILLOR);
        boolean democraticServices = CurrentStaff.hasRole(Role.DEMOCRATIC_SERVICES);
        List<WorkList> lists = new ArrayList<>();
        if (councillor) {
            lists.addAll(councillor(me, today));
        }
        if (!councillor || democraticServices) {
            lists.addAll(officer(me, democraticServices, today));
        }
        return lists;
    }

    private List<WorkList> councillor(String me, LocalDate today) {
        List<WorkList> lists = new ArrayList<>();
        List<UUID> mine = store.committeesOf(me);
        if (!mine.isEmpty()) {
            Instant now = clock.instant();
            lists.add(new WorkList("committee.coming-meetings", "Coming meetings of your committees", store.countUpcoming(mine, now), "/committees",
                    store.upcoming(mine, now, WorkList.SHOWN).stream().map(m -> WorkItem.due(m.committee() + ", " + dates.meeting(m.startsAt()),
                            "/meetings/" + m.meetingId(), "Meeting", day(m.startsAt()), today)).toList()));
            // A member of the committee reads its exempt papers too.
            lists.add(new WorkList("committee.papers", "Committee papers published to your committees", store.countPublished(mine, true),
                    "/committees", store.published(mine, true, WorkList.SHOWN).stream().map(r -> WorkItem.waiting(r.title(),
                            "/reports/" + r.reportId(), "Published", day(r.publishedAt()), today)).toList()));
        }
        List<ActionView> asked = actions.askedByMe();
        if (!asked.isEmpty()) {
            // Those still awaiting an answer first, soonest due; then the answers, newest first.
            List<WorkItem> items = asked.stream().sorted(Comparator.comparing((ActionView a) -> a.respondedOn() != null)
                            .thenComparing(a -> a.respondedOn() == null ? a.dueOn().toEpochDay() : -a.respondedOn().toEpochDay())
                            .thenComparing(ActionView::number, Comparator.reverseOrder()))
                    .limit(WorkList.SHOWN).map(a -> request(a, today)).toList();
            lists.add(new WorkList("committee.your-requests", "Your requests to officers", asked.size(), "/committees", items));
        }
        return lists;
    }

    private WorkItem request(ActionView a, LocalDate today) {
        String title = "Action " + a.number() + ": " + shortened(a.request());
        String href = "/meetings/" + a.meetingId();
        if (a.respondedOn() == null) {
            return WorkItem.due(title, href, "Answer", a.dueOn(), today);
        }
        return WorkItem.waiting(title + ". Answer: " + shortened(a.response()), href, "Answered", a.respondedOn(), today);
    }

    private List<WorkList> officer(String me, boolean democraticServices, LocalDate today) {
        List<WorkList> lists = new ArrayList<>();
        Set<String> roles = new HashSet<>(store.rolesHeldBy(me));
        boolean officer = democraticServices || roles.stream().anyMatch(Committees.OFFICER_ROLES::contains);
        if (roles.contains("CLEARING_OFFICER")) {
            lists.add(new WorkList("committee.reports-to-clear", "Reports awaiting your clearance", reports.countAwaitingClearanceBy(me), "/committees",
                    reports.awaitingClearanceBy(me, WorkList.SHOWN).stream().map(r -> WorkItem.due(r.title() + ", " + r.committee(),
                            "/reports/" + r.reportId(), "Clearance", day(r.meetingStartsAt()), today)).toList()));
        }
        if (officer) {
            lists.add(new WorkList("committee.draft-reports", "Your draft reports", reports.countDraftsBy(me), "/committees",
                    reports.draftsBy(me, WorkList.SHOWN).stream().map(r -> WorkItem.due(r.title() + ", " + r.committee(), "/reports/" + r.reportId(),
                            "Report", day(r.meetingStartsAt()), today)).toList()));
        }
        // Every committee's for democratic services; their committees' and those they answer for other staff.
        List<ActionView> overdue = actions.open("overdue");
        if (officer || !overdue.isEmpty()) {
            lists.add(new WorkList("committee.overdue-actions", democraticServices ? "Overdue committee actions" : "Overdue actions for you or your committees",
                    overdue.size(), "/committees", overdue.stream().limit(WorkList.SHOWN).map(a -> WorkItem.due("Action " + a.number() + ": "
                            + shortened(a.request()) + " (" + a.committeeName() + ")", "/meetings/" + a.meetingId(), "Answer", a.dueOn(), today)).toList()));
        }
        return lists;
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(Today.COUNCIL_ZONE).toLocalDate();
    }

    private static String shortened(String text) {
        return text.length() <= SHORTENED ? text : text.substring(0, SHORTENED - 1).strip() + "…";
    }
}
