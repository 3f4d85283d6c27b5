package org.openasc.performance.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.openasc.performance.Benchmarks;
import org.openasc.performance.MeasureCommands;
import org.openasc.performance.MeasureView;
import org.openasc.performance.Measures;
import org.openasc.performance.Scorecard;
import org.openasc.performance.domain.PerformanceStore;
import org.openasc.platform.csv.CsvFiles;
import org.openasc.platform.web.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.web.Created;
import org.openasc.platform.web.Uploads;

/** The scorecard, the default RAG rule, benchmark and population imports and comparator groups over JSON. */
@Tag(name = "Performance")
@RestController
class PerformanceApi {

    private final Scorecard scorecard;
    private final Measures measures;
    private final Benchmarks benchmarks;

    PerformanceApi(Scorecard scorecard, Measures measures, Benchmarks benchmarks) {
        this.scorecard = scorecard;
        this.measures = measures;
        this.benchmarks = benchmarks;
    }

    @Operation(summary = "Read the performance scorecard on a date")
    @GetMapping(path = "/api/v1/performance/scorecard", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Measures.READ)
    Scorecard.Card scorecard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return scorecard.scorecard(asOf);
    }

    @Operation(summary = "Download the performance scorecard as CSV")
    @GetMapping(path = "/api/v1/performance/scorecard.csv", produces = "text/csv")
    @PreAuthorize(Measures.READ)
    ResponseEntity<String> scorecardCsv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        Scorecard.Card card = scorecard.scorecard(asOf);
        return CsvFiles.attachment("scorecard-" + card.asOf() + ".csv", PerformanceCsv.scorecard(card));
    }

    @Operation(summary = "Read the default red, amber and green rule")
    @GetMapping(path = "/api/v1/performance/rag-rule", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Measures.READ)
    Map<String, Object> defaultRule() {
        MeasureView.Rule r = measures.defaultRule();
        return Map.of("greenWithin", r.greenWithin(), "amberWithin", r.amberWithin(), "basis", r.basis(), "version", measures.defaultRuleVersion());
    }

    @Operation(summary = "Set the default red, amber and green rule")
    @PutMapping(path = "/api/v1/performance/rag-rule", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Measures.MANAGE)
    Map<String, Object> setDefaultRule(@RequestBody MeasureCommands.RuleSetting rule) {
        measures.setDefaultRule(rule);
        return defaultRule();
    }

    @Operation(summary = "Bring in national benchmarks from a CSV file sent as text")
    @PostMapping(path = "/api/v1/benchmarks", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE}, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Measures.MANAGE)
    ResponseEntity<Benchmarks.Imported> importBenchmarks(@RequestParam(required = false) String fileName, @RequestBody String csv) {
        return Created.body(benchmarks.importFile(fileName, csv));
    }

    @Operation(summary = "Bring in national benchmarks from an uploaded CSV file")
    @PostMapping(path = "/api/v1/benchmarks", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Measures.MANAGE)
    ResponseEntity<Benchmarks.Imported> uploadBenchmarks(@RequestPart("file") MultipartFile file) {
        return Created.body(benchmarks.importFile(file.getOriginalFilename(), Uploads.required(file, "file", "Choose the benchmarks CSV file to import")));
    }

    /** A comparator group and the area codes in it. */
    @Schema(name = "ComparatorGroupView")
    record Group(String name, List<String> areaCodes) {
    }

    @Operation(summary = "List the comparator groups of councils")
    @GetMapping(path = "/api/v1/benchmarks/groups", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Measures.READ)
    Page<Group> groups() {
        return Page.whole(benchmarks.groups().entrySet().stream().map(g -> new Group(g.getKey(), g.getValue())).toList());
    }

    @Operation(summary = "Add a comparator group of councils")
    @PostMapping(path = "/api/v1/benchmarks/groups", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Measures.MANAGE)
    ResponseEntity<Group> addGroup(@RequestBody MeasureCommands.ComparatorGroup group) {
        Map<String, List<String>> groups = benchmarks.addGroup(group);
        String name = group.name().strip();
        return Created.body(new Group(name, groups.get(name)));
    }

    @Operation(summary = "List the population estimates used for rates")
    @GetMapping(path = "/api/v1/population", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Measures.READ)
    Page<PerformanceStore.PopulationRow> population() {
        return Page.whole(benchmarks.population());
    }

    @Operation(summary = "Bring in population estimates from a CSV file sent as text")
    @PostMapping(path = "/api/v1/population", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE}, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Measures.MANAGE)
    ResponseEntity<Page<PerformanceStore.PopulationRow>> importPopulation(@RequestParam(required = false) String fileName, @RequestBody String csv) {
        return Created.body(Page.whole(benchmarks.importPopulation(fileName, csv)));
    }

    @Operation(summary = "Bring in population estimates from an uploaded CSV file")
    @PostMapping(path = "/api/v1/population", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Measures.MANAGE)
    ResponseEntity<Page<PerformanceStore.PopulationRow>> uploadPopulation(@RequestPart("file") MultipartFile file) {
        return Created.body(Page.whole(benchmarks.importPopulation(file.getOriginalFilename(),
                Uploads.required(file, "file", "Choose the population CSV file to import"))));
    }
}
