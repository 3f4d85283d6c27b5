package org.openasc.feedback.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.openasc.feedback.ComplaintFigures;
import org.openasc.platform.security.Access;

/** The complaints behind the timescale measure, for managers and analysts. */
@Controller
class ComplaintFigurePages {

    private final ComplaintFigures figures;

    ComplaintFigurePages(ComplaintFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/feedback/figures/records")
    @PreAuthorize(Access.DRILL_DOWN)
    String records(@RequestParam(required = false) String figure,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        ComplaintFigures.Listing listing = figures.records(figure, from, to);
        model.addAttribute("listing", listing);
        model.addAttribute("heading", ComplaintFigures.RESPONDED.equals(listing.figure()) ? "Complaints responded to"
                : "Complaints responded to within timescale");
        return "feedback/figure-records";
    }
}
