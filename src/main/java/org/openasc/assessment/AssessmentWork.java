package org.openasc.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;
import org.openasc.platform.web.Page;
import org.openasc.platform.work.ModuleWork;
import org.openasc.platform.work.WorkItem;
import org.openasc.platform.work.WorkList;

/**
 * Assessment work: a practitioner's assessments in progress, and for a team manager the eligibility determinations
 * their teams have completed that wait for a manager's authorisation. Assessments have no due date in the record,
 * so each clock says how long the assessment has run or waited.
 */
@Component
class AssessmentWork extends ModuleWork<AssessmentLists> {

    static final String IN_PROGRESS = "/assessments/in-progress";
    static final String AWAITING_AUTHORISATION = "/assessments/awaiting-authorisation";

    AssessmentWork(AssessmentLists lists, Clock clock) {
        super(lists, clock);
    }

    @Override
    protected List<WorkList> lists(LocalDate today) {
        List<WorkList> work = new ArrayList<>();
        if (CurrentStaff.hasRole(Role.PRACTITIONER)) {
            Page<ListedAssessment> mine = store.readInProgress(1, WorkList.SHOWN);
            work.add(new WorkList("assessment.in-progress", "Your assessments in progress", mine.total(), IN_PROGRESS, mine.items().stream()
                    .map(a -> WorkItem.waiting(a.title(), "/assessments/" + a.id(), "Started", a.startedOn(), today)).toList()));
        }
        if (CurrentStaff.hasRole(Role.TEAM_MANAGER)) {
            Page<ListedAssessment> waiting = store.readAwaitingAuthorisation(1, WorkList.SHOWN);
            work.add(new WorkList("assessment.awaiting-authorisation", "Eligibility decisions for you to authorise", waiting.total(),
                    AWAITING_AUTHORISATION, waiting.items().stream()
                    .map(a -> WorkItem.waiting(a.title(), "/assessments/" + a.id(), "Completed", a.completedOn(), today)).toList()));
        }
        return work;
    }
}
