package org.openasc.performance.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;

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
import org.openasc.platform.web.Page;

/** The measure library over JSON: definitions, targets, RAG rules, entered values, series with SPC and benchmarks. */
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

    @GetMapping
    Page<MeasureView> list() {
        return Page.whole(measures.list());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<MeasureView> add(@RequestBody MeasureCommands.NewMeasure measure) {
        MeasureView added = measures.add(measure);
        return ResponseEntity.created(URI.create("/api/v1/measures/" + UriUtils.encodePathSegment(added.reference(), StandardCharsets.UTF_8)))
                .body(added);
    }

    @GetMapping("/{reference}")
    MeasureView get(@PathVariable String reference) {
        return measures.get(reference);
    }

    @GetMapping("/{reference}/targets")
    Page<Measures.YearTarget> targets(@PathVariable String reference) {
        return Page.whole(measures.targets(reference));
    }

    @PutMapping(path = "/{reference}/targets/{financialYear}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Measures.YearTarget setTarget(@PathVariable String reference, @PathVariable int financialYear, @RequestBody MeasureCommands.TargetSetting target) {
        return measures.setTarget(reference, financialYear, target);
    }

    @PutMapping(path = "/{reference}/rag-rule", consumes = MediaType.APPLICATION_JSON_VALUE)
    MeasureView setRule(@PathVariable String reference, @RequestBody MeasureCommands.RuleSetting rule) {
        return measures.setRule(reference, rule);
    }

    @PutMapping(path = "/{reference}/baseline", consumes = MediaType.APPLICATION_JSON_VALUE)
    MeasureView setBaseline(@PathVariable String reference, @RequestBody MeasureCommands.Baseline baseline) {
        return measures.setBaseline(reference, baseline);
    }

    @PutMapping(path = "/{reference}/values/{period}", consumes = MediaType.APPLICATION_JSON_VALUE)
    MeasureValues.Value enter(@PathVariable String reference, @PathVariable String period, @RequestBody MeasureCommands.EnteredValue value) {
        return values.enter(reference, period, value);
    }

    @PostMapping(path = "/{reference}/values/{period}/recompute", consumes = MediaType.APPLICATION_JSON_VALUE)
    MeasureValues.Value recompute(@PathVariable String reference, @PathVariable String period, @RequestBody MeasureCommands.Recompute recompute) {
        return values.recompute(reference, period, recompute);
    }

    @GetMapping("/{reference}/series")
    Series.MeasureSeries series(@PathVariable String reference, @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return series.series(reference, from, to);
    }

    @GetMapping("/{reference}/benchmark")
    Benchmarks.Comparison benchmark(@PathVariable String reference, @RequestParam(required = false) Integer year,
                                    @RequestParam(required = false) String group) {
        return benchmarks.compare(reference, year, group);
    }

    /** The series as CSV, for analysts. */
    @GetMapping(path = "/{reference}/series.csv", produces = "text/csv")
    ResponseEntity<String> seriesCsv(@PathVariable String reference, @RequestParam(required = false) String from,
                                     @RequestParam(required = false) String to) {
        return CsvFiles.attachment(reference + "-series.csv", PerformanceCsv.series(series.series(reference, from, to)));
    }
}
