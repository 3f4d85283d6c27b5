package org.openasc.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.finance.domain.StrategyStore;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.InvalidInput;

/**
 * The medium-term financial strategy over four years: growth and savings items hold cumulative amounts, and each
 * enters a year's budget as its increase over the year before (Leicestershire's method). Savings reduce the
 * budget, so they are held as negative amounts whichever sign they were typed with.
 */
@Service
public class MediumTermStrategy {

    static final Set<String> STATUSES = Set.of("UNCHANGED", "AMENDED", "NEW");
    static final Set<String> SAVING_TYPES = Set.of("EFFICIENCY", "SERVICE_REDUCTION", "INCOME");

    /** One year of the summary table. */
    public record Year(int financialYear, String label, BigDecimal originalPriorYearBudget, BigDecimal transfersAndAdjustments, BigDecimal subtotal,
                       BigDecimal growth, BigDecimal savings, BigDecimal proposedNetBudget) {
    }

    public record Summary(int fromYear, List<Year> years, List<StrategyStore.Item> growthItems, BigDecimal[] totalGrowth,
                          List<StrategyStore.Item> savingsItems, BigDecimal[] totalSavings, int version) {
    }

    private final StrategyStore store;
    private final AuditTrail audit;

    MediumTermStrategy(StrategyStore store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    @PreAuthorize(FinanceAccess.MANAGE)
    @Transactional
    public Summary setBase(FinanceCommands.Strategy s) {
        FinanceChecks c = new FinanceChecks().amount(s.originalPriorYearBudget(), "originalPriorYearBudget", "the original budget of the year before");
        FinancialYear year = c.year(s.fromYear(), "fromYear");
        BigDecimal[] transfers = four(s.transfersAndAdjustments(), "transfersAndAdjustments", c, true);
        c.orRefuse();
        store.saveBase(year.startYear(), ForecastRules.pounds(s.originalPriorYearBudget()), transfers, CurrentStaff.username());
        audit.record(CurrentStaff.username(), Action.CHANGED, "mtfs", String.valueOf(year.startYear()), year.label(), "Base");
        return summary(year.startYear());
    }

    @PreAuthorize(FinanceAccess.MANAGE)
    @Transactional
    public StrategyStore.Item addItem(FinanceCommands.StrategyItem i) {
        FinanceChecks c = new FinanceChecks().text(i.reference(), "reference", "the reference, like G7 or AC1", 20)
                .text(i.description(), "description", "the description", 1000);
        FinancialYear year = c.year(i.fromYear(), "fromYear");
        if (year != null && store.base(year.startYear()).isEmpty()) {
            c.add("fromYear", "There is no strategy from " + year.label() + " yet: enter its base budget first");
        }
        if (!"GROWTH".equals(i.kind()) && !"SAVING".equals(i.kind())) {
            c.add("kind", "Choose growth or saving");
        }
        if (i.status() == null || !STATUSES.contains(i.status())) {
            c.add("status", "Choose whether the item is unchanged, amended or new since the previous strategy");
        }
        if ("SAVING".equals(i.kind()) && (i.savingType() == null || !SAVING_TYPES.contains(i.savingType()))) {
            c.add("savingType", "Choose the type of saving: efficiency, service reduction or income");
        }
        BigDecimal[] amounts = four(i.amounts(), "amounts", c, false);
        if (year != null && i.reference() != null && !c.has("reference") && store.referenceUsed(year.startYear(), i.reference().strip())) {
            c.add("reference", i.reference().strip() + " is already in the " + year.label() + " strategy");
        }
        c.orRefuse();
        if ("SAVING".equals(i.kind())) {
            for (int y = 0; y < 4; y++) {
                amounts[y] = amounts[y].abs().negate();
            }
        }
        java.util.UUID id = store.addItem(i, amounts, CurrentStaff.username());
        StrategyStore.Item saved = store.items(year.startYear()).stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        audit.record(CurrentStaff.username(), Action.CREATED, "mtfs-item", saved.id().toString(), saved.reference(), year.label());
        return saved;
    }

    @PreAuthorize(FinanceAccess.READ_REPORTS)
    public Summary summary(Integer fromYear) {
        FinanceChecks c = new FinanceChecks();
        FinancialYear year = c.year(fromYear, "fromYear");
        c.orRefuse();
        StrategyStore.Base base = store.base(year.startYear())
                .orElseThrow(() -> new InvalidInput("fromYear", "There is no medium-term financial strategy from " + year.label()));
        List<StrategyStore.Item> items = store.items(year.startYear());
        List<StrategyStore.Item> growth = items.stream().filter(i -> "GROWTH".equals(i.kind())).toList();
        List<StrategyStore.Item> savings = items.stream().filter(i -> "SAVING".equals(i.kind())).toList();
        BigDecimal[] totalGrowth = totals(growth);
        BigDecimal[] totalSavings = totals(savings);
        BigDecimal[] growthEachYear = ForecastRules.increments(totalGrowth);
        BigDecimal[] savingsEachYear = ForecastRules.increments(totalSavings);
        List<Year> years = new ArrayList<>();
        BigDecimal prior = base.originalPriorYearBudget();
        for (int y = 0; y < 4; y++) {
            BigDecimal subtotal = ForecastRules.pounds(prior.add(base.transfers()[y]));
            BigDecimal proposed = ForecastRules.pounds(subtotal.add(growthEachYear[y]).add(savingsEachYear[y]));
            FinancialYear fy = new FinancialYear(year.startYear() + y);
            years.add(new Year(fy.startYear(), fy.label(), prior, base.transfers()[y], subtotal, growthEachYear[y], savingsEachYear[y], proposed));
            prior = proposed;
        }
        return new Summary(year.startYear(), years, growth, totalGrowth, savings, totalSavings, base.version());
    }

    @PreAuthorize(FinanceAccess.READ_REPORTS)
    public List<Integer> strategies() {
        return store.years();
    }

    private static BigDecimal[] totals(List<StrategyStore.Item> items) {
        BigDecimal[] out = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (StrategyStore.Item i : items) {
            for (int y = 0; y < 4; y++) {
                out[y] = out[y].add(i.amounts()[y]);
            }
        }
        for (int y = 0; y < 4; y++) {
            out[y] = ForecastRules.pounds(out[y]);
        }
        return out;
    }

    private static BigDecimal[] four(List<BigDecimal> values, String field, FinanceChecks c, boolean blanksAreNil) {
        BigDecimal[] out = new BigDecimal[4];
        for (int y = 0; y < 4; y++) {
            BigDecimal v = values == null || values.size() <= y ? null : values.get(y);
            if (v == null && blanksAreNil) {
                v = BigDecimal.ZERO;
            }
            c.amount(v, field + "[" + y + "]", "year " + (y + 1) + "'s amount");
            out[y] = v == null ? null : ForecastRules.pounds(v);
        }
        if (values != null && values.size() > 4) {
            c.add(field, "Enter four years, no more");
        }
        return out;
    }
}
