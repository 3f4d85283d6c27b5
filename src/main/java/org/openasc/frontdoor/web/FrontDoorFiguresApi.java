package org.openasc.frontdoor.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.openasc.frontdoor.FrontDoorFigures;
import org.openasc.frontdoor.FrontDoorSummary;
import org.openasc.platform.web.Page;

/** The front-door dashboard figures as JSON, and the records behind any one of them. */
@RestController
@RequestMapping(path = "/api/v1/frontdoor", produces = MediaType.APPLICATION_JSON_VALUE)
class FrontDoorFiguresApi {

    private final FrontDoorFigures figures;

    FrontDoorFiguresApi(FrontDoorFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/summary")
    FrontDoorSummary summary(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return figures.summary(from, to);
    }

    @GetMapping("/summary/records")
    Page<FrontDoorFigures.FigureRecord> records(@RequestParam(required = false) String figure, @RequestParam(required = false) String value,
                                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return figures.records(figure, value, from, to, Page.pageNumber(page), Page.pageSize(size, 50));
    }
}
