package org.openasc.finance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.openasc.finance.domain.FinanceStore;
import org.openasc.platform.security.Role;
import org.openasc.platform.work.ModuleWork;
import org.openasc.platform.work.WorkItem;
import org.openasc.platform.work.WorkList;

/**
 * A finance officer's work: the next budget monitoring period to close, due at its month end. Periods close in
 * order, so the next is the one after the latest closed (period 1 of the current financial year when none has
 * closed). The module keeps nothing else awaiting action: a ledger file with a faulty row is refused whole, so
 * no import is ever left half done.
 */
@Component
class FinanceWork extends ModuleWork<FinanceStore> {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    FinanceWork(FinanceStore store, Clock clock) {
        super(store, clock, Role.FINANCE);
    }

    @Override
    protected List<WorkList> lists(LocalDate today) {
        Optional<FinanceStore.Period> last = store.latestClosed();
        FinancialYear year;
        int period;
        if (last.isEmpty()) {
            year = FinancialYear.containing(today);
            period = 1;
        } else if (last.get().period() < 12) {
            year = new FinancialYear(last.get().financialYear());
            period = last.get().period() + 1;
        } else if (last.get().financialYear() < 2100) {
            year = new FinancialYear(last.get().financialYear() + 1);
            period = 1;
        } else {
            return List.of();
        }
        LocalDate monthEnd = year.endOfPeriod(period);
        String href = "/finance?financialYear=" + year.startYear();
        WorkItem next = WorkItem.due("Period " + period + " of " + year.label() + " (" + MONTH.format(monthEnd) + ")", href, "Close", monthEnd, today);
        return List.of(new WorkList("finance.period-to-close", "Budget monitoring period to close", 1, href, List.of(next)));
    }
}
