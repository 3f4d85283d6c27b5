package org.openasc.frontdoor.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.openasc.frontdoor.FrontDoorFigures;
import org.openasc.frontdoor.FrontDoorSummary;
import org.openasc.platform.web.Page;
import org.openasc.platform.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;

/** The front-door dashboard figures as JSON, and the records behind any one of them. */
@Tag(name = "Front door")
@RestController
@RequestMapping(path = "/api/v1/frontdoor", produces = MediaType.APPLICATION_JSON_VALUE)
class FrontDoorFiguresApi {

    private final FrontDoorFigures figures;

    FrontDoorFiguresApi(FrontDoorFigures figures) {
        this.figures = figures;
    }

    @Operation(summary = "Read the front door figures for a period")
    @GetMapping("/summary")
    @PreAuthorize(Access.SEE_FIGURES)
    FrontDoorSummary summary(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return figures.summary(from, to);
    }

    @Operation(summary = "List the records behind a front door figure")
    @GetMapping("/summary/records")
    @PreAuthorize(Access.DRILL_DOWN)
    Page<FrontDoorFigures.FigureRecord> records(@RequestParam(required = false) String figure, @RequestParam(required = false) String value,
                                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return figures.records(figure, value, from, to, Page.pageNumber(page), Page.pageSize(size, 50));
    }
}
