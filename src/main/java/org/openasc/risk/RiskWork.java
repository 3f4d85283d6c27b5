package org.openasc.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import org.openasc.platform.calendar.Today;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;
import org.openasc.platform.work.WorkItem;
import org.openasc.platform.work.WorkList;
import org.openasc.platform.work.WorkSource;
import org.openasc.risk.domain.RiskStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;

/**
 * Risk reviews for those who review risks ({@link Risks#MANAGE}: team managers and the performance team): every
 * register's risks whose review is overdue, due today or due within the next fortnight (notice enough to gather the
 * evidence), most overdue first. A risk's owners are free text, not accounts, so the list is not narrowed to the
 * reader's own risks. Two queries.
 */
@Component
class RiskWork implements WorkSource {

    /** How far ahead a review counts as due: a fortnight's notice. */
    static final int DUE_WITHIN_DAYS = 14;

    private final RiskStore store;
    private final Clock clock;

    RiskWork(RiskStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    @PreAuthorize(Access.SIGNED_IN)
    public List<WorkList> work() {
        if (!CurrentStaff.hasRole(Role.TEAM_MANAGER) && !CurrentStaff.hasRole(Role.PERFORMANCE)) {
            return List.of();
        }
        LocalDate today = Today.on(clock);
        LocalDate until = today.plusDays(DUE_WITHIN_DAYS);
        List<WorkItem> items = store.reviewsDue(until, WorkList.SHOWN).stream()
                .map(r -> WorkItem.due(r.reference() + ": " + r.title(), "/risks/" + r.id(), "Review", r.reviewDueOn(), today)).toList();
        return List.of(new WorkList("risk.reviews-due", "Risk reviews due", store.countReviewsDue(until), "/risks", items));
    }
}
