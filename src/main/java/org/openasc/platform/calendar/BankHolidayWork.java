package org.openasc.platform.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import org.openasc.platform.security.Role;
import org.openasc.platform.work.ModuleWork;
import org.openasc.platform.work.WorkItem;
import org.openasc.platform.work.WorkList;

/** Administrators are told to add GOV.UK's next bank holidays from 12 months before the published list ends. */
@Component
class BankHolidayWork extends ModuleWork<BankHolidays> {

    BankHolidayWork(BankHolidays holidays, Clock clock) {
        super(holidays, clock, Role.ADMIN);
    }

    @Override
    protected List<WorkList> lists(LocalDate today) {
        if (!store.runningOut()) {
            return List.of();
        }
        LocalDate ends = LocalDate.of(store.publishedTo(), 12, 31);
        return List.of(new WorkList("platform.bank-holidays", "Bank holidays to add", 1, "/admin/bank-holidays", List.of(WorkItem.due(
                "Add GOV.UK's bank holidays after " + store.publishedTo(), "/admin/bank-holidays", "Next years' list", ends, today))));
    }
}
