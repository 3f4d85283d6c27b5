package org.openasc.frontdoor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import org.openasc.frontdoor.domain.WaitingListQuery;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;
import org.openasc.platform.staff.StaffDirectory;
import org.openasc.platform.web.Page;
import org.openasc.platform.work.ModuleWork;
import org.openasc.platform.work.WorkItem;
import org.openasc.platform.work.WorkList;

/**
 * The front door's work: a practitioner's caseload and the waiting-well check-ins due on it; a team manager's
 * queue (requests awaiting triage and awaiting allocation, as the waiting list shows them to the manager: unallocated
 * ones and their teams') and their workers' overdue check-ins. Read as the caseload and waiting list read them, in
 * the same order and scope, without recording a search.
 */
@Component
class FrontDoorWork extends ModuleWork<WaitingLists> {

    private final StaffDirectory staff;

    FrontDoorWork(WaitingLists lists, StaffDirectory staff, Clock clock) {
        super(lists, clock);
        this.staff = staff;
    }

    @Override
    protected List<WorkList> lists(LocalDate today) {
        String me = CurrentStaff.username();
        List<WorkList> work = new ArrayList<>();
        if (CurrentStaff.hasRole(Role.PRACTITIONER)) {
            Page<WaitingItem> mine = store.read(WaitingLists.caseloadOf(me), 1, WorkList.SHOWN);
            work.add(list("frontdoor.allocated-requests", "Requests allocated to you", mine, "/caseload",
                    i -> WorkItem.waiting(title(i), href(i), i.stage().label() + ", received", i.receivedOn(), today)));
            Page<WaitingItem> due = store.checkInsDue(WaitingLists.caseloadOf(me), WorkList.SHOWN);
            work.add(list("frontdoor.check-ins-due", "Waiting-well check-ins due", due, "/caseload",
                    i -> WorkItem.due(title(i), href(i), "Check-in", i.nextCheckInDue(), today)));
        }
        if (CurrentStaff.hasRole(Role.TEAM_MANAGER)) {
            Page<WaitingItem> triage = store.read(stage(Stage.AWAITING_TRIAGE), 1, WorkList.SHOWN);
            work.add(list("frontdoor.awaiting-triage", "Requests awaiting triage", triage, "/waiting-list?stage=" + Stage.AWAITING_TRIAGE.name(),
                    i -> WorkItem.waiting(title(i), href(i), "Received", i.receivedOn(), today)));
            Page<WaitingItem> allocation = store.read(stage(Stage.AWAITING_ALLOCATION), 1, WorkList.SHOWN);
            work.add(list("frontdoor.awaiting-allocation", "Requests awaiting allocation", allocation,
                    "/waiting-list?stage=" + Stage.AWAITING_ALLOCATION.name(), i -> WorkItem.waiting(title(i), href(i),
                            (i.priority() == null ? "" : i.priority().label() + " priority, ") + "received", i.receivedOn(), today)));
            work.add(overdueByWorker(today));
        }
        return work;
    }

    /** One item per worker with overdue check-ins, the most first, each linking to the waiting list of their overdue ones. */
    private WorkList overdueByWorker(LocalDate today) {
        List<WaitingListQuery.WorkerOverdue> workers = store.overdueByWorker();
        Map<String, String> names = staff.displayNames(workers.stream().limit(WorkList.SHOWN).map(WaitingListQuery.WorkerOverdue::worker).toList());
        List<WorkItem> items = workers.stream().limit(WorkList.SHOWN).map(w -> new WorkItem(names.getOrDefault(w.worker(), w.worker()),
                "/waiting-list?worker=" + URLEncoder.encode(w.worker(), StandardCharsets.UTF_8) + "&overdue=true", w.earliestDue(),
                w.requests() + (w.requests() == 1 ? " check-in" : " check-ins") + " overdue, the longest by "
                        + days(ChronoUnit.DAYS.between(w.earliestDue(), today)), true)).toList();
        return new WorkList("frontdoor.overdue-check-ins-by-worker", "Overdue check-ins by worker in your teams", workers.size(),
                "/waiting-list?overdue=true", items);
    }

    private static WorkList list(String key, String heading, Page<WaitingItem> page, String href, Function<WaitingItem, WorkItem> item) {
        return new WorkList(key, heading, page.total(), href, page.items().stream().map(item).toList());
    }

    private static WaitingListFilter stage(Stage stage) {
        return new WaitingListFilter(null, null, stage, null, null, null, false, false);
    }

    /** As the waiting list names a request: its number and the person, "Restricted record" for a sealed one. */
    private static String title(WaitingItem i) {
        return "Request " + i.requestNumber() + ": " + i.personName();
    }

    private static String href(WaitingItem i) {
        return "/requests/" + i.requestId();
    }

    private static String days(long days) {
        return days == 1 ? "1 day" : days + " days";
    }
}
