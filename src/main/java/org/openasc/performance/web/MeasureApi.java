package org.openasc.performance.web;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

import org.openasc.performance.Benchmarks;
import org.openasc.performance.MeasureCommands;
import org.openasc.performance.MeasureValues;
import org.openasc.performance.MeasureView;
import org.openasc.performance.Measures;
import org.openasc.performance.Series;
import org.openasc.platform.csv.CsvFiles;
import org.openasc.platform.web.Created;
import org.openasc.platform.web.Page;
import org.springframework.security.access.prepost.PreAuthorize;

/** The measure library over JSON: definitions, targets, RAG rules, entered values, series with SPC and benchmarks. */
@Tag(name = "Performance")
@RestController
@RequestMapping(path = "/api/v1/measures", produces = MediaType.APPLICATION_JSON_VALUE)
class MeasureApi {

    private final Measures measures;
    private final MeasureValues values;
    private final Series series;
    private final Benchmarks benchmarks;

    MeasureApi(Measures measures, MeasureValues values, Series series, Benchmarks benchmarks) {
        this.measures = measures;
        this.values = values;
        this.series = series;
        this.benchmarks = benchmarks;
    }

    @Operation(summary = "List the measures in the measure library")
    @GetMapping
    @PreAuthorize(Measures.READ)
    Page<MeasureView> list() {
        return Page.whole(measures.list());
    }

    @Operation(summary = "Add a local measure to the library")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Measures.MANAGE)
    ResponseEntity<MeasureView> add(@RequestBody MeasureCommands.NewMeasure measure) {
        return Created.at("/api/v1/measures/", measures.add(measure), m -> UriUtils.encodePathSegment(m.reference(), StandardCharsets.UTF_8));
    }

    @Operation(summary = "Read a measure with its definition, target and latest value")
    @GetMapping("/{reference}")
    @PreAuthorize(Measures.READ)
    MeasureView get(@PathVariable String reference) {
        return measures.get(reference);
    }

    @Operation(summary = "List a measure's targets by financial year")
    @GetMapping("/{reference}/targets")
    @PreAuthorize(Measures.READ)
    Page<Measures.YearTarget> targets(@PathVariable String reference) {
        return Page.whole(measures.targets(reference));
    }

    @Operation(summary = "Set a measure's target for a financial year")
    @PutMapping(path = "/{reference}/targets/{financialYear}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Measures.MANAGE)
    Measures.YearTarget setTarget(@PathVariable String reference, @PathVariable int financialYear, @RequestBody MeasureCommands.TargetSetting target) {
        return measures.setTarget(reference, financialYear, target);
    }

    @Operation(summary = "Set how a measure is rated red, amber or green")
    @PutMapping(path = "/{reference}/rag-rule", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Measures.MANAGE)
    MeasureView setRule(@PathVariable String reference, @RequestBody MeasureCommands.RuleSetting rule) {
        return measures.setRule(reference, rule);
    }

    @Operation(summary = "Set a measure's baseline")
    @PutMapping(path = "/{reference}/baseline", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Measures.MANAGE)
    MeasureView setBaseline(@PathVariable String reference, @RequestBody MeasureCommands.Baseline baseline) {
        return measures.setBaseline(reference, baseline);
    }

    @Operation(summary = "Enter a measure's value for a period (for measures not computed from the record)")
    @PutMapping(path = "/{reference}/values/{period}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Measures.MANAGE)
    MeasureValues.Value enter(@PathVariable String reference, @PathVariable String period, @RequestBody MeasureCommands.EnteredValue value) {
        return values.enter(reference, period, value);
    }

    @Operation(summary = "Recompute a measure's value for a period from the record")
    @PostMapping(path = "/{reference}/values/{period}/recompute", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Measures.MANAGE)
    MeasureValues.Value recompute(@PathVariable String reference, @PathVariable String period, @RequestBody MeasureCommands.Recompute recompute) {
        return values.recompute(reference, period, recompute);
    }

    @Operation(summary = "Read a measure's values over time")
    @GetMapping("/{reference}/series")
    @PreAuthorize(Measures.READ)
    Series.MeasureSeries series(@PathVariable String reference, @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return series.series(reference, from, to);
    }

    @Operation(summary = "Compare a measure with other councils")
    @GetMapping("/{reference}/benchmark")
    @PreAuthorize(Measures.READ)
    Benchmarks.Comparison benchmark(@PathVariable String reference, @RequestParam(required = false) Integer year,
                                    @RequestParam(required = false) String group) {
        return benchmarks.compare(reference, year, group);
    }

    /** The series as CSV, for analysts. */
    @Operation(summary = "Download a measure's values over time as CSV")
    @GetMapping(path = "/{reference}/series.csv", produces = "text/csv")
    @PreAuthorize(Measures.READ)
    ResponseEntity<String> seriesCsv(@PathVariable String reference, @RequestParam(required = false) String from,
                                     @RequestParam(required = false) String to) {
        return CsvFiles.attachment(reference + "-series.csv", PerformanceCsv.series(series.series(reference, from, to)));
    }
}
