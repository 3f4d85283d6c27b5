package org.openasc.support;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.openasc.platform.staff.StaffDirectory;
import org.openasc.platform.web.FieldProblem;

/** The teams care and support is allocated to: checked when work is allocated, named in lists with one lookup per list. */
@Component
class SupportTeams {

    private final StaffDirectory staff;

    SupportTeams(StaffDirectory staff) {
        this.staff = staff;
    }

    /** A team must exist and a named worker must be in it. */
    void check(Long teamId, String worker, List<FieldProblem> problems) {
        if (teamId == null || !staff.teamExists(teamId)) {
            problems.add(new FieldProblem("teamId", "Choose the team responsible"));
        } else if (worker != null && !worker.isBlank() && !staff.isMember(worker.strip(), teamId)) {
            problems.add(new FieldProblem("worker", "The worker must be a member of the team responsible"));
        }
    }

    /** Every team's name by its id, looked up once for a whole list. */
    Map<Long, String> names() {
        return staff.allTeams().stream().collect(Collectors.toMap(StaffDirectory.TeamView::id, StaffDirectory.TeamView::name));
    }

    /** A team's name, or "Team n" for one no longer on the directory. */
    static String name(Map<Long, String> names, Long teamId) {
        return teamId == null ? null : names.getOrDefault(teamId, "Team " + teamId);
    }
}
