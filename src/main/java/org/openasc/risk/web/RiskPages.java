package org.openasc.risk.web;

import static org.openasc.platform.web.FormSubmission.after;

import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.openasc.platform.charts.Charts;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.signals.MeasureFigures;
import org.openasc.platform.security.Role;
import org.openasc.platform.web.FormFields;
import org.openasc.platform.web.FormSubmission;
import org.openasc.risk.RiskCommands;
import org.openasc.risk.RiskView;
import org.openasc.risk.Risks;

/** The risk register with its heat map and very high risks, a risk's deep dive, and its review. */
@Controller
class RiskPages {

    private final Risks risks;
    private final FormSubmission pages;

    RiskPages(Risks risks, FormSubmission pages) {
        this.risks = risks;
        this.pages = pages;
    }

    @GetMapping("/risks")
    @PreAuthorize(Risks.READ)
    String register(@RequestParam(required = false) String register, @RequestParam(required = false) String map, Model model) {
        List<RiskView> all = risks.search(register, null);
        String kind = "gross".equals(map) || "target".equals(map) ? map : "net";
        int[][] heat = new int[5][5];
        all.forEach(r -> {
            int likelihood = "gross".equals(kind) ? r.grossLikelihood() : "target".equals(kind) ? r.targetLikelihood() : r.netLikelihood();
            int impact = "gross".equals(kind) ? r.grossImpact() : "target".equals(kind) ? r.targetImpact() : r.netImpact();
            heat[5 - likelihood][impact - 1]++;
        });
        model.addAttribute("map", kind);
        model.addAttribute("heatClass", java.util.Arrays.stream(risks.heatRatings())
                .map(row -> java.util.Arrays.stream(row).map(r -> "app-heat--" + r.toLowerCase().replace('_', '-')).toArray(String[]::new)).toArray(String[][]::new));
        // The band is written in each cell and in a legend, never told by colour alone.
        model.addAttribute("heatBand", java.util.Arrays.stream(risks.heatRatings()).map(row -> java.util.Arrays.stream(row)
                .map(r -> r.charAt(0) + r.substring(1).toLowerCase().replace('_', ' ')).toArray(String[]::new)).toArray(String[][]::new));
        model.addAttribute("bands", risks.bandList());
        model.addAttribute("risks", all);
        model.addAttribute("heat", heat);
        model.addAttribute("veryHigh", all.stream().filter(r -> "VERY_HIGH".equals(r.rating())).toList());
        Map<String, Long> overdueByOwner = new LinkedHashMap<>();
        all.stream().filter(RiskView::reviewOverdue).forEach(r -> overdueByOwner.merge(r.owners(), 1L, Long::sum));
        model.addAttribute("overdueByOwner", overdueByOwner);
        model.addAttribute("registers", risks.registers());
        model.addAttribute("register", register);
        model.addAttribute("canConfigure", CurrentStaff.hasRole(Role.PERFORMANCE));
        return "risk/register";
    }

    @GetMapping("/risks/settings")
    @PreAuthorize(Risks.CONFIGURE)
    String settings(Model model) {
        if (!model.containsAttribute("form")) {
            Map<String, String> form = new java.util.HashMap<>();
            risks.bandList().forEach(b -> {
                form.put(b.rating() + "-min", String.valueOf(b.minScore()));
                form.put(b.rating() + "-max", String.valueOf(b.maxScore()));
            });
            model.addAttribute("form", form);
        }
        model.addAttribute("bands", risks.bandList());
        model.addAttribute("registers", risks.registers());
        return "risk/settings";
    }

    @PostMapping("/risks/settings/bands")
    @PreAuthorize(Risks.CONFIGURE)
    String setBands(@RequestParam Map<String, String> values, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(values);
        List<RiskCommands.Band> bands = risks.bandList().stream()
                .map(b -> new RiskCommands.Band(b.rating(), f.integer(b.rating() + "-min"), f.integer(b.rating() + "-max"))).toList();
        for (RiskCommands.Band b : bands) {
            f.alias(b.rating(), b.rating() + "-min");
        }
        return pages.submit(f, () -> after("/risks/settings", () -> risks.setBands(bands)), "Rating bands saved", () -> settings(model),
                "risk/settings", model, redirect, response);
    }

    @PostMapping("/risks/settings/registers")
    @PreAuthorize(Risks.CONFIGURE)
    String addRegister(@RequestParam Map<String, String> values, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(values);
        return pages.submit(f, () -> after("/risks/settings", () -> risks.addRegister(new RiskCommands.NewRegister(f.text("name")))),
                "Register added", () -> settings(model), "risk/settings", model, redirect, response);
    }

    @GetMapping("/risks/{id}")
    @PreAuthorize(Risks.READ)
    String risk(@PathVariable UUID id, Model model) {
        RiskView r = risks.open(id);
        model.addAttribute("form", Map.of("grossImpact", String.valueOf(r.grossImpact()), "grossLikelihood", String.valueOf(r.grossLikelihood()),
                "netImpact", String.valueOf(r.netImpact()), "netLikelihood", String.valueOf(r.netLikelihood()),
                "targetImpact", String.valueOf(r.targetImpact()), "targetLikelihood", String.valueOf(r.targetLikelihood())));
        return show(r, model);
    }

    @PostMapping("/risks/{id}/review")
    @PreAuthorize(Risks.MANAGE)
    String review(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(values).alias("gross", "grossImpact").alias("net", "netImpact").alias("target", "targetImpact");
        LocalDate on = f.date("reviewedOn", "The date of the review");
        LocalDate next = f.date("nextReviewOn", "The date of the next review");
        return pages.submit(f, () -> "/risks/" + risks.review(id, new RiskCommands.Review(f.integer("version"), on,
                        new RiskCommands.Scores(f.integer("grossImpact"), f.integer("grossLikelihood")),
                        new RiskCommands.Scores(f.integer("netImpact"), f.integer("netLikelihood")),
                        new RiskCommands.Scores(f.integer("targetImpact"), f.integer("targetLikelihood")), f.text("notes"), next)).id(),
                "Review recorded", () -> show(risks.open(id), model), "risk/risk", model, redirect, response);
    }

    @PostMapping("/risks/{id}/signals")
    @PreAuthorize(Risks.MANAGE)
    String signal(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormFields f = new FormFields(values);
        boolean link = "true".equals(f.text("link"));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return pages.submit(f, () -> "/risks/" + risks.signal(id, f.integer("version"), f.text("signal"), link).id(),
                link ? "Signal linked" : "Signal unlinked", () -> show(risks.open(id), model), "risk/risk", model, redirect, response);
    }

    private String show(RiskView r, Model model) {
        model.addAttribute("r", r);
        model.addAttribute("signalChoices", risks.signalCatalogue().stream().filter(s -> r.signals().stream().noneMatch(x -> x.key().equals(s.key())))
                .map(s -> new org.openasc.platform.web.Choice(s.key(), s.label())).toList());
        model.addAttribute("canReview", CurrentStaff.hasRole(Role.TEAM_MANAGER) || CurrentStaff.hasRole(Role.PERFORMANCE));
        model.addAttribute("oneToFive", List.of("1", "2", "3", "4", "5"));
        model.addAttribute("netHistory", netHistory(r));
        return "risk/risk";
    }

    /** The net score when entered and at each review, oldest first, against the target score: how the risk has moved over time. */
    private static String netHistory(RiskView r) {
        List<Charts.Point> points = new java.util.ArrayList<>();
        if (r.enteredNetScore() != null) {
            points.add(new Charts.Point("Entered " + r.enteredOn(), r.enteredNetScore().doubleValue()));
        }
        for (int i = r.reviews().size() - 1; i >= 0; i--) {
            points.add(new Charts.Point(r.reviews().get(i).reviewedOn().toString(), (double) r.reviews().get(i).netScore()));
        }
        return points.size() < 2 ? null : Charts.line("net-history", "Net score of " + r.reference() + " over time",
                "The net score (impact times likelihood, 1 to 25) when the risk was entered and at each of its " + r.reviews().size()
                        + " reviews, with the target score of " + r.targetScore() + ". The scores are in the review history table.",
                MeasureFigures.Unit.COUNT, points, (double) r.targetScore(), null);
    }
}
