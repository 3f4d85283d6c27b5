package org.openasc.liberty.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.openasc.liberty.ApplicationView;
import org.openasc.liberty.DolsApplications;
import org.openasc.liberty.DolsStatistics;
import org.openasc.liberty.DolsBacklog;
import org.openasc.liberty.DolsCommands;
import org.openasc.liberty.DolsFigures;
import org.openasc.liberty.MhaAssessments;
import org.openasc.platform.csv.CsvFiles;

/** DoLS and Mental Health Act assessments over JSON, the applications behind the measures, and the annual DoLS return as CSV. */
@RestController
class LibertyApi {

    private final DolsApplications dols;
    private final DolsStatistics statistics;
    private final MhaAssessments mha;
    private final DolsFigures figures;
    private final String laCode;

    LibertyApi(DolsApplications dols, DolsStatistics statistics, MhaAssessments mha, DolsFigures figures, @Value("${openasc.council.la-code:999}") String laCode) {
        this.dols = dols;
        this.statistics = statistics;
        this.mha = mha;
        this.figures = figures;
        this.laCode = laCode;
    }

    @PostMapping(path = "/api/v1/dols/applications", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ApplicationView> apply(@RequestBody DolsCommands.NewApplication application) {
        ApplicationView made = dols.apply(application);
        return ResponseEntity.created(URI.create("/api/v1/dols/applications/" + made.id())).body(made);
    }

    @GetMapping(path = "/api/v1/dols/applications", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ApplicationView> waiting() {
        return dols.waiting();
    }

    @GetMapping(path = "/api/v1/dols/applications/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ApplicationView application(@PathVariable UUID id) {
        return dols.openApplication(id);
    }

    @PostMapping(path = "/api/v1/dols/applications/{id}/urgent-extension", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ApplicationView extend(@PathVariable UUID id, @RequestBody DolsCommands.UrgentExtension extension) {
        return dols.extendUrgent(id, extension);
    }

    @PostMapping(path = "/api/v1/dols/applications/{id}/allocation", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ApplicationView allocate(@PathVariable UUID id, @RequestBody DolsCommands.Allocation allocation) {
        return dols.allocate(id, allocation);
    }

    @PostMapping(path = "/api/v1/dols/applications/{id}/assessments", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ApplicationView> assess(@PathVariable UUID id, @RequestBody DolsCommands.AssessmentResult result) {
        return ResponseEntity.status(201).body(dols.assess(id, result));
    }

    @PostMapping(path = "/api/v1/dols/applications/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ApplicationView decide(@PathVariable UUID id, @RequestBody DolsCommands.Decision decision) {
        return dols.decide(id, decision);
    }

    @PostMapping(path = "/api/v1/dols/assessors", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Long>> assessor(@RequestBody DolsCommands.NewAssessor assessor) {
        return ResponseEntity.status(201).body(Map.of("id", dols.addAssessor(assessor)));
    }

    @GetMapping(path = "/api/v1/dols/backlog", produces = MediaType.APPLICATION_JSON_VALUE)
    DolsBacklog backlog(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return statistics.backlog(asOf);
    }

    @GetMapping(path = "/api/v1/dols/figures/records", produces = MediaType.APPLICATION_JSON_VALUE)
    DolsFigures.Listing records(@RequestParam(required = false) String figure,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return figures.records(figure, from, to);
    }

    @GetMapping("/api/v1/returns/dols.csv")
    ResponseEntity<String> dolsReturn(@RequestParam(required = false) Integer financialYear) {
        return CsvFiles.attachment("dols-" + financialYear + ".csv", statistics.returnCsv(financialYear, laCode));
    }

    @PostMapping(path = "/api/v1/mha/assessments", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<MhaAssessments.MhaView> mha(@RequestBody DolsCommands.NewMhaAssessment assessment) {
        return ResponseEntity.status(201).body(mha.record(assessment));
    }

    @GetMapping(path = "/api/v1/mha/summary", produces = MediaType.APPLICATION_JSON_VALUE)
    MhaAssessments.MhaFigures mhaFigures(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return mha.figures(from, to);
    }
}
