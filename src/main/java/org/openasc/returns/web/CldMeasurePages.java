package org.openasc.returns.web;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.openasc.platform.security.Access;
import org.openasc.platform.web.FormErrors;
import org.openasc.returns.CldMeasureRecords;

/** The Client Level Data rows behind an ASCOF figure, reached from the measure's drill-down: who was counted, and why. */
@Controller
class CldMeasurePages {

    private final CldMeasureRecords records;

    CldMeasurePages(CldMeasureRecords records) {
        this.records = records;
    }

    @GetMapping("/returns/cld/measures/{reference}")
    @PreAuthorize(Access.DRILL_DOWN)
    String counted(@PathVariable String reference, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate end,
                   @RequestParam(required = false, defaultValue = "numerator") String part, Model model, HttpServletResponse response) {
        model.addAttribute("reference", reference);
        FormErrors.filled(model, response, () -> model.addAttribute("listing", records.listing(reference, end, part)));
        return "returns/cld-measure";
    }
}
