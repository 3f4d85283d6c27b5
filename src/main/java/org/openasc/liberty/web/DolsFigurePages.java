package org.openasc.liberty.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.openasc.liberty.DolsFigures;
import org.openasc.platform.security.Access;

/** The DoLS applications behind a measure, for managers and analysts. */
@Controller
class DolsFigurePages {

    private final DolsFigures figures;

    DolsFigurePages(DolsFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/dols/figures/records")
    @PreAuthorize(Access.DRILL_DOWN)
    String records(@RequestParam(required = false) String figure,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        DolsFigures.Listing listing = figures.records(figure, from, to);
        model.addAttribute("listing", listing);
        model.addAttribute("heading", switch (listing.figure()) {
            case DolsFigures.WAITING -> "DoLS applications waiting for a decision";
            case DolsFigures.DECIDED -> "Standard DoLS applications decided";
            default -> "Standard DoLS applications decided within 21 days";
        });
        return "liberty/figure-records";
    }
}
