package org.openasc.performance.web;

import static org.openasc.platform.web.FormSubmission.after;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import org.openasc.performance.Benchmarks;
import org.openasc.performance.MeasureCommands;
import org.openasc.performance.MeasureValues;
import org.openasc.performance.MeasureView;
import org.openasc.performance.Measures;
import org.openasc.performance.Periods;
import org.openasc.performance.Scorecard;
import org.openasc.performance.Series;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;
import org.openasc.platform.web.Choice;
import org.openasc.platform.web.FormFields;
import org.openasc.platform.web.FormSubmission;
import org.openasc.platform.web.Downloads;
import org.openasc.platform.web.Uploads;

/** The scorecard, a measure's page (chart, SPC, benchmark, drill-down, targets) and the performance team's settings. */
@Controller
class PerformancePages {

    private static final String SETTINGS = "/performance/settings";
    private static final List<Choice> BASES = List.of(new Choice("RELATIVE", "Relative: percent of the target"),
            new Choice("ABSOLUTE", "Absolute: in the measure's own units (points for a percentage)"));

    private final Scorecard scorecard;
    private final Measures measures;
    private final MeasureValues values;
    private final Series series;
    private final Benchmarks benchmarks;
    private final FormSubmission pages;

    private final org.openasc.platform.documents.PdfDocuments documents;
    private final org.thymeleaf.ITemplateEngine templates;
    private final org.openasc.platform.web.DateDisplay dates = new org.openasc.platform.web.DateDisplay();
    private final java.time.Clock clock;
    private final ValueFormat format;

    PerformancePages(Scorecard scorecard, Measures measures, MeasureValues values, Series series, Benchmarks benchmarks, FormSubmission pages,
                     org.openasc.platform.documents.PdfDocuments documents, org.thymeleaf.ITemplateEngine templates, java.time.Clock clock,
                     ValueFormat format) {
        this.format = format;
        this.documents = documents;
        this.templates = templates;
        this.clock = clock;
        this.scorecard = scorecard;
        this.measures = measures;
        this.values = values;
        this.series = series;
        this.benchmarks = benchmarks;
        this.pages = pages;
    }

    @GetMapping("/performance")
    @PreAuthorize(Measures.READ)
    String scorecard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) {
        Scorecard.Card card = scorecard.scorecard(asOf);
        Map<String, String> sparklines = new HashMap<>();
        card.groups().forEach(g -> g.measures().forEach(r -> sparklines.put(r.reference(), MeasureCharts.sparkline(r))));
        model.addAttribute("card", card);
        model.addAttribute("sparklines", sparklines);
        model.addAttribute("canManage", CurrentStaff.hasRole(Role.PERFORMANCE));
        return "performance/scorecard";
    }

    /** The scorecard as a printable PDF for committee papers, with who printed it and when. */
    @GetMapping({"/performance/scorecard.pdf", "/api/v1/performance/scorecard.pdf"})
    @PreAuthorize(Measures.READ)
    org.springframework.http.ResponseEntity<byte[]> scorecardPdf(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                                                 LocalDate asOf) {
        Scorecard.Card card = scorecard.scorecard(asOf);
        org.thymeleaf.context.Context context = new org.thymeleaf.context.Context(java.util.Locale.UK);
        Map<String, String> sparklines = new HashMap<>();
        card.groups().forEach(g -> g.measures().forEach(r -> sparklines.put(r.reference(), MeasureCharts.sparkline(r))));
        context.setVariable("card", card);
        context.setVariable("sparklines", sparklines);
        context.setVariable("dates", dates);
        context.setVariable("measureFormat", format);
        context.setVariable("printedBy", CurrentStaff.username());
        context.setVariable("printedAt", dates.when(java.time.Instant.now(clock)));
        return Downloads.pdf("scorecard-" + card.asOf() + ".pdf", documents.render(templates.process("performance/scorecard-print", context)));
    }

    @GetMapping("/performance/measures/{reference}")
    @PreAuthorize(Measures.READ)
    String measure(@PathVariable String reference, @RequestParam(required = false) Integer year, @RequestParam(required = false) String group,
                   @RequestParam(required = false) String to, Model model) {
        showMeasure(reference, year, group, to, model);
        return "performance/measure";
    }

    /** A measure's page for the 36 months to {@code to} (a month; this month when not given). */
    private void showMeasure(String reference, Integer year, String group, String to, Model model) {
        MeasureView m = measures.get(reference);
        Series.MeasureSeries s = series.series(m.reference(), null, to);
        int fy = Periods.financialYear(YearMonth.parse(s.to()));
        Optional<Measures.YearTarget> target = measures.target(m.reference(), fy);
        model.addAttribute("m", m);
        model.addAttribute("s", s);
        model.addAttribute("financialYear", fy);
        model.addAttribute("financialYearLabel", Periods.yearLabel(fy));
        model.addAttribute("target", target.orElse(null));
        model.addAttribute("targets", measures.targets(m.reference()));
        model.addAttribute("targetHistory", measures.targetHistory(m.reference()));
        model.addAttribute("revisions", values.revisions(m.reference(), YearMonth.parse(s.from()), YearMonth.parse(s.to())));
        model.addAttribute("lineChart", MeasureCharts.line(m, s, target.orElse(null)));
        model.addAttribute("spcChart", s.spc().pointsNeeded() > 0 ? null : MeasureCharts.spc(m, s));
        model.addAttribute("specialCauseRuns", MeasureCharts.runs(s));
        List<Integer> years = benchmarks.years(m.reference());
        model.addAttribute("benchmarkYears", years);
        model.addAttribute("groups", benchmarks.groups().keySet());
        if (!years.isEmpty()) {
            Benchmarks.Comparison c = benchmarks.compare(m.reference(), year != null && years.contains(year) ? year : years.get(0),
                    group != null && benchmarks.groups().containsKey(group) ? group : null);
            model.addAttribute("comparison", c);
            model.addAttribute("benchmarkChart", MeasureCharts.benchmark(m, c));
        }
        boolean drill = CurrentStaff.hasRole(Role.PERFORMANCE) || CurrentStaff.hasRole(Role.TEAM_MANAGER);
        model.addAttribute("drillDown", drill && m.computed() && !s.points().isEmpty()
                ? values.drillDown(m.reference(), s.points().get(s.points().size() - 1).period()).orElse(null) : null);
        model.addAttribute("canManage", CurrentStaff.hasRole(Role.PERFORMANCE));
        model.addAttribute("bases", BASES);
        model.addAttribute("path", "/performance/measures/" + UriUtils.encodePathSegment(m.reference(), StandardCharsets.UTF_8));
        if (!model.containsAttribute("form")) {
            Map<String, String> form = new HashMap<>();
            form.put("financialYear", String.valueOf(fy));
            if (m.ragRule() != null) {
                form.put("greenWithin", m.ragRule().greenWithin().toPlainString());
                form.put("amberWithin", m.ragRule().amberWithin().toPlainString());
                form.put("basis", m.ragRule().basis());
            }
            model.addAttribute("form", form);
        }
    }

    @PostMapping("/performance/measures/{reference}/target")
    @PreAuthorize(Measures.MANAGE)
    String setTarget(@PathVariable String reference, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
                     HttpServletResponse response) {
        FormFields f = new FormFields(form);
        Integer year = f.integer("financialYear");
        MeasureCommands.TargetSetting t = new MeasureCommands.TargetSetting(f.decimal("target", "the target"), null,
                f.text("bandLower") == null && f.text("bandUpper") == null ? null
                        : new MeasureCommands.Band(f.decimal("bandLower", "the band's lower bound"), f.decimal("bandUpper", "the band's upper bound")),
                f.integer("version"));
        return onMeasure(reference, f, () -> measures.setTarget(reference, year == null ? 0 : year, t), "Target set", model, redirect, response);
    }

    @PostMapping("/performance/measures/{reference}/rag-rule")
    @PreAuthorize(Measures.MANAGE)
    String setRule(@PathVariable String reference, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
                   HttpServletResponse response) {
        FormFields f = new FormFields(form);
        MeasureCommands.RuleSetting r = new MeasureCommands.RuleSetting(f.decimal("greenWithin", "how far is green"),
                f.decimal("amberWithin", "how far is amber"), f.text("basis"), f.integer("version"));
        return onMeasure(reference, f, () -> measures.setRule(reference, r), "RAG rule set", model, redirect, response);
    }

    @PostMapping("/performance/measures/{reference}/values")
    @PreAuthorize(Measures.MANAGE)
    String enter(@PathVariable String reference, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
                 HttpServletResponse response) {
        FormFields f = new FormFields(form);
        MeasureCommands.EnteredValue v = new MeasureCommands.EnteredValue(f.decimal("value", "the value"), null, null, f.text("source"),
                f.integer("valueVersion"), f.text("reason"));
        return onMeasure(reference, f.alias("version", "valueVersion"), () -> values.enter(reference, f.text("period"), v), "Value entered",
                model, redirect, response);
    }

    @PostMapping("/performance/measures/{reference}/recompute")
    @PreAuthorize(Measures.MANAGE)
    String recompute(@PathVariable String reference, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
                     HttpServletResponse response) {
        FormFields f = new FormFields(form);
        return onMeasure(reference, f.alias("period", "recomputePeriod"), () -> values.recompute(reference, f.text("recomputePeriod"),
                new MeasureCommands.Recompute(f.text("reason"))), "Month recomputed", model, redirect, response);
    }

    @PostMapping("/performance/measures/{reference}/baseline")
    @PreAuthorize(Measures.MANAGE)
    String baseline(@PathVariable String reference, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
                    HttpServletResponse response) {
        FormFields f = new FormFields(form);
        return onMeasure(reference, f.alias("from", "baselineFrom"), () -> measures.setBaseline(reference,
                new MeasureCommands.Baseline(f.text("baselineFrom"), f.integer("version"))), "SPC baseline set", model, redirect, response);
    }

    @GetMapping("/performance/settings")
    @PreAuthorize(Measures.MANAGE)
    String settings(Model model) {
        showSettings(model);
        return "performance/settings";
    }

    private void showSettings(Model model) {
        MeasureView.Rule rule = measures.defaultRule();
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of("greenWithin", rule.greenWithin().toPlainString(), "amberWithin", rule.amberWithin().toPlainString(),
                    "basis", rule.basis()));
        }
        model.addAttribute("ruleVersion", measures.defaultRuleVersion());
        model.addAttribute("bases", BASES);
        model.addAttribute("groups", benchmarks.groups());
        model.addAttribute("population", benchmarks.population());
        model.addAttribute("measures", measures.list());
        model.addAttribute("units", choices(org.openasc.platform.signals.MeasureFigures.Unit.values()));
        model.addAttribute("polarities", choices(org.openasc.platform.signals.MeasureFigures.Polarity.values()));
        model.addAttribute("periodBases", choices(org.openasc.platform.signals.MeasureFigures.PeriodBasis.values()));
    }

    @PostMapping("/performance/settings/rag-rule")
    @PreAuthorize(Measures.MANAGE)
    String setDefaultRule(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(form);
        MeasureCommands.RuleSetting r = new MeasureCommands.RuleSetting(f.decimal("greenWithin", "how far is green"),
                f.decimal("amberWithin", "how far is amber"), f.text("basis"), f.integer("version"));
        return onSettings(f, () -> after(SETTINGS, () -> measures.setDefaultRule(r)), "Default RAG rule set", model, redirect, response);
    }

    @PostMapping("/performance/settings/measures")
    @PreAuthorize(Measures.MANAGE)
    String addMeasure(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(form);
        MeasureCommands.NewMeasure n = new MeasureCommands.NewMeasure(f.text("reference"), f.text("name"), f.text("group"), f.text("numerator"),
                f.text("denominator"), f.text("unit"), f.text("polarity"), f.text("periodBasis"), f.text("owner"));
        return onSettings(f.alias("basis", "periodBasis"), () -> back(measures.add(n).reference()), "Measure added: set its target", model,
                redirect, response);
    }

    @PostMapping("/performance/settings/benchmarks")
    @PreAuthorize(Measures.MANAGE)
    String importBenchmarks(@RequestParam(value = "file", required = false) MultipartFile file, @RequestParam Map<String, String> form, Model model,
                            RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(form);
        return onSettings(f.alias("file", "csv"), () -> SETTINGS + "?imported="
                + benchmarks.importFile(file == null ? "pasted" : file.getOriginalFilename(), fileOrPasted(file, f, "csv")).rows(), "Benchmarks imported",
                model, redirect, response);
    }

    @PostMapping("/performance/settings/groups")
    @PreAuthorize(Measures.MANAGE)
    String addGroup(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(form);
        List<String> codes = f.text("areaCodes") == null ? List.of() : List.of(f.text("areaCodes").split("[,\\s]+"));
        return onSettings(f.alias("name", "groupName"), () -> after(SETTINGS, () -> benchmarks.addGroup(new MeasureCommands.ComparatorGroup(
                f.text("groupName"), f.text("description"), codes))), "Comparator group added", model, redirect, response);
    }

    @PostMapping("/performance/settings/population")
    @PreAuthorize(Measures.MANAGE)
    String importPopulation(@RequestParam(value = "file", required = false) MultipartFile file, @RequestParam Map<String, String> form, Model model,
                            RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(form);
        return onSettings(f.alias("file", "populationCsv"), () -> after(SETTINGS, () -> benchmarks.importPopulation(file == null ? "pasted"
                : file.getOriginalFilename(), fileOrPasted(file, f, "populationCsv"))), "Population estimates imported", model, redirect, response);
    }

    /** A change made on a measure's page: back to it, or the page again with the problems. */
    private String onMeasure(String reference, FormFields f, Runnable change, String banner, Model model, RedirectAttributes redirect,
                             HttpServletResponse response) {
        String to = f.text("to");
        return pages.submit(f, () -> after(back(reference, to), change), banner, () -> showMeasure(reference, null, null, to, model),
                "performance/measure", model, redirect, response);
    }

    /** A change made on the settings page: on to {@code action}'s answer, or the settings again with the problems. */
    private String onSettings(FormFields f, java.util.function.Supplier<String> action, String banner, Model model, RedirectAttributes redirect,
                              HttpServletResponse response) {
        return pages.submit(f, action, banner, () -> showSettings(model), "performance/settings", model, redirect, response);
    }

    /** The uploaded file's text (read inside the change, so a file that is not UTF-8 is shown on the form), else the pasted text. */
    private static String fileOrPasted(MultipartFile file, FormFields f, String pasted) {
        String text = Uploads.text(file, "file");
        return text == null ? f.text(pasted) : text;
    }

    private static String back(String reference) {
        return back(reference, null);
    }

    private static String back(String reference, String to) {
        return "/performance/measures/" + UriUtils.encodePathSegment(reference, StandardCharsets.UTF_8)
                + (to == null ? "" : "?to=" + UriUtils.encodeQueryParam(to, StandardCharsets.UTF_8));
    }

    private static List<Choice> choices(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(v -> new Choice(v.name(), v.name().charAt(0) + v.name().substring(1).toLowerCase()
                .replace('_', ' '))).toList();
    }
}
