package org.openasc.finance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.finance.domain.FinanceStore;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.codelist.CodeLists;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.NotFound;
import org.openasc.platform.web.StaleVersion;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.security.Access;

/**
 * Budget lines and what changes them: the original budget for a year, adjustments and virements (each with its
 * date and reason, taking effect from the open period), expected demand and forecast adjustments. Nothing can be
 * changed in a year whose periods are all closed.
 */
@Service
public class BudgetLines {

    static final List<String> REST_OF_YEAR = List.of("NONE", "BUDGET_PROFILE", "RUN_RATE");
    private static final String REST_OF_YEAR_MESSAGE = "Choose how the rest of the year is forecast: nothing, the budget profile or the run rate";

    private final FinanceStore store;
    private final CodeLists codes;
    private final AuditTrail audit;
    private final Clock clock;

    BudgetLines(FinanceStore store, CodeLists codes, AuditTrail audit, Clock clock) {
        this.store = store;
        this.codes = codes;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(FinanceAccess.MANAGE)
    @Transactional
    public FinanceStore.Line add(FinanceCommands.BudgetLine l) {
        FinanceChecks c = new FinanceChecks().text(l.costCentre(), "costCentre", "the cost centre", 20).text(l.name(), "name", "the line's name", 200)
                .text(l.serviceGroup(), "serviceGroup", "the service group", 100).text(l.reportSection(), "reportSection", "the report section", 100);
        if (l.restOfYear() != null && !REST_OF_YEAR.contains(l.restOfYear())) {
            c.add("restOfYear", REST_OF_YEAR_MESSAGE);
        }
        if (!c.has("costCentre") && store.lineByCostCentre(l.costCentre().strip()).isPresent()) {
            c.add("costCentre", "Cost centre " + l.costCentre().strip() + " already has a budget line");
        }
        List<FinanceCommands.ServiceMapping> services = l.services() == null ? List.of() : l.services();
        for (int i = 0; i < services.size(); i++) {
            FinanceCommands.ServiceMapping m = services.get(i);
            String component = m.serviceComponent() == null || m.serviceComponent().isBlank() ? null : m.serviceComponent();
            if (!codes.isValid("service-type", m.serviceType()) || component != null && !codes.isValid("service-component", component)) {
                String list = codes.isValid("service-type", m.serviceType()) ? "service-component" : "service-type";
                c.add("services[" + i + "]", codes.withCodes(list, "Choose a CLD service type, and a service component if only some of the type is paid from this line"));
            } else {
                int at = i;
                store.mappedTo(m.serviceType(), component).ifPresent(cc -> c.add("services[" + at + "]",
                        m.serviceType() + (component == null ? "" : ": " + component) + " is already paid from cost centre " + cc));
            }
        }
        c.orRefuse();
        UUID id = UUID.randomUUID();
        store.addLine(id, l, CurrentStaff.username());
        audit.record(CurrentStaff.username(), Action.CREATED, "budget-line", id.toString(), l.costCentre().strip(), null);
        return store.line(id).orElseThrow();
    }

    /** How a line that pays for no services forecasts the months after the period. */
    @PreAuthorize(FinanceAccess.MANAGE)
    @Transactional
    public FinanceStore.Line setRestOfYear(UUID lineId, FinanceCommands.RestOfYear r) {
        FinanceStore.Line line = line(lineId);
        if (r.restOfYear() == null || !REST_OF_YEAR.contains(r.restOfYear())) {
            throw new InvalidInput("restOfYear", REST_OF_YEAR_MESSAGE);
        }
        if (!store.setRestOfYear(lineId, r.restOfYear(), r.version())) {
            throw new StaleVersion("Budget line " + line.costCentre());
        }
        audit.record(CurrentStaff.username(), Action.CHANGED, "budget-line", lineId.toString(), line.costCentre(), "Rest of year " + r.restOfYear());
        return line(lineId);
    }

    @PreAuthorize(FinanceAccess.MANAGE)
    @Transactional
    public FinanceStore.Budget setOriginalBudget(UUID lineId, int year, FinanceCommands.OriginalBudget b) {
        FinanceStore.Line line = line(lineId);
        FinanceChecks c = new FinanceChecks().amount(b.originalBudget(), "originalBudget", "the original budget");
        FinancialYear fy = c.year(year, "financialYear");
        c.orRefuse();
        if (!store.closed(year).isEmpty()) {
            throw new InvalidInput("originalBudget", "Periods of " + fy.label() + " are closed: change the budget by an adjustment or virement with its reason");
        }
        if (!store.setBudget(lineId, year, ForecastRules.pounds(b.originalBudget()), b.version(), CurrentStaff.username())) {
            throw new StaleVersion("The " + fy.label() + " budget of " + line.costCentre());
        }
        audit.record(CurrentStaff.username(), Action.CHANGED, "budget-line", lineId.toString(), line.costCentre(), "Original budget " + fy.label());
        return store.budget(lineId, year).orElseThrow();
    }

    @PreAuthorize(FinanceAccess.MANAGE)
    @Transactional
    public void adjustBudget(UUID lineId, int year, FinanceCommands.BudgetAdjustment a) {
        FinanceStore.Line line = line(lineId);
        FinanceChecks c = new FinanceChecks().amount(a.amount(), "amount", "the adjustment").text(a.reason(), "reason", "the reason for the adjustment", 2000);
        FinancialYear fy = c.year(year, "financialYear");
        if (a.adjustedOn() == null) {
            c.add("adjustedOn", "Enter the date of the adjustment");
        }
        c.orRefuse();
        int period = openPeriod(fy, "amount");
        if (store.budget(lineId, year).isEmpty()) {
            throw new InvalidInput("amount", line.costCentre() + " has no " + fy.label() + " budget to adjust: set its original budget first");
        }
        store.adjustBudget(lineId, year, period, "ADJUSTMENT", null, ForecastRules.pounds(a.amount()), a.adjustedOn(), a.reason().strip(),
                CurrentStaff.username());
        audit.record(CurrentStaff.username(), Action.CHANGED, "budget-line", lineId.toString(), line.costCentre(), "Budget adjustment " + fy.label());
    }

    /** Moves budget from one line to another in the open period: two adjustments that sum to nothing. */
    @PreAuthorize(FinanceAccess.MANAGE)
    @Transactional
    public void vire(FinanceCommands.Virement v) {
        FinanceChecks c = new FinanceChecks();
        FinancialYear fy = c.year(v.financialYear(), "financialYear");
        FinanceStore.Line from = v.fromCostCentre() == null ? null : store.lineByCostCentre(v.fromCostCentre().strip()).orElse(null);
        FinanceStore.Line to = v.toCostCentre() == null ? null : store.lineByCostCentre(v.toCostCentre().strip()).orElse(null);
        if (from == null) {
            c.add("fromCostCentre", "Enter the cost centre the budget moves from");
        }
        if (to == null || from != null && to.id().equals(from.id())) {
            c.add("toCostCentre", "Enter another cost centre the budget moves to");
        }
        c.amount(v.amount(), "amount", "the amount moved");
        if (v.amount() != null && v.amount().signum() <= 0) {
            c.add("amount", "Enter the amount moved as a positive number");
        }
        if (v.adjustedOn() == null) {
            c.add("adjustedOn", "Enter the date of the virement");
        }
        c.text(v.reason(), "reason", "the reason for the virement", 2000);
        c.orRefuse();
        int period = openPeriod(fy, "amount");
        for (FinanceStore.Line l : List.of(from, to)) {
            if (store.budget(l.id(), fy.startYear()).isEmpty()) {
                throw new InvalidInput(l == from ? "fromCostCentre" : "toCostCentre", l.costCentre() + " has no " + fy.label() + " budget");
            }
        }
        UUID virement = UUID.randomUUID();
        BigDecimal amount = ForecastRules.pounds(v.amount());
        store.adjustBudget(from.id(), fy.startYear(), period, "VIREMENT", virement, amount.negate(), v.adjustedOn(), v.reason().strip(), CurrentStaff.username());
        store.adjustBudget(to.id(), fy.startYear(), period, "VIREMENT", virement, amount, v.adjustedOn(), v.reason().strip(), CurrentStaff.username());
        audit.record(CurrentStaff.username(), Action.CHANGED, "budget-line", from.id().toString(), from.costCentre(), "Virement to " + to.costCentre());
    }

    @PreAuthorize(FinanceAccess.MANAGE)
    @Transactional
    public void assumeDemand(FinanceCommands.DemandAssumption d) {
        FinanceChecks c = new FinanceChecks().text(d.basis(), "basis", "the basis of the assumption, so others can check it", 2000);
        FinancialYear fy = c.year(d.financialYear(), "financialYear");
        FinanceStore.Line line = lineOf(d.costCentre(), c);
        if (d.packagesPerWeek() == null || d.packagesPerWeek().abs().compareTo(BigDecimal.valueOf(10000)) >= 0) {
            c.add("packagesPerWeek", "Enter the net new packages a week, like 2.5 (negative if packages are falling)");
        }
        if (d.averageWeeklyCost() == null || d.averageWeeklyCost().signum() < 0 || d.averageWeeklyCost().compareTo(BigDecimal.valueOf(100000)) >= 0) {
            c.add("averageWeeklyCost", "Enter the average weekly cost of a new package in pounds");
        }
        c.orRefuse();
        openPeriod(fy, "packagesPerWeek");
        if (!store.setDemand(line.id(), fy.startYear(), d, CurrentStaff.username())) {
            throw new StaleVersion("The expected demand of " + line.costCentre() + " in " + fy.label());
        }
        audit.record(CurrentStaff.username(), Action.CHANGED, "budget-line", line.id().toString(), line.costCentre(), "Demand assumption " + fy.label());
    }

    @PreAuthorize(FinanceAccess.MANAGE)
    @Transactional
    public int adjustForecast(FinanceCommands.ForecastAdjustment a) {
        FinanceChecks c = new FinanceChecks().amount(a.amount(), "amount", "the adjustment").text(a.reason(), "reason", "the reason for the adjustment", 2000);
        FinancialYear fy = c.year(a.financialYear(), "financialYear");
        FinanceStore.Line line = lineOf(a.costCentre(), c);
        c.orRefuse();
        int period = openPeriod(fy, "amount");
        store.adjustForecast(line.id(), fy.startYear(), period, ForecastRules.pounds(a.amount()), a.reason().strip(), CurrentStaff.username());
        audit.record(CurrentStaff.username(), Action.CHANGED, "budget-line", line.id().toString(), line.costCentre(), "Forecast adjustment " + fy.label());
        return period;
    }

    /** One page of the budget lines in the statement's order: a council has a few hundred at most, so they are paged here, not in SQL. */
    @PreAuthorize(FinanceAccess.MANAGE)
    public org.openasc.platform.web.Page<FinanceStore.Line> lines(int page, int size) {
        List<FinanceStore.Line> all = store.lines();
        int from = (int) Math.min((long) (page - 1) * size, all.size());
        return new org.openasc.platform.web.Page<>(List.copyOf(all.subList(from, Math.min(from + size, all.size()))), page, size, all.size());
    }

    /** Each line's id by its cost centre. */
    @PreAuthorize(FinanceAccess.MANAGE)
    public java.util.Map<String, UUID> idsByCostCentre() {
        return store.lineIdsByCostCentre();
    }

    @PreAuthorize(FinanceAccess.MANAGE)
    public FinanceStore.Line line(UUID id) {
        return store.line(id).orElseThrow(() -> new NotFound("The budget line " + id));
    }

    /** The period changes now take effect in: the first that is not closed. */
    @PreAuthorize(FinanceAccess.READ_REPORTS)
    public int openPeriod(FinancialYear year) {
        return store.closed(year.startYear()).size() + 1;
    }

    @PreAuthorize(Access.SIGNED_IN)
    public FinancialYear currentYear() {
        return FinancialYear.containing(Today.on(clock));
    }

    private int openPeriod(FinancialYear year, String field) {
        store.lockYear(year.startYear());
        int period = store.closed(year.startYear()).size() + 1;
        if (period > 12) {
            throw new InvalidInput(field, "Every period of " + year.label() + " is closed; nothing in it can change");
        }
        return period;
    }

    private FinanceStore.Line lineOf(String costCentre, FinanceChecks c) {
        FinanceStore.Line line = costCentre == null ? null : store.lineByCostCentre(costCentre.strip()).orElse(null);
        if (line == null) {
            c.add("costCentre", costCentre == null || costCentre.isBlank() ? "Enter the cost centre" : "No budget line has cost centre " + costCentre.strip());
        }
        return line;
    }
}
