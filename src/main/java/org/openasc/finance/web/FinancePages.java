package org.openasc.finance.web;

import static org.openasc.platform.web.FormSubmission.after;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.openasc.finance.Actuals;
import org.openasc.finance.BudgetLines;
import org.openasc.finance.BudgetMonitoring;
import org.openasc.finance.FinanceAccess;
import org.openasc.finance.FinanceCommands;
import org.openasc.finance.FinancialYear;
import org.openasc.platform.codelist.CodeLists;
import org.openasc.platform.web.FormErrors;
import org.openasc.platform.web.FormFields;
import org.openasc.platform.web.FormSubmission;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.Uploads;

/** The finance officer's workbench: budget lines, importing actuals, closing periods, and one line's forecast with its parts. */
@Controller
class FinancePages {

    static final FinanceDisplay MONEY = new FinanceDisplay();

    private final BudgetLines lines;
    private final Actuals actuals;
    private final BudgetMonitoring monitoring;
    private final CodeLists codes;
    private final FormSubmission pages;

    FinancePages(BudgetLines lines, Actuals actuals, BudgetMonitoring monitoring, CodeLists codes, FormSubmission pages) {
        this.lines = lines;
        this.actuals = actuals;
        this.monitoring = monitoring;
        this.codes = codes;
        this.pages = pages;
    }

    @GetMapping("/finance")
    @PreAuthorize(FinanceAccess.MANAGE)
    String workbench(@RequestParam(required = false) Integer financialYear, Model model) {
        FinancialYear year = financialYear == null || financialYear < 2000 || financialYear > 2100 ? lines.currentYear() : new FinancialYear(financialYear);
        int open = lines.openPeriod(year);
        model.addAttribute("year", year);
        model.addAttribute("openPeriod", open);
        model.addAttribute("report", monitoring.report(year.startYear(), Math.min(open, 12)));
        model.addAttribute("closed", monitoring.closedPeriods(year.startYear()));
        model.addAttribute("batches", actuals.recent());
        model.addAttribute("money", MONEY);
        model.addAttribute("header", String.join(",", Actuals.HEADER));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "finance/workbench";
    }

    @PostMapping("/finance/actuals")
    @PreAuthorize(FinanceAccess.MANAGE)
    String importActuals(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) Integer financialYear, Model model,
                         RedirectAttributes redirect, HttpServletResponse response) {
        try {
            String csv = Uploads.required(file, "file", "Choose the ledger CSV file to import");
            Actuals.Imported done = actuals.importFile(file.getOriginalFilename(), csv);
            redirect.addFlashAttribute("banner", "Imported " + done.fileName() + ": " + done.rows() + " rows, " + done.linePeriods() + " line periods ("
                    + done.replaced() + " replaced), " + MONEY.pounds(done.total()) + " in " + String.join(", ", done.periods()));
            return "redirect:/finance" + (financialYear == null ? "" : "?financialYear=" + financialYear);
        } catch (InvalidInput e) {
            FormErrors.refused(model, response, e.problems());
            model.addAttribute("refusedFile", file == null ? null : file.getOriginalFilename());
            return workbench(financialYear, model);
        }
    }

    @PostMapping("/finance/periods/close")
    @PreAuthorize(FinanceAccess.MANAGE)
    String close(@RequestParam Map<String, String> values, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(values);
        Integer year = f.integer("financialYear");
        Integer period = f.integer("period");
        return pages.submit(f, () -> {
            int kept = monitoring.close(year, period);
            return "/finance/monitoring?financialYear=" + year + "&period=" + period + "&kept=" + kept;
        }, "Period " + period + " closed: its forecasts are kept", () -> workbench(year, model), "finance/workbench", model, redirect, response);
    }

    @PostMapping("/finance/virements")
    @PreAuthorize(FinanceAccess.MANAGE)
    String vire(@RequestParam Map<String, String> values, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(values).alias("amount", "virementAmount").alias("reason", "virementReason").alias("adjustedOn", "virementOn");
        Integer year = f.integer("financialYear");
        return pages.submit(f, () -> after("/finance?financialYear=" + year, () -> lines.vire(new FinanceCommands.Virement(year,
                f.text("fromCostCentre"), f.text("toCostCentre"), f.decimal("virementAmount", "the amount moved"), f.date("virementOn",
                "The date of the virement"), f.text("virementReason")))), "Virement recorded", () -> workbench(year, model), "finance/workbench",
                model, redirect, response);
    }

    @GetMapping("/finance/lines/new")
    @PreAuthorize(FinanceAccess.MANAGE)
    String newLine(Model model) {
        model.addAttribute("form", Map.of());
        return lineForm(model);
    }

    @PostMapping("/finance/lines")
    @PreAuthorize(FinanceAccess.MANAGE)
    String addLine(@RequestParam Map<String, String> values, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(values).alias("services[0]", "serviceType");
        List<FinanceCommands.ServiceMapping> services = f.text("serviceType") == null ? List.of()
                : List.of(new FinanceCommands.ServiceMapping(f.text("serviceType"), f.text("serviceComponent")));
        return pages.submit(f, () -> "/finance/lines/" + lines.add(new FinanceCommands.BudgetLine(f.text("costCentre"), f.text("name"),
                        f.text("serviceGroup"), f.text("reportSection"), services, null)).id(), "Budget line added: set its budget for the year",
                () -> lineForm(model), "finance/line-form", model, redirect, response);
    }

    @GetMapping("/finance/lines/{id}")
    @PreAuthorize(FinanceAccess.MANAGE)
    String line(@PathVariable UUID id, @RequestParam(required = false) Integer financialYear, @RequestParam(required = false) Integer period, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return showLine(id, financialYear, period, model);
    }

    @PostMapping("/finance/lines/{id}/budget")
    @PreAuthorize(FinanceAccess.MANAGE)
    String setBudget(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(values);
        Integer year = f.integer("financialYear");
        return onLine(id, year, f, () -> lines.setOriginalBudget(id, year == null ? 0 : year,
                new FinanceCommands.OriginalBudget(f.decimal("originalBudget", "the original budget"), f.integer("version"))), "Original budget set",
                model, redirect, response);
    }

    @PostMapping("/finance/lines/{id}/rest-of-year")
    @PreAuthorize(FinanceAccess.MANAGE)
    String setRestOfYear(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model, RedirectAttributes redirect,
                         HttpServletResponse response) {
        FormFields f = new FormFields(values);
        Integer year = f.integer("financialYear");
        return onLine(id, year, f, () -> lines.setRestOfYear(id, new FinanceCommands.RestOfYear(f.text("restOfYear"), f.integer("version"))),
                "Rest of the year set", model, redirect, response);
    }

    @PostMapping("/finance/lines/{id}/adjustments")
    @PreAuthorize(FinanceAccess.MANAGE)
    String adjustBudget(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model, RedirectAttributes redirect,
                        HttpServletResponse response) {
        FormFields f = new FormFields(values);
        Integer year = f.integer("financialYear");
        return onLine(id, year, f, () -> lines.adjustBudget(id, year == null ? 0 : year, new FinanceCommands.BudgetAdjustment(f.decimal("amount",
                "the adjustment"), f.date("adjustedOn", "The date of the adjustment"), f.text("reason"))), "Budget adjusted", model, redirect,
                response);
    }

    @PostMapping("/finance/lines/{id}/demand")
    @PreAuthorize(FinanceAccess.MANAGE)
    String assumeDemand(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model, RedirectAttributes redirect,
                        HttpServletResponse response) {
        FormFields f = new FormFields(values);
        Integer year = f.integer("financialYear");
        return onLine(id, year, f, () -> lines.assumeDemand(new FinanceCommands.DemandAssumption(year, lines.line(id).costCentre(),
                f.decimal("packagesPerWeek", "the new packages a week"), f.decimal("averageWeeklyCost", "the average weekly cost"), f.text("basis"),
                f.integer("version"))), "Expected demand set", model, redirect, response);
    }

    @PostMapping("/finance/lines/{id}/forecast-adjustments")
    @PreAuthorize(FinanceAccess.MANAGE)
    String adjustForecast(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model, RedirectAttributes redirect,
                          HttpServletResponse response) {
        FormFields f = new FormFields(values).alias("amount", "forecastAmount").alias("reason", "forecastReason");
        Integer year = f.integer("financialYear");
        return onLine(id, year, f, () -> lines.adjustForecast(new FinanceCommands.ForecastAdjustment(year, lines.line(id).costCentre(),
                f.decimal("forecastAmount", "the adjustment"), f.text("forecastReason"))), "Forecast adjusted", model, redirect, response);
    }

    /** A change made on a budget line's page: back to the line in that year, or the page again with the problems. */
    private String onLine(UUID id, Integer year, FormFields f, Runnable change, String banner, Model model, RedirectAttributes redirect,
                          HttpServletResponse response) {
        return pages.submit(f, () -> after(back(id, year), change), banner, () -> showLine(id, year, null, model), "finance/line", model, redirect,
                response);
    }

    private String showLine(UUID id, Integer financialYear, Integer period, Model model) {
        FinancialYear year = financialYear == null || financialYear < 2000 || financialYear > 2100 ? lines.currentYear() : new FinancialYear(financialYear);
        int open = lines.openPeriod(year);
        int shown = period == null || period < 1 || period > 12 ? Math.min(open, 12) : period;
        model.addAttribute("d", monitoring.line(id, year.startYear(), shown));
        model.addAttribute("openPeriod", open);
        model.addAttribute("money", MONEY);
        model.addAttribute("restChoices", List.of(new org.openasc.platform.web.Choice("NONE", "Nothing: officers adjust the forecast"),
                new org.openasc.platform.web.Choice("BUDGET_PROFILE", "The budget profile: a twelfth of the budget each month left"),
                new org.openasc.platform.web.Choice("RUN_RATE", "The run rate: the average month so far, each month left")));
        return "finance/line";
    }

    private String lineForm(Model model) {
        model.addAttribute("serviceTypes", codes.list("service-type").map(l -> l.values()).orElse(List.of()));
        model.addAttribute("components", codes.list("service-component").map(l -> l.values()).orElse(List.of()));
        return "finance/line-form";
    }

    private static String back(UUID id, Integer year) {
        return "/finance/lines/" + id + (year == null ? "" : "?financialYear=" + year);
    }
}
