package org.openasc.finance.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

/** Budget lines, actuals, forecasts, periods, the monitoring report and the medium-term financial strategy over JSON. */
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

    @PostMapping(path = "/budget-lines", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FinanceStore.Line> addLine(@RequestBody FinanceCommands.BudgetLine line) {
        return ResponseEntity.status(201).body(lines.add(line));
    }

    @GetMapping("/budget-lines")
    List<FinanceStore.Line> lines() {
        return lines.lines();
    }

    @PutMapping(path = "/budget-lines/{id}/rest-of-year", consumes = MediaType.APPLICATION_JSON_VALUE)
    FinanceStore.Line setRestOfYear(@PathVariable UUID id, @RequestBody FinanceCommands.RestOfYear restOfYear) {
        return lines.setRestOfYear(id, restOfYear);
    }

    @PutMapping(path = "/budget-lines/{id}/budgets/{financialYear}", consumes = MediaType.APPLICATION_JSON_VALUE)
    FinanceStore.Budget setBudget(@PathVariable UUID id, @PathVariable int financialYear, @RequestBody FinanceCommands.OriginalBudget budget) {
        return lines.setOriginalBudget(id, financialYear, budget);
    }

    @PostMapping(path = "/budget-lines/{id}/budgets/{financialYear}/adjustments", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<BudgetMonitoring.LineDetail> adjustBudget(@PathVariable UUID id, @PathVariable int financialYear,
                                                             @RequestBody FinanceCommands.BudgetAdjustment adjustment) {
        lines.adjustBudget(id, financialYear, adjustment);
        return ResponseEntity.status(201).body(monitoring.line(id, financialYear, lines.openPeriod(new org.openasc.finance.FinancialYear(financialYear))));
    }

    @GetMapping("/budget-lines/{id}/forecast")
    BudgetMonitoring.LineDetail forecast(@PathVariable UUID id, @RequestParam Integer financialYear, @RequestParam Integer period) {
        return monitoring.line(id, financialYear, period);
    }

    @PostMapping(path = "/virements", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> vire(@RequestBody FinanceCommands.Virement virement) {
        lines.vire(virement);
        return ResponseEntity.status(201).body(Map.of("amount", virement.amount(), "from", virement.fromCostCentre(), "to", virement.toCostCentre()));
    }

    @PostMapping(path = "/actuals", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<Actuals.Imported> importCsv(@RequestParam(required = false) String fileName, @RequestBody String csv) {
        return ResponseEntity.status(201).body(actuals.importFile(fileName, csv));
    }

    @PostMapping(path = "/actuals", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Actuals.Imported> importUpload(@RequestPart("file") MultipartFile file) throws IOException {
        return ResponseEntity.status(201).body(actuals.importFile(file.getOriginalFilename(), new String(file.getBytes(), StandardCharsets.UTF_8)));
    }

    @PostMapping(path = "/demand-assumptions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> assumeDemand(@RequestBody FinanceCommands.DemandAssumption demand) {
        lines.assumeDemand(demand);
        return ResponseEntity.status(201).body(Map.of("costCentre", demand.costCentre(), "financialYear", demand.financialYear()));
    }

    @PostMapping(path = "/forecast-adjustments", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> adjustForecast(@RequestBody FinanceCommands.ForecastAdjustment adjustment) {
        int period = lines.adjustForecast(adjustment);
        return ResponseEntity.status(201).body(Map.of("costCentre", adjustment.costCentre(), "financialYear", adjustment.financialYear(), "period", period,
                "amount", adjustment.amount()));
    }

    @PostMapping("/periods/{financialYear}/{period}/close")
    Map<String, Object> close(@PathVariable int financialYear, @PathVariable int period) {
        int kept = monitoring.close(financialYear, period);
        return Map.of("financialYear", financialYear, "period", period, "closed", true, "linesKept", kept);
    }

    @GetMapping("/monitoring")
    MonitoringReport monitoring(@RequestParam Integer financialYear, @RequestParam Integer period) {
        return monitoring.report(financialYear, period);
    }

    @PutMapping(path = "/monitoring/commentary", consumes = MediaType.APPLICATION_JSON_VALUE)
    MonitoringReport comment(@RequestBody FinanceCommands.Commentary commentary) {
        monitoring.comment(commentary);
        return monitoring.report(commentary.financialYear(), commentary.period());
    }

    @PutMapping(path = "/mtfs", consumes = MediaType.APPLICATION_JSON_VALUE)
    MediumTermStrategy.Summary setStrategy(@RequestBody FinanceCommands.Strategy base) {
        return strategy.setBase(base);
    }

    @PostMapping(path = "/mtfs/items", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StrategyStore.Item> addItem(@RequestBody FinanceCommands.StrategyItem item) {
        return ResponseEntity.status(201).body(strategy.addItem(item));
    }

    @GetMapping("/mtfs")
    MediumTermStrategy.Summary strategy(@RequestParam Integer fromYear) {
        return strategy.summary(fromYear);
    }
}
