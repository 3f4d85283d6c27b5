package org.openasc.liberty.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

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
import org.openasc.liberty.DolsAssessors;
import org.openasc.liberty.DolsStatistics;
import org.openasc.liberty.DolsBacklog;
import org.openasc.liberty.DolsCommands;
import org.openasc.liberty.DolsFigures;
import org.openasc.liberty.MhaAssessments;
import org.openasc.platform.csv.CsvFiles;
import org.openasc.platform.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.web.Created;
import org.openasc.platform.web.Page;

/** DoLS and Mental Health Act assessments over JSON, the applications behind the measures, and the annual DoLS return as CSV. */
@Tag(name = "Liberty protection (DoLS and MHA)")
@RestController
class LibertyApi {

    private final DolsApplications dols;
    private final DolsAssessors assessors;
    private final DolsStatistics statistics;
    private final MhaAssessments mha;
    private final DolsFigures figures;
    private final String laCode;

    LibertyApi(DolsApplications dols, DolsAssessors assessors, DolsStatistics statistics, MhaAssessments mha, DolsFigures figures,
               @Value("${openasc.council.la-code:999}") String laCode) {
        this.dols = dols;
        this.assessors = assessors;
        this.statistics = statistics;
        this.mha = mha;
        this.figures = figures;
        this.laCode = laCode;
    }

    @Operation(summary = "Record a DoLS application for a standard authorisation",
            description = "Its priority and the reason from the screening tool's list; the 21-day clock starts on the day it was received.")
    @PostMapping(path = "/api/v1/dols/applications", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(DolsApplications.WORK)
    ResponseEntity<ApplicationView> apply(@RequestBody DolsCommands.NewApplication application) {
        return Created.at("/api/v1/dols/applications/", dols.apply(application), ApplicationView::id);
    }

    @Operation(summary = "List the DoLS applications waiting, by priority and days waiting",
            description = "High priority first, then the longest waiting; one page at a time, with the total waiting.")
    @GetMapping(path = "/api/v1/dols/applications", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(DolsApplications.WORK)
    Page<ApplicationView> waiting(@Parameter(description = "The page, from 1") @RequestParam(required = false) Integer page,
                                  @Parameter(description = "Applications a page: 50 unless given, at most 100") @RequestParam(required = false) Integer size) {
        return dols.waiting(Page.pageNumber(page), Page.pageSize(size, 50));
    }

    @Operation(summary = "Read a DoLS application")
    @GetMapping(path = "/api/v1/dols/applications/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(DolsApplications.WORK)
    ApplicationView application(@PathVariable UUID id) {
        return dols.openApplication(id);
    }

    @Operation(summary = "Record an extension of an urgent authorisation")
    @PostMapping(path = "/api/v1/dols/applications/{id}/urgent-extension", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(DolsApplications.WORK)
    ApplicationView extend(@PathVariable UUID id, @RequestBody DolsCommands.UrgentExtension extension) {
        return dols.extendUrgent(id, extension);
    }

    @Operation(summary = "Allocate a DoLS application to a Best Interests Assessor")
    @PostMapping(path = "/api/v1/dols/applications/{id}/allocation", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(DolsApplications.WORK)
    ApplicationView allocate(@PathVariable UUID id, @RequestBody DolsCommands.Allocation allocation) {
        return dols.allocate(id, allocation);
    }

    @Operation(summary = "Record the result of one of the six DoLS assessments")
    @PostMapping(path = "/api/v1/dols/applications/{id}/assessments", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(DolsApplications.WORK)
    ResponseEntity<ApplicationView> assess(@PathVariable UUID id, @RequestBody DolsCommands.AssessmentResult result) {
        return Created.body(dols.assess(id, result));
    }

    @Operation(summary = "Record the decision on a DoLS application: granted or not, with its dates and conditions")
    @PostMapping(path = "/api/v1/dols/applications/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(DolsApplications.WORK)
    ApplicationView decide(@PathVariable UUID id, @RequestBody DolsCommands.Decision decision) {
        return dols.decide(id, decision);
    }

    @Operation(summary = "Add a Best Interests Assessor")
    @PostMapping(path = "/api/v1/dols/assessors", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(DolsApplications.WORK)
    ResponseEntity<Map<String, Long>> assessor(@RequestBody DolsCommands.NewAssessor assessor) {
        return Created.body(Map.of("id", assessors.addAssessor(assessor)));
    }

    @Operation(summary = "Read the DoLS backlog on today or a past date")
    @GetMapping(path = "/api/v1/dols/backlog", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(DolsApplications.SEE)
    DolsBacklog backlog(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return statistics.backlog(asOf);
    }

    @Operation(summary = "List the records behind a DoLS figure")
    @GetMapping(path = "/api/v1/dols/figures/records", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.DRILL_DOWN)
    DolsFigures.Listing records(@RequestParam(required = false) String figure,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return figures.records(figure, from, to);
    }

    @Operation(summary = "Download the DoLS statutory return for a financial year, as CSV")
    @GetMapping("/api/v1/returns/dols.csv")
    @PreAuthorize("hasAnyRole('DOLS','PERFORMANCE')")
    ResponseEntity<String> dolsReturn(@RequestParam(required = false) Integer financialYear) {
        return CsvFiles.attachment("dols-" + financialYear + ".csv", statistics.returnCsv(financialYear, laCode));
    }

    @Operation(summary = "Record a Mental Health Act assessment")
    @PostMapping(path = "/api/v1/mha/assessments", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(MhaAssessments.WORK)
    ResponseEntity<MhaAssessments.MhaView> mha(@RequestBody DolsCommands.NewMhaAssessment assessment) {
        return Created.body(mha.record(assessment));
    }

    @Operation(summary = "Read the Mental Health Act assessment figures for a period")
    @GetMapping(path = "/api/v1/mha/summary", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(MhaAssessments.WORK + " or hasAnyRole('PERFORMANCE','COUNCILLOR','DEMOCRATIC_SERVICES')")
    MhaAssessments.MhaFigures mhaFigures(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return mha.figures(from, to);
    }
}
