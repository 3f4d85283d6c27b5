package org.openasc.platform.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;
import org.openasc.platform.work.WorkItem;
import org.openasc.platform.work.WorkList;
import org.openasc.platform.work.WorkSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;

/** Administrators are told to add GOV.UK's next bank holidays from 12 months before the published list ends. */
@Component
class BankHolidayWork implements WorkSource {

    private final BankHolidays holidays;
    private final Clock clock;

    BankHolidayWork(BankHolidays holidays, Clock clock) {
        this.holidays = holidays;
        this.clock = clock;
    }

    @Override
    @PreAuthorize(Access.SIGNED_IN)
    public List<WorkList> work() {
        if (!CurrentStaff.hasRole(Role.ADMIN) || !holidays.runningOut()) {
            return List.of();
        }
        LocalDate ends = LocalDate.of(holidays.publishedTo(), 12, 31);
        return List.of(new WorkList("platform.bank-holidays", "Bank holidays to add", 1, "/admin/bank-holidays", List.of(WorkItem.due(
                "Add GOV.UK's bank holidays after " + holidays.publishedTo(), "/admin/bank-holidays", "Next years' list", ends, Today.on(clock)))));
    }
}
