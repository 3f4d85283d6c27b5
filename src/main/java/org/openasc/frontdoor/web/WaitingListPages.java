package org.openasc.frontdoor.web;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.openasc.frontdoor.Priority;
import org.openasc.frontdoor.Stage;
import org.openasc.frontdoor.SupportRequests;
import org.openasc.frontdoor.WaitBand;
import org.openasc.frontdoor.WaitingListFilter;
import org.openasc.frontdoor.WaitingLists;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.staff.StaffDirectory;
import org.openasc.platform.web.FormErrors;
import org.openasc.platform.web.Page;

/** The waiting list a team manager works from, on any date, and each worker's caseload. */
@Controller
@PreAuthorize(Access.READ_PEOPLE)
class WaitingListPages {

    private final WaitingLists waitingLists;
    private final SupportRequests requests;
    private final StaffDirectory staff;

    WaitingListPages(WaitingLists waitingLists, SupportRequests requests, StaffDirectory staff) {
        this.waitingLists = waitingLists;
        this.requests = requests;
        this.staff = staff;
    }

    @GetMapping("/waiting-list")
    String waitingList(@RequestParam(required = false) Long team, @RequestParam(required = false) String stage,
                       @RequestParam(required = false) String priority, @RequestParam(required = false) String band,
                       @RequestParam(required = false) String worker, @RequestParam(required = false) Boolean overdue,
                       @RequestParam(required = false) Boolean unallocated,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                       @RequestParam(required = false) Integer page, Model model, HttpServletResponse response) {
        model.addAttribute("teams", staff.allTeams());
        model.addAttribute("myTeams", staff.teamIdsOf(CurrentStaff.username()));
        model.addAttribute("stages", Stage.waiting());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("bands", WaitBand.values());
        model.addAttribute("intervals", requests.checkInIntervals());
        boolean filled = FormErrors.filled(model, response, () -> {
            WaitingListFilter filter = WaitingListParameters.filter(asOf, team, stage, priority, band, worker, overdue, unallocated);
            model.addAttribute("filter", filter);
            model.addAttribute("summary", waitingLists.summary(new WaitingListFilter(filter.asOf(), filter.teamId(), null, null, null,
                    filter.worker(), false, filter.unallocatedOnly())));
            model.addAttribute("list", waitingLists.list(filter, Page.pageNumber(page), 50));
            String q = filter.query();
            model.addAttribute("baseUrl", "/waiting-list?" + (q.isEmpty() ? "" : q + "&"));
        });
        if (!filled) {
            model.addAttribute("filter", WaitingListFilter.today());
        }
        return "frontdoor/waiting-list";
    }

    @GetMapping("/caseload")
    String caseload(@RequestParam(required = false) Integer page, Model model) {
        String me = CurrentStaff.username();
        model.addAttribute("list", waitingLists.caseload(me, Page.pageNumber(page), 50));
        model.addAttribute("baseUrl", "/caseload?");
        model.addAttribute("teams", staff.allTeams());
        return "frontdoor/caseload";
    }
}
