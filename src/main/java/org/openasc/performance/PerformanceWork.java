package org.openasc.performance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import org.openasc.performance.domain.PerformanceStore;
import org.openasc.platform.security.Role;
import org.openasc.platform.work.ModuleWork;
import org.openasc.platform.work.WorkItem;
import org.openasc.platform.work.WorkList;

/**
 * The performance team's work: entered measures (typed in, not computed from the record) with no value for the last
 * complete month. Each is due for the first month it lacks since its latest value (the last complete month when it
 * has none), and the module sets no deadline for entering a month, so a month's value is taken to be due by the end
 * of the month after it. Two queries, whatever the size of the library.
 */
@Component
class PerformanceWork extends ModuleWork<PerformanceStore> {

    PerformanceWork(PerformanceStore store, Clock clock) {
        super(store, clock, Role.PERFORMANCE);
    }

    @Override
    protected List<WorkList> lists(LocalDate today) {
        YearMonth lastComplete = YearMonth.from(today).minusMonths(1);
        List<PerformanceStore.MeasureRow> entered = store.measures().stream().filter(m -> "ENTERED".equals(m.source())).toList();
        Map<String, String> latest = store.latestPeriods(entered.stream().map(PerformanceStore.MeasureRow::reference).toList(),
                Periods.name(lastComplete));
        List<WorkItem> due = entered.stream().filter(m -> !Periods.name(lastComplete).equals(latest.get(m.reference()))).map(m -> {
            YearMonth missing = latest.containsKey(m.reference()) ? YearMonth.parse(latest.get(m.reference())).plusMonths(1) : lastComplete;
            return WorkItem.due(m.reference() + ": " + m.name(), "/performance/measures/" + UriUtils.encodePathSegment(m.reference(),
                    java.nio.charset.StandardCharsets.UTF_8), Periods.label(Periods.name(missing)) + " value", missing.plusMonths(1).atEndOfMonth(), today);
        }).sorted(Comparator.comparing(WorkItem::dueOn)).toList();
        return List.of(new WorkList("performance.measures-to-update", "Entered measures to update", due.size(), "/performance", due));
    }
}
