package org.openasc.support.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.openasc.support.SupportFigures;
import org.openasc.support.SupportSummary;
import org.openasc.platform.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.web.Page;

/** The care and support dashboard as JSON, and the records behind each figure. */
@Tag(name = "Care and support")
@RestController
@RequestMapping(path = "/api/v1/support", produces = MediaType.APPLICATION_JSON_VALUE)
class SupportFiguresApi {

    private final SupportFigures figures;

    SupportFiguresApi(SupportFigures figures) {
        this.figures = figures;
    }

    @Operation(summary = "Read the care and support figures on a date")
    @GetMapping("/summary")
    @PreAuthorize(Access.SEE_FIGURES)
    SupportSummary summary(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return figures.summary(asOf);
    }

    @Operation(summary = "Read the care and support figures month by month")
    @GetMapping("/summary/months")
    @PreAuthorize(Access.SEE_FIGURES)
    List<SupportSummary.Month> months(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                      @RequestParam(required = false) Integer months) {
        return figures.months(asOf, months);
    }

    @Operation(summary = "List the records behind a care and support figure",
            description = "One page at a time, with the total the figure counts; a restricted person's record is counted but not described.")
    @GetMapping("/summary/records")
    @PreAuthorize(Access.DRILL_DOWN)
    Page<SupportFigures.FigureRecord> records(@RequestParam String figure,
                                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                              @RequestParam(required = false) Integer setting, @RequestParam(required = false) String reason,
                                              @RequestParam(required = false) String serviceType,
                                              @Parameter(description = "The page, from 1") @RequestParam(required = false) Integer page,
                                              @Parameter(description = "Records a page: 100 unless given, at most 100") @RequestParam(required = false) Integer size) {
        return figures.records(figure, asOf, from, setting, reason, serviceType, Page.pageNumber(page), Page.pageSize(size, 100));
    }
}
