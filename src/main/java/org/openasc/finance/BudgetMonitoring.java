package org.openasc.finance;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.finance.domain.FinanceStore;
import org.openasc.finance.domain.ForecastQuery;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.NotFound;

/**
 * The monitoring report for a period: each line's year-end forecast (kept as it was if the period is closed, live
 * otherwise) against its budget, the variance at the previous closed period and the change since, subtotals by
 * report section, officers' commentary and the biggest movements. Periods close in order.
 */
@Service
public class BudgetMonitoring {

    private static final int MOVEMENTS = 5;

    /** One line's forecast for a period with what it is built from. */
    public record LineDetail(FinanceStore.Line line, FinancialYear year, int period, boolean closed, LineForecast forecast, List<String> services,
                             BigDecimal[] actualsByPeriod, FinanceStore.Demand demand, List<FinanceStore.Change> changes,
                             List<ForecastQuery.Commitment> commitments) {
    }

    private final FinanceStore store;
    private final ForecastQuery forecasts;
    private final AuditTrail audit;

    BudgetMonitoring(FinanceStore store, ForecastQuery forecasts, AuditTrail audit) {
        this.store = store;
        this.forecasts = forecasts;
        this.audit = audit;
    }

    @PreAuthorize(FinanceAccess.READ_REPORTS)
    public MonitoringReport report(Integer financialYear, Integer period) {
        FinancialYear year = year(financialYear, period);
        int closed = store.closed(year.startYear()).size();
        List<LineForecast> now = forecasts(year, period, closed);
        boolean previousClosed = period == 1 || period - 1 <= closed;
        Map<UUID, LineForecast> before = period == 1 || !previousClosed ? Map.of()
                : forecasts.kept(year, period - 1).stream().collect(Collectors.toMap(LineForecast::lineId, Function.identity()));
        Map<String, String[]> commentary = store.commentary(year.startYear(), period);
        Map<String, List<MonitoringReport.Row>> bySection = new LinkedHashMap<>();
        List<MonitoringReport.Row> all = new ArrayList<>();
        for (LineForecast f : now) {
            BigDecimal previous = period == 1 ? BigDecimal.ZERO.setScale(2)
                    : !previousClosed ? null : before.containsKey(f.lineId()) ? before.get(f.lineId()).variance() : BigDecimal.ZERO.setScale(2);
            MonitoringReport.Row row = row(f.name(), f.costCentre(), f.lineId().toString(), previous, f.finalBudget(), f.actual(), f.committed(),
                    f.expectedDemand(), f.restOfYear(), f.adjustments(), f.forecast());
            bySection.computeIfAbsent(f.section(), s -> new ArrayList<>()).add(row);
            all.add(row);
        }
        List<MonitoringReport.Section> sections = new ArrayList<>();
        bySection.forEach((name, rows) -> {
            String[] c = commentary.get(name);
            sections.add(new MonitoringReport.Section(name, rows, sum(name + " total", rows), c == null ? null : c[0], c == null ? null : Integer.valueOf(c[1])));
        });
        List<MonitoringReport.Movement> movements = all.stream().filter(r -> r.changeInForecast() != null && r.changeInForecast().signum() != 0)
                .sorted(Comparator.comparing((MonitoringReport.Row r) -> r.changeInForecast().abs()).reversed()).limit(MOVEMENTS)
                .map(r -> new MonitoringReport.Movement(r.name(), r.costCentre(), r.changeInForecast(), movement(r))).toList();
        return new MonitoringReport(year.startYear(), year.label(), period, period <= closed, previousClosed, sections, sum("Total", all), movements);
    }

    /** Closes the next period in order, keeping every line's forecast as it stands. */
    @PreAuthorize(FinanceAccess.MANAGE)
    @Transactional
    public int close(Integer financialYear, Integer period) {
        FinancialYear year = year(financialYear, period);
        store.lockYear(year.startYear());
        int closed = store.closed(year.startYear()).size();
        if (period <= closed) {
            throw new InvalidInput("period", "Period " + period + " of " + year.label() + " is already closed");
        }
        if (period != closed + 1) {
            throw new InvalidInput("period", "Close period " + (closed + 1) + " of " + year.label() + " first: periods close in order");
        }
        List<LineForecast> lines = forecasts.live(year, period);
        store.close(year.startYear(), period, CurrentStaff.username());
        forecasts.keep(year, period, lines);
        audit.record(CurrentStaff.username(), Action.CHANGED, "finance-period", year.label() + "-" + period, year.label() + " P" + period,
                "Closed with " + lines.size() + " lines");
        return lines.size();
    }

    @PreAuthorize(FinanceAccess.MANAGE)
    @Transactional
    public void comment(FinanceCommands.Commentary c) {
        FinanceChecks checks = new FinanceChecks();
        FinancialYear year = checks.year(c.financialYear(), "financialYear");
        if (!FinancialYear.isPeriod(c.period())) {
            checks.add("period", "Enter the period, 1 (April) to 12 (March)");
        }
        if (c.section() == null || !store.sections().contains(c.section())) {
            checks.add("section", "Choose a report section");
        }
        if (c.text() == null || c.text().length() > 8000) {
            checks.add("text", "The commentary must be 8000 characters or fewer");
        }
        checks.orRefuse();
        if (!store.saveCommentary(year.startYear(), c.period(), c.section(), c.text().strip(), c.version(), CurrentStaff.username())) {
            throw new org.openasc.platform.web.StaleVersion("The commentary on " + c.section());
        }
    }

    @PreAuthorize(FinanceAccess.MANAGE)
    public LineDetail line(UUID id, Integer financialYear, Integer period) {
        FinanceStore.Line line = store.line(id).orElseThrow(() -> new NotFound("The budget line " + id));
        FinancialYear year = year(financialYear, period);
        int closed = store.closed(year.startYear()).size();
        List<LineForecast> lines = period <= closed ? forecasts.kept(year, period) : forecasts.live(year, period, id);
        LineForecast forecast = lines.stream().filter(f -> f.lineId().equals(id)).findFirst()
                .orElse(new LineForecast(id, line.costCentre(), line.name(), line.reportSection(), zero(), zero(), zero(), zero(), zero(), zero(), zero()));
        return new LineDetail(line, year, period, period <= closed, forecast, store.services(id), store.actualsByPeriod(id, year.startYear()),
                store.demand(id, year.startYear()).orElse(null), store.changes(id, year.startYear()), forecasts.commitments(id, year, period, 200));
    }

    @PreAuthorize(FinanceAccess.READ_REPORTS)
    public List<FinanceStore.Closed> closedPeriods(int year) {
        return store.closed(year);
    }

    private List<LineForecast> forecasts(FinancialYear year, int period, int closed) {
        return period <= closed ? forecasts.kept(year, period) : forecasts.live(year, period);
    }

    private static FinancialYear year(Integer financialYear, Integer period) {
        FinanceChecks c = new FinanceChecks();
        FinancialYear year = c.year(financialYear, "financialYear");
        if (!FinancialYear.isPeriod(period)) {
            c.add("period", "Enter the period, 1 (April) to 12 (March)");
        }
        c.orRefuse();
        return year;
    }

    private static MonitoringReport.Row row(String name, String costCentre, String id, BigDecimal previous, BigDecimal budget, BigDecimal actual,
                                            BigDecimal committed, BigDecimal demand, BigDecimal rest, BigDecimal adjustments, BigDecimal forecast) {
        BigDecimal variance = ForecastRules.variance(forecast, budget);
        return new MonitoringReport.Row(name, costCentre, id, previous, previous == null ? null : ForecastRules.pounds(variance.subtract(previous)), budget,
                actual, committed, demand, rest, adjustments, forecast, variance, ForecastRules.percentOfBudget(variance, budget));
    }

    private static MonitoringReport.Row sum(String name, List<MonitoringReport.Row> rows) {
        boolean previousKnown = rows.stream().allMatch(r -> r.previousForecastVariance() != null);
        return row(name, null, null, previousKnown ? total(rows, MonitoringReport.Row::previousForecastVariance) : null,
                total(rows, MonitoringReport.Row::finalBudget), total(rows, MonitoringReport.Row::actual), total(rows, MonitoringReport.Row::committed),
                total(rows, MonitoringReport.Row::expectedDemand), total(rows, MonitoringReport.Row::restOfYear), total(rows, MonitoringReport.Row::adjustments),
                total(rows, MonitoringReport.Row::yearEndForecast));
    }

    private static BigDecimal total(List<MonitoringReport.Row> rows, Function<MonitoringReport.Row, BigDecimal> part) {
        return ForecastRules.pounds(rows.stream().map(part).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static String movement(MonitoringReport.Row r) {
        NumberFormat pounds = NumberFormat.getCurrencyInstance(Locale.UK);
        pounds.setMaximumFractionDigits(0);
        String direction = r.changeInForecast().signum() > 0 ? "up" : "down";
        return r.name() + " (" + r.costCentre() + "): forecast variance " + direction + " " + pounds.format(r.changeInForecast().abs()) + ", from "
                + words(r.previousForecastVariance(), pounds) + " to " + words(r.forecastVariance(), pounds);
    }

    private static String words(BigDecimal variance, NumberFormat pounds) {
        return variance.signum() == 0 ? "on budget" : pounds.format(variance.abs()) + (variance.signum() > 0 ? " overspent" : " underspent");
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
