package org.openasc.support.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.openasc.platform.calendar.Today;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;
import org.openasc.platform.web.FormErrors;
import org.openasc.support.SupportFigures;

/** The care and support dashboard on any date, and the records behind each figure. */
@Controller
class SupportDashboardPages {

    private final SupportFigures figures;
    private final Clock clock;

    SupportDashboardPages(SupportFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    @GetMapping("/support/dashboard")
    @PreAuthorize(Access.SEE_FIGURES)
    String dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model,
                     HttpServletResponse response) {
        FormErrors.filled(model, response, () -> {
            model.addAttribute("s", figures.summary(asOf));
            model.addAttribute("months", figures.months(asOf, 6));
        });
        model.addAttribute("asOf", asOf);
        model.addAttribute("canDrillDown", CurrentStaff.hasRole(Role.TEAM_MANAGER) || CurrentStaff.hasRole(Role.PERFORMANCE));
        return "support/dashboard";
    }

    @GetMapping("/support/dashboard/records")
    @PreAuthorize(Access.DRILL_DOWN)
    String records(@RequestParam String figure, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) Integer setting, @RequestParam(required = false) String reason,
                   @RequestParam(required = false) String serviceType, Model model) {
        List<SupportFigures.FigureRecord> records = figures.records(figure, asOf, from, setting, reason, serviceType);
        LocalDate on = asOf == null ? Today.on(clock) : asOf;
        model.addAttribute("records", records);
        model.addAttribute("figure", figure);
        model.addAttribute("heading", from != null && "discharges".equals(figure) ? "Hospital discharges in the period"
                : title(figure, setting, reason, serviceType));
        model.addAttribute("asOf", on);
        if ("discharges".equals(figure)) {
            model.addAttribute("from", SupportFigures.dischargesFrom(from, on));
            model.addAttribute("totalDays", records.stream().map(SupportFigures.FigureRecord::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        return "support/figure-records";
    }

    private static String title(String figure, Integer setting, String reason, String serviceType) {
        String base = switch (figure) {
            case "long-term-support" -> "People in long-term support";
            case "working-age" -> "People aged 18 to 64 in long-term support";
            case "working-age-settled" -> "People aged 18 to 64 in long-term support in settled accommodation";
            case "older-care-homes" -> "People aged 65 and over in residential or nursing care";
            case "community" -> "People with long-term support in the community";
            case "direct-payment" -> "People with long-term community support who take a direct payment";
            case "long-standing" -> "People in long-term support for 12 months or more";
            case "reviewed" -> "People in long-term support for 12 months or more who were reviewed in the last 12 months";
            case "not-reviewed" -> "People in long-term support for 12 months or more with no review in the last 12 months";
            case "discharges" -> "Hospital discharges in the last 28 days";
            case "weekly-cost" -> "Services and their weekly cost";
            default -> figure;
        };
        if (setting != null) {
            base += ": " + org.openasc.support.Setting.ofRank(setting).label();
        }
        if (reason != null) {
            base += ": " + reason;
        }
        if (serviceType != null) {
            base += ": " + serviceType;
        }
        return base;
    }
}
