package org.openasc.frontdoor;

import java.util.List;

import org.springframework.stereotype.Component;

import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;
import org.openasc.platform.staff.StaffDirectory;

/**
 * Which requests a member of staff may see: unallocated ones (the front door's), those allocated to
 * their teams, and their own caseload. The performance and safeguarding teams work across the
 * council and see all.
 */
@Component
class RequestScope {

    private final StaffDirectory staff;

    RequestScope(StaffDirectory staff) {
        this.staff = staff;
    }

    /** The caller's teams, or null when the caller sees every team. */
    List<Long> teams() {
        if (CurrentStaff.hasRole(Role.PERFORMANCE) || CurrentStaff.hasRole(Role.SAFEGUARDING)) {
            return null;
        }
        return staff.teamIdsOf(CurrentStaff.username());
    }

    boolean covers(Long teamId, String worker) {
        return covers(teams(), teamId, worker);
    }

    /** Whether the caller, with these teams (looked up once for a whole list), sees a request. */
    static boolean covers(List<Long> teams, Long teamId, String worker) {
        return teams == null || teamId == null || teams.contains(teamId) || CurrentStaff.username().equals(worker);
    }
}
