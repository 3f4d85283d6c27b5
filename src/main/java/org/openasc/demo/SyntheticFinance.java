package org.openasc.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.openasc.finance.Actuals;
import org.openasc.finance.BudgetLines;
import org.openasc.finance.BudgetMonitoring;
import org.openasc.finance.FinanceCommands;
import org.openasc.finance.FinancialYear;
import org.openasc.finance.MediumTermStrategy;
import org.openasc.finance.MonitoringReport;
import org.openasc.platform.csv.CsvFiles;

/**
 * Anytown's adult social care budget: lines that pay for the demo's services, budgets set from the care
 * committed at the start of each year, a ledger month by month (the cost of the services that month, as a
 * ledger would post it, give or take), imported as CSV files through the real import, periods closed in
 * turn with adjustments along the way, and a medium-term strategy. All as the finance officer, after the care record is loaded.
 */
@org.springframework.stereotype.Component
class SyntheticFinance {

    private record Line(String costCentre, String name, String group, String section, String type, String component, double budgetFactor,
                        long fixedBudget) {
    }

    private static final String COMMUNITY = "Long term support: Community";
    private static final List<Line> LINES = List.of(
            new Line("A60110", "Residential care", "Ageing Well and Maximising Independence", "ASCH Committee", "Long term support: Residential care", null, 0.96, 0),
            new Line("A60120", "Nursing care", "Ageing Well and Maximising Independence", "ASCH Committee", "Long term support: Nursing care", null, 1.01, 0),
            new Line("A60130", "Home support", "Living Well and Direct Services", "ASCH Committee", COMMUNITY, "Home Support", 0.95, 0),
            new Line("A60140", "Direct payments", "Living Well and Direct Services", "ASCH Committee", COMMUNITY, "Direct Payment", 1.02, 0),
            new Line("A60150", "Day opportunities", "Living Well and Direct Services", "ASCH Committee", COMMUNITY, "Day Support", 1.0, 0),
            new Line("A60160", "Reablement", "Ageing Well and Maximising Independence", "ASCH Committee", "Short term support: ST-Max", null, 1.0, 0),
            new Line("A60200", "Assessment and care management", "Strategic Commissioning and Integration", "ASCH Committee", null, null, 1.0, 4_200_000),
            new Line("A60300", "Client contributions", "Strategic Commissioning and Integration", "ASCH Committee", null, null, 1.0, -1),
            new Line("A69000", "Transfer to / (from) revenue reserves", "Reserves", "ASCH Reserves", null, null, 1.0, -250_000));

    private final BudgetLines lines;
    private final Actuals actuals;
    private final BudgetMonitoring monitoring;
    private final MediumTermStrategy strategy;

    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    SyntheticFinance(BudgetLines lines, Actuals actuals, BudgetMonitoring monitoring, MediumTermStrategy strategy,
                     org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.lines = lines;
        this.actuals = actuals;
        this.monitoring = monitoring;
        this.strategy = strategy;
    }

    void build(LocalDate today, long seed) {
        DemoAuthority.as("finance", "FINANCE", () -> {
            for (Line l : LINES) {
                lines.add(new FinanceCommands.BudgetLine(l.costCentre(), l.name(), l.group(), l.section(), l.type() == null ? List.of()
                        : List.of(new FinanceCommands.ServiceMapping(l.type(), l.component())),
                        l.type() == null && !l.section().equals("ASCH Reserves") ? "BUDGET_PROFILE" : "NONE"));
            }
            FinancialYear current = FinancialYear.containing(today);
            Random random = new Random(seed);
            FinanceCommands.DemandAssumption homeCareGrowth = homeCareGrowth(today);
            year(lines, actuals, monitoring, new FinancialYear(current.startYear() - 1), 12, 12, random, homeCareGrowth);
            int open = current.periodOf(today);
            year(lines, actuals, monitoring, current, open - 1, Math.max(open - 2, 0), random, homeCareGrowth);
            strategy(strategy, lines, monitoring, current);
            return null;
        });
    }

    /** Budgets, {@code ledgerPeriods} months of actuals and the first {@code closePeriods} periods closed. */
    private static void year(BudgetLines lines, Actuals actuals, BudgetMonitoring monitoring, FinancialYear year, int ledgerPeriods, int closePeriods,
                             Random random, FinanceCommands.DemandAssumption growth) {
        Map<String, BigDecimal[]> monthly = monthlyServiceCost(monitoring, year);
        Map<String, java.util.UUID> ids = lines.idsByCostCentre();
        BigDecimal careCharged = BigDecimal.ZERO;
        Map<String, BigDecimal> budgets = new HashMap<>();
        for (Line l : LINES) {
            BigDecimal[] months = monthly.getOrDefault(l.costCentre(), zeros());
            BigDecimal annual = List.of(months).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (l.type() != null && l.type().contains("Residential") || l.type() != null && l.type().contains("Nursing")) {
                careCharged = careCharged.add(annual);
            }
            BigDecimal budget = l.fixedBudget() == -1 ? careCharged.multiply(new BigDecimal("-0.18"))
                    : l.fixedBudget() != 0 ? BigDecimal.valueOf(l.fixedBudget()) : annual.multiply(BigDecimal.valueOf(l.budgetFactor()));
            budgets.put(l.costCentre(), budget.setScale(-3, RoundingMode.HALF_UP));
            lines.setOriginalBudget(ids.get(l.costCentre()), year.startYear(), new FinanceCommands.OriginalBudget(budgets.get(l.costCentre()), null));
        }
        if (ledgerPeriods >= 1) {
            lines.assumeDemand(new FinanceCommands.DemandAssumption(year.startYear(), growth.costCentre(), growth.packagesPerWeek(),
                    growth.averageWeeklyCost(), growth.basis(), null));
        }
        for (int p = 1; p <= ledgerPeriods; p++) {
            List<List<?>> csv = new ArrayList<>();
            BigDecimal chargeable = BigDecimal.ZERO;
            for (Line l : LINES) {
                BigDecimal amount;
                if (l.type() != null) {
                    BigDecimal cost = monthly.getOrDefault(l.costCentre(), zeros())[p - 1];
                    amount = cost.multiply(BigDecimal.valueOf(0.97 + random.nextDouble() * 0.06));
                    if (l.type().contains("Residential") || l.type().contains("Nursing")) {
                        chargeable = chargeable.add(cost);
                    }
                } else if (l.fixedBudget() == -1) {
                    amount = chargeable.multiply(BigDecimal.valueOf(-0.16 - random.nextDouble() * 0.02));
                } else if (l.section().equals("ASCH Reserves")) {
                    amount = p == 12 ? BigDecimal.valueOf(l.fixedBudget()) : BigDecimal.ZERO;
                } else {
                    amount = BigDecimal.valueOf(l.fixedBudget() / 12.0 * (0.98 + random.nextDouble() * 0.05));
                }
                if (amount.signum() != 0) {
                    csv.add(List.of(l.costCentre(), year.label(), p, amount.setScale(2, RoundingMode.HALF_UP).toPlainString()));
                }
            }
            actuals.importFile("ledger-" + year.label() + "-P" + String.format("%02d", p) + ".csv", CsvFiles.write(Actuals.HEADER, csv));
            profileRestOfYear(lines, year, p, budgets);
            if (p == 2) {
                lines.adjustForecast(new FinanceCommands.ForecastAdjustment(year.startYear(), "A60110", new BigDecimal("-85000"),
                        "Continuing healthcare funding agreed for three residents from October"));
            }
            if (p == 4) {
                BigDecimal moved = budgets.get("A60150").multiply(new BigDecimal("0.10")).setScale(-3, RoundingMode.HALF_UP).max(new BigDecimal("1000"));
                lines.vire(new FinanceCommands.Virement(year.startYear(), "A60150", "A60130", moved, year.endOfPeriod(4),
                        "Day services redesign: budget moved to home support for people who no longer attend"));
                lines.adjustForecast(new FinanceCommands.ForecastAdjustment(year.startYear(), "A60200", new BigDecimal("95000"),
                        "Agency social workers covering vacancies in the hospital team until March"));
            }
            if (p <= closePeriods) {
                monitoring.close(year.startYear(), p);
            }
        }
        if (closePeriods >= 1) {
            int last = closePeriods;
            monitoring.comment(new FinanceCommands.Commentary(year.startYear(), last, "ASCH Committee",
                    "The forecast is driven by care committed in the record: home support packages continue to grow faster than the budget allowed, "
                            + "partly offset by continuing healthcare funding in residential care.", null));
        }
    }

    /**
     * Staffing and income lines forecast the rest of the year on their budget profile; the reserves transfer is
     * made at the year end, so the officer carries it as an adjustment until it is in the actuals.
     */
    private static void profileRestOfYear(BudgetLines lines, FinancialYear year, int period, Map<String, BigDecimal> budgets) {
        for (Line l : LINES) {
            if (l.section().equals("ASCH Reserves") && (period == 1 || period == 12)) {
                BigDecimal budget = budgets.get(l.costCentre());
                lines.adjustForecast(new FinanceCommands.ForecastAdjustment(year.startYear(), l.costCentre(), period == 1 ? budget : budget.negate(),
                        period == 1 ? "Budgeted transfer to reserves at the year end" : "Transfer made: now in the actuals"));
            }
        }
    }

    /** Net new home support packages a week over the last year, and what a new one costs, counted from the record. */
    private FinanceCommands.DemandAssumption homeCareGrowth(LocalDate today) {
        LocalDate yearAgo = today.minusYears(1);
        Object[] counts = jdbc.sql("""
                        select count(*) filter (where start_date > :from and start_date <= :to),
                               count(*) filter (where end_date > :from and end_date <= :to)
                        from support.service_facts where service_type = 'Long term support: Community' and service_component = 'Home Support'""")
                .param("from", yearAgo).param("to", today).query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2)}).single();
        BigDecimal average = jdbc.sql("""
                        select coalesce(avg(weekly_cost), 0) from support.service_cost_facts where service_type = 'Long term support: Community'
                          and service_component = 'Home Support' and start_date > :from and start_date <= :to and effective_from = start_date""")
                .param("from", yearAgo).param("to", today).query(BigDecimal.class).single().setScale(2, RoundingMode.HALF_UP);
        long net = (long) counts[0] - (long) counts[1];
        BigDecimal perWeek = BigDecimal.valueOf(net).divide(BigDecimal.valueOf(52), 2, RoundingMode.HALF_UP);
        return new FinanceCommands.DemandAssumption(null, "A60130", perWeek, average, "Home support packages over the 12 months to " + today + ": "
                + counts[0] + " started and " + counts[1] + " ended, a net " + net + " (" + perWeek + " a week); new packages averaged £" + average
                + " a week", null);
    }

    /** What the record's services cost each month of the year, line by line: the fall in committed cost from one month end to the next. */
    private static Map<String, BigDecimal[]> monthlyServiceCost(BudgetMonitoring monitoring, FinancialYear year) {
        Map<String, BigDecimal[]> out = new HashMap<>();
        Map<String, BigDecimal> before = committedFromStart(monitoring, year);
        for (int p = 1; p <= 12; p++) {
            Map<String, BigDecimal> after = new HashMap<>();
            for (MonitoringReport.Section s : monitoring.report(year.startYear(), p).sections()) {
                s.lines().forEach(r -> after.put(r.costCentre(), r.committed()));
            }
            for (Map.Entry<String, BigDecimal> e : before.entrySet()) {
                out.computeIfAbsent(e.getKey(), k -> zeros())[p - 1] = e.getValue().subtract(after.getOrDefault(e.getKey(), BigDecimal.ZERO));
            }
            before = after;
        }
        return out;
    }

    /** Committed from 1 April: the cost of period 1 (committed after it) plus what April itself costs, taken as a twelfth of the rest scaled. */
    private static Map<String, BigDecimal> committedFromStart(BudgetMonitoring monitoring, FinancialYear year) {
        Map<String, BigDecimal> out = new HashMap<>();
        long rest = year.daysLeftAfter(1);
        long all = rest + year.endOfPeriod(1).getDayOfMonth();
        for (MonitoringReport.Section s : monitoring.report(year.startYear(), 1).sections()) {
            s.lines().forEach(r -> out.put(r.costCentre(), r.committed().multiply(BigDecimal.valueOf(all)).divide(BigDecimal.valueOf(rest), 2,
                    RoundingMode.HALF_UP)));
        }
        return out;
    }

    private static void strategy(MediumTermStrategy strategy, BudgetLines lines, BudgetMonitoring monitoring, FinancialYear current) {
        BigDecimal base = monitoring.report(current.startYear(), 1).total().finalBudget();
        int from = current.startYear() + 1;
        strategy.setBase(new FinanceCommands.Strategy(from, base, List.of(new BigDecimal("850000"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO)));
        List<Object[]> items = new ArrayList<>();
        items.add(new Object[] {"GROWTH", "G1", "Older people: new entrants and increasing needs in community services and residential admissions", "AMENDED", null,
                new long[] {620_000, 1_150_000, 1_730_000, 2_400_000}});
        items.add(new Object[] {"GROWTH", "G2", "Learning disabilities: new entrants including transitions from children's services", "AMENDED", null,
                new long[] {150_000, 320_000, 480_000, 675_000}});
        items.add(new Object[] {"GROWTH", "G3", "Market premia to recruit and retain social workers", "NEW", null, new long[] {80_000, 80_000, 80_000, 80_000}});
        items.add(new Object[] {"SAVING", "AC1", "Increased income from fairer charging", "UNCHANGED", "INCOME", new long[] {-30_000, -60_000, -90_000, -120_000}});
        items.add(new Object[] {"SAVING", "AC2", "Digital assistive technology for people at home", "NEW", "EFFICIENCY",
                new long[] {-75_000, -225_000, -330_000, -600_000}});
        items.add(new Object[] {"SAVING", "AC3", "Review of high-cost placements for working-age adults", "AMENDED", "EFFICIENCY",
                new long[] {-15_000, -45_000, -90_000, -90_000}});
        for (Object[] i : items) {
            long[] a = (long[]) i[5];
            strategy.addItem(new FinanceCommands.StrategyItem(from, (String) i[0], (String) i[1], (String) i[2], (String) i[3], (String) i[4],
                    List.of(BigDecimal.valueOf(a[0]), BigDecimal.valueOf(a[1]), BigDecimal.valueOf(a[2]), BigDecimal.valueOf(a[3]))));
        }
    }

    private static BigDecimal[] zeros() {
        BigDecimal[] z = new BigDecimal[12];
        java.util.Arrays.fill(z, BigDecimal.ZERO);
        return z;
    }
}
