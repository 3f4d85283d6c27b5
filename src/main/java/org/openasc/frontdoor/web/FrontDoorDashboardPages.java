package org.openasc.frontdoor.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.openasc.frontdoor.FrontDoorFigures;
import org.openasc.frontdoor.FrontDoorSummary;
import org.openasc.frontdoor.Priority;
import org.openasc.frontdoor.Stage;
import org.openasc.frontdoor.WaitBand;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;
import org.openasc.platform.web.FormErrors;
import org.openasc.platform.web.Page;

/** The front-door dashboard for managers, the performance team and councillors, with drill-down for staff. */
@Controller
@PreAuthorize(Access.SEE_FIGURES)
class FrontDoorDashboardPages {

    private final FrontDoorFigures figures;

    FrontDoorDashboardPages(FrontDoorFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/frontdoor/dashboard")
    String dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     Model model, HttpServletResponse response) {
        model.addAttribute("canDrillDown", CurrentStaff.hasRole(Role.TEAM_MANAGER) || CurrentStaff.hasRole(Role.PERFORMANCE));
        model.addAttribute("stages", Stage.waiting());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("bands", WaitBand.values());
        model.addAttribute("layers", FrontDoorFigures.LAYERS);
        FormErrors.filled(model, response, () -> {
            FrontDoorSummary summary = figures.summary(from, to);
            model.addAttribute("s", summary);
            model.addAttribute("period", "from=" + summary.from() + "&to=" + summary.to());
        });
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "frontdoor/dashboard";
    }

    @GetMapping("/frontdoor/dashboard/records")
    @PreAuthorize(Access.DRILL_DOWN)
    String records(@RequestParam String figure, @RequestParam String value,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   @RequestParam(required = false) Integer page, Model model) {
        Page<FrontDoorFigures.FigureRecord> records = figures.records(figure, value, from, to, Page.pageNumber(page), 50);
        model.addAttribute("records", records);
        model.addAttribute("scoped", figures.drillDownIsScoped());
        model.addAttribute("figure", figure);
        model.addAttribute("figureLabel", FrontDoorFigures.label(figure));
        model.addAttribute("value", value);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("baseUrl", "/frontdoor/dashboard/records?figure=" + figure + "&value=" + URLEncoder.encode(value, StandardCharsets.UTF_8)
                + (from == null ? "" : "&from=" + from) + (to == null ? "" : "&to=" + to) + "&");
        return "frontdoor/figure-records";
    }
}
