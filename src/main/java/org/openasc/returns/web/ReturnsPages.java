package org.openasc.returns.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.openasc.platform.web.FormErrors;
import org.openasc.returns.SafeguardingAdultsCollection;

/** The Safeguarding Adults Collection on a page: every table, the records to fix first, and the CSV to submit. */
@Controller
class ReturnsPages {

    private final java.time.Clock clock;
    private final SafeguardingAdultsCollection sac;

    ReturnsPages(SafeguardingAdultsCollection sac, java.time.Clock clock) {
        this.clock = clock;
        this.sac = sac;
    }

    @GetMapping("/returns/sac")
    @PreAuthorize(SafeguardingAdultsCollection.RUN)
    String sac(@RequestParam(required = false) Integer financialYear, Model model, HttpServletResponse response) {
        int year = financialYear != null ? financialYear : org.openasc.platform.calendar.Today.lastEndedFinancialYear(clock);
        FormErrors.filled(model, response, () -> model.addAttribute("sac", sac.compute(year)));
        model.addAttribute("financialYear", year);
        return "returns/sac";
    }
}
