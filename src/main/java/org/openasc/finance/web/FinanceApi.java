package org.openasc.finance.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.openasc.finance.Actuals;
import org.openasc.finance.BudgetLines;
import org.openasc.finance.BudgetMonitoring;
import org.openasc.finance.FinanceCommands;
import org.openasc.finance.MediumTermStrategy;
import org.openasc.finance.MonitoringReport;
import org.openasc.finance.domain.FinanceStore;
import org.openasc.finance.domain.StrategyStore;
import org.openasc.finance.FinanceAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.web.Created;
import org.openasc.platform.web.Page;
import org.openasc.platform.web.Uploads;

/** Budget lines, actuals, forecasts, periods, the monitoring report and the medium-term financial strategy over JSON. */
@Tag(name = "Finance")
@RestController
@RequestMapping(path = "/api/v1/finance", produces = MediaType.APPLICATION_JSON_VALUE)
class FinanceApi {

    private final BudgetLines lines;
    private final Actuals actuals;
    private final BudgetMonitoring monitoring;
    private final MediumTermStrategy strategy;

    FinanceApi(BudgetLines lines, Actuals actuals, BudgetMonitoring monitoring, MediumTermStrategy strategy) {
        this.lines = lines;
        this.actuals = actuals;
        this.monitoring = monitoring;
        this.strategy = strategy;
    }

    @Operation(summary = "Add a budget line")
    @PostMapping(path = "/budget-lines", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(FinanceAccess.MANAGE)
    ResponseEntity<FinanceStore.Line> addLine(@RequestBody FinanceCommands.BudgetLine line) {
        return Created.body(lines.add(line));
    }

    @Operation(summary = "List the budget lines", description = "In the statement's order, one page at a time, with the total.")
    @GetMapping("/budget-lines")
    @PreAuthorize(FinanceAccess.MANAGE)
    Page<FinanceStore.Line> lines(@Parameter(description = "The page, from 1") @RequestParam(required = false) Integer page,
                                  @Parameter(description = "Budget lines a page: 50 unless given, at most 100") @RequestParam(required = false) Integer size) {
        return lines.lines(Page.pageNumber(page), Page.pageSize(size, 50));
    }

    @Operation(summary = "Choose how a budget line forecasts the rest of the year")
    @PutMapping(path = "/budget-lines/{id}/rest-of-year", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(FinanceAccess.MANAGE)
    FinanceStore.Line setRestOfYear(@PathVariable UUID id, @RequestBody FinanceCommands.RestOfYear restOfYear) {
        return lines.setRestOfYear(id, restOfYear);
    }

    @Operation(summary = "Set a budget line's original budget for a financial year")
    @PutMapping(path = "/budget-lines/{id}/budgets/{financialYear}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(FinanceAccess.MANAGE)
    FinanceStore.Budget setBudget(@PathVariable UUID id, @PathVariable int financialYear, @RequestBody FinanceCommands.OriginalBudget budget) {
        return lines.setOriginalBudget(id, financialYear, budget);
    }

    @Operation(summary = "Adjust a budget line's budget in year")
    @PostMapping(path = "/budget-lines/{id}/budgets/{financialYear}/adjustments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(FinanceAccess.MANAGE)
    ResponseEntity<BudgetMonitoring.LineDetail> adjustBudget(@PathVariable UUID id, @PathVariable int financialYear,
                                                             @RequestBody FinanceCommands.BudgetAdjustment adjustment) {
        lines.adjustBudget(id, financialYear, adjustment);
        return Created.body(monitoring.line(id, financialYear, lines.openPeriod(new org.openasc.finance.FinancialYear(financialYear))));
    }

    @Operation(summary = "Read a budget line's forecast for a period")
    @GetMapping("/budget-lines/{id}/forecast")
    @PreAuthorize(FinanceAccess.MANAGE)
    BudgetMonitoring.LineDetail forecast(@PathVariable UUID id, @RequestParam Integer financialYear, @RequestParam Integer period) {
        return monitoring.line(id, financialYear, period);
    }

    @Operation(summary = "Move budget between two budget lines (a virement)")
    @PostMapping(path = "/virements", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(FinanceAccess.MANAGE)
    ResponseEntity<Map<String, Object>> vire(@RequestBody FinanceCommands.Virement virement) {
        lines.vire(virement);
        return Created.body(Map.of("amount", virement.amount(), "from", virement.fromCostCentre(), "to", virement.toCostCentre()));
    }

    @Operation(summary = "Bring in ledger actuals from a CSV file sent as text")
    @PostMapping(path = "/actuals", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @PreAuthorize(FinanceAccess.MANAGE)
    ResponseEntity<Actuals.Imported> importCsv(@RequestParam(required = false) String fileName, @RequestBody String csv) {
        return Created.body(actuals.importFile(fileName, csv));
    }

    @Operation(summary = "Bring in ledger actuals from an uploaded CSV file")
    @PostMapping(path = "/actuals", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(FinanceAccess.MANAGE)
    ResponseEntity<Actuals.Imported> importUpload(@RequestPart("file") MultipartFile file) {
        return Created.body(actuals.importFile(file.getOriginalFilename(), Uploads.required(file, "file", "Choose the ledger CSV file to import")));
    }

    @Operation(summary = "Set a demand assumption for a budget line's forecast")
    @PostMapping(path = "/demand-assumptions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(FinanceAccess.MANAGE)
    ResponseEntity<Map<String, Object>> assumeDemand(@RequestBody FinanceCommands.DemandAssumption demand) {
        lines.assumeDemand(demand);
        return Created.body(Map.of("costCentre", demand.costCentre(), "financialYear", demand.financialYear()));
    }

    @Operation(summary = "Adjust a budget line's forecast")
    @PostMapping(path = "/forecast-adjustments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(FinanceAccess.MANAGE)
    ResponseEntity<Map<String, Object>> adjustForecast(@RequestBody FinanceCommands.ForecastAdjustment adjustment) {
        int period = lines.adjustForecast(adjustment);
        return Created.body(Map.of("costCentre", adjustment.costCentre(), "financialYear", adjustment.financialYear(), "period", period,
                "amount", adjustment.amount()));
    }

    @Operation(summary = "Close a financial period")
    @PostMapping("/periods/{financialYear}/{period}/close")
    @PreAuthorize(FinanceAccess.MANAGE)
    Map<String, Object> close(@PathVariable int financialYear, @PathVariable int period) {
        int kept = monitoring.close(financialYear, period);
        return Map.of("financialYear", financialYear, "period", period, "closed", true, "linesKept", kept);
    }

    @Operation(summary = "Read the budget monitoring report for a period")
    @GetMapping("/monitoring")
    @PreAuthorize(FinanceAccess.READ_REPORTS)
    MonitoringReport monitoring(@RequestParam Integer financialYear, @RequestParam Integer period) {
        return monitoring.report(financialYear, period);
    }

    @Operation(summary = "Write the commentary of the budget monitoring report")
    @PutMapping(path = "/monitoring/commentary", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(FinanceAccess.MANAGE)
    MonitoringReport comment(@RequestBody FinanceCommands.Commentary commentary) {
        monitoring.comment(commentary);
        return monitoring.report(commentary.financialYear(), commentary.period());
    }

    @Operation(summary = "Set the base of the medium-term financial strategy")
    @PutMapping(path = "/mtfs", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(FinanceAccess.MANAGE)
    MediumTermStrategy.Summary setStrategy(@RequestBody FinanceCommands.Strategy base) {
        return strategy.setBase(base);
    }

    @Operation(summary = "Add a growth or saving to the medium-term financial strategy")
    @PostMapping(path = "/mtfs/items", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(FinanceAccess.MANAGE)
    ResponseEntity<StrategyStore.Item> addItem(@RequestBody FinanceCommands.StrategyItem item) {
        return Created.body(strategy.addItem(item));
    }

    @Operation(summary = "Read the medium-term financial strategy")
    @GetMapping("/mtfs")
    @PreAuthorize(FinanceAccess.READ_REPORTS)
    MediumTermStrategy.Summary strategy(@RequestParam Integer fromYear) {
        return strategy.summary(fromYear);
    }
}
