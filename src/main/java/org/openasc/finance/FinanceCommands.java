package org.openasc.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.openasc.platform.codelist.Coded;

/** What finance officers send. */
public final class FinanceCommands {

    private FinanceCommands() {
    }

    /** The services a line pays for: a service type, and a component where only some of the type's components are paid from the line. */
    public record ServiceMapping(@Coded("service-type") String serviceType, @Coded("service-component") String serviceComponent) {
    }

    /** A line; {@code restOfYear} is NONE (the default), BUDGET_PROFILE or RUN_RATE for lines that pay for no services. */
    public record BudgetLine(String costCentre, String name, String serviceGroup, String reportSection, List<ServiceMapping> services,
                             String restOfYear) {
    }

    public record RestOfYear(String restOfYear, Integer version) {
    }

    public record OriginalBudget(BigDecimal originalBudget, Integer version) {
    }

    public record BudgetAdjustment(BigDecimal amount, LocalDate adjustedOn, String reason) {
    }

    public record Virement(Integer financialYear, String fromCostCentre, String toCostCentre, BigDecimal amount, LocalDate adjustedOn, String reason) {
    }

    /** Expected demand; changing one already set carries the {@code version} it was based on. */
    public record DemandAssumption(Integer financialYear, String costCentre, BigDecimal packagesPerWeek, BigDecimal averageWeeklyCost, String basis,
                                   Integer version) {
    }

    public record ForecastAdjustment(Integer financialYear, String costCentre, BigDecimal amount, String reason) {
    }

    /** A section's commentary; changing one already written carries the {@code version} it was based on. */
    public record Commentary(Integer financialYear, Integer period, String section, String text, Integer version) {
    }

    public record Strategy(Integer fromYear, BigDecimal originalPriorYearBudget, List<BigDecimal> transfersAndAdjustments) {
    }

    /** A growth or saving item with its cumulative amounts for the strategy's four years. */
    public record StrategyItem(Integer fromYear, String kind, String reference, String description, String status, String savingType,
                               List<BigDecimal> amounts) {
    }
}
