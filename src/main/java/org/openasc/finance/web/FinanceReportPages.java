package org.openasc.finance.web;

import static org.openasc.platform.web.FormSubmission.after;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.openasc.finance.BudgetLines;
import org.openasc.finance.BudgetMonitoring;
import org.openasc.finance.FinanceAccess;
import org.openasc.finance.FinanceCommands;
import org.openasc.finance.FinancialYear;
import org.openasc.finance.MediumTermStrategy;
import org.openasc.finance.MonitoringReport;
import org.openasc.platform.documents.PdfDocuments;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;
import org.openasc.platform.web.Choice;
import org.openasc.platform.web.FormFields;
import org.openasc.platform.web.FormSubmission;
import org.openasc.platform.web.Downloads;

/** The report views councillors read: the monitoring report (page and PDF, £000) and the medium-term financial strategy. */
@Controller
class FinanceReportPages {

    private final BudgetMonitoring monitoring;
    private final BudgetLines lines;
    private final MediumTermStrategy strategy;
    private final FormSubmission pages;
    private final PdfDocuments documents;
    private final ITemplateEngine templates;

    FinanceReportPages(BudgetMonitoring monitoring, BudgetLines lines, MediumTermStrategy strategy, FormSubmission pages, PdfDocuments documents,
                       ITemplateEngine templates) {
        this.monitoring = monitoring;
        this.lines = lines;
        this.strategy = strategy;
        this.pages = pages;
        this.documents = documents;
        this.templates = templates;
    }

    @GetMapping("/finance/monitoring")
    @PreAuthorize(FinanceAccess.READ_REPORTS)
    String monitoring(@RequestParam(required = false) Integer financialYear, @RequestParam(required = false) Integer period, Model model) {
        FinancialYear year = financialYear == null || financialYear < 2000 || financialYear > 2100 ? lines.currentYear() : new FinancialYear(financialYear);
        int shown = period == null || period < 1 || period > 12 ? Math.max(1, Math.min(lines.openPeriod(year) - 1, 12)) : period;
        model.addAttribute("r", monitoring.report(year.startYear(), shown));
        model.addAttribute("year", year);
        model.addAttribute("money", FinancePages.MONEY);
        model.addAttribute("isFinance", CurrentStaff.hasRole(Role.FINANCE));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "finance/monitoring";
    }

    @GetMapping({"/finance/monitoring.pdf", "/api/v1/finance/monitoring.pdf"})
    @PreAuthorize(FinanceAccess.READ_REPORTS)
    ResponseEntity<byte[]> monitoringPdf(@RequestParam Integer financialYear, @RequestParam Integer period) {
        MonitoringReport r = monitoring.report(financialYear, period);
        Context context = new Context(Locale.UK);
        context.setVariable("r", r);
        context.setVariable("money", FinancePages.MONEY);
        return Downloads.pdf("budget-monitoring-" + r.financialYearLabel() + "-P" + period + ".pdf",
                documents.render(templates.process("finance/monitoring-print", context)));
    }

    @PostMapping("/finance/monitoring/commentary")
    @PreAuthorize(FinanceAccess.MANAGE)
    String comment(@RequestParam Map<String, String> values, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(values);
        Integer year = f.integer("financialYear");
        Integer period = f.integer("period");
        return pages.submit(f, () -> after("/finance/monitoring?financialYear=" + year + "&period=" + period,
                () -> monitoring.comment(new FinanceCommands.Commentary(year, period, f.text("section"), values.getOrDefault("text", ""),
                f.integer("version")))), "Commentary saved", () -> monitoring(year, period, model), "finance/monitoring", model, redirect, response);
    }

    @GetMapping("/finance/mtfs")
    @PreAuthorize(FinanceAccess.READ_REPORTS)
    String strategy(@RequestParam(required = false) Integer fromYear, Model model) {
        java.util.List<Integer> years = strategy.strategies();
        Integer shown = fromYear != null && years.contains(fromYear) ? fromYear : years.isEmpty() ? null : years.get(0);
        model.addAttribute("s", shown == null ? null : strategy.summary(shown));
        model.addAttribute("strategies", years);
        model.addAttribute("money", FinancePages.MONEY);
        model.addAttribute("isFinance", CurrentStaff.hasRole(Role.FINANCE));
        model.addAttribute("kinds", java.util.List.of(new Choice("GROWTH", "Growth"), new Choice("SAVING", "Saving")));
        model.addAttribute("statuses", java.util.List.of(new Choice("UNCHANGED", "Unchanged"), new Choice("AMENDED", "Amended"), new Choice("NEW", "New")));
        model.addAttribute("savingTypes", java.util.List.of(new Choice("EFFICIENCY", "Efficiency"), new Choice("SERVICE_REDUCTION", "Service reduction"),
                new Choice("INCOME", "Income")));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "finance/mtfs";
    }

    @PostMapping("/finance/mtfs")
    @PreAuthorize(FinanceAccess.MANAGE)
    String setBase(@RequestParam Map<String, String> values, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(values).alias("originalPriorYearBudget", "priorBudget");
        Integer from = f.integer("fromYear");
        java.math.BigDecimal prior = f.decimal("priorBudget", "the original budget of the year before");
        java.util.List<java.math.BigDecimal> transfers = java.util.stream.IntStream.rangeClosed(1, 4)
                .mapToObj(y -> f.decimal("transfers" + y, "year " + y + "'s transfers and adjustments")).toList();
        for (int y = 0; y < 4; y++) {
            f.alias("transfersAndAdjustments[" + y + "]", "transfers" + (y + 1));
        }
        return pages.submit(f, () -> after("/finance/mtfs?fromYear=" + from, () -> strategy.setBase(new FinanceCommands.Strategy(from, prior,
                transfers))), "Strategy saved", () -> strategy(from, model), "finance/mtfs", model, redirect, response);
    }

    @PostMapping("/finance/mtfs/items")
    @PreAuthorize(FinanceAccess.MANAGE)
    String addItem(@RequestParam Map<String, String> values, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(values);
        Integer from = f.integer("fromYear");
        java.util.List<java.math.BigDecimal> amounts = java.util.stream.IntStream.rangeClosed(1, 4)
                .mapToObj(y -> f.decimal("amounts" + y, "year " + y + "'s cumulative amount")).toList();
        for (int y = 0; y < 4; y++) {
            f.alias("amounts[" + y + "]", "amounts" + (y + 1));
        }
        return pages.submit(f, () -> after("/finance/mtfs?fromYear=" + from, () -> strategy.addItem(new FinanceCommands.StrategyItem(from,
                f.text("kind"), f.text("reference"), f.text("description"), f.text("status"), f.text("savingType"), amounts))),
                "Item added to the strategy", () -> strategy(from, model), "finance/mtfs", model, redirect, response);
    }
}
