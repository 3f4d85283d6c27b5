package org.openasc.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import org.openasc.platform.security.Role;
import org.openasc.platform.work.ModuleWork;
import org.openasc.platform.work.WorkItem;
import org.openasc.platform.work.WorkList;
import org.openasc.risk.domain.RiskStore;

/**
 * Risk reviews for those who review risks ({@link Risks#MANAGE}: team managers and the performance team): every
 * register's risks whose review is overdue, due today or due within the next fortnight (notice enough to gather the
 * evidence), most overdue first. A risk's owners are free text, not accounts, so the list is not narrowed to the
 * reader's own risks. Two queries.
 */
@Component
class RiskWork extends ModuleWork<RiskStore> {

    /** How far ahead a review counts as due: a fortnight's notice. */
    static final int DUE_WITHIN_DAYS = 14;

    RiskWork(RiskStore store, Clock clock) {
        super(store, clock, Role.TEAM_MANAGER, Role.PERFORMANCE);
    }

    @Override
    protected List<WorkList> lists(LocalDate today) {
        LocalDate until = today.plusDays(DUE_WITHIN_DAYS);
        List<WorkItem> items = store.reviewsDue(until, WorkList.SHOWN).stream()
                .map(r -> WorkItem.due(r.reference() + ": " + r.title(), "/risks/" + r.id(), "Review", r.reviewDueOn(), today)).toList();
        return List.of(new WorkList("risk.reviews-due", "Risk reviews due", store.countReviewsDue(until), "/risks", items));
    }
}
