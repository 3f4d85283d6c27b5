package org.openasc.returns.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.openasc.platform.csv.CsvFiles;
import org.openasc.platform.web.Page;
import org.openasc.returns.ClientLevelData;
import org.openasc.returns.CldSubmissions;
import org.openasc.returns.domain.CldSubmissionStore.Kept;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.web.Created;

/** The Client Level Data return over the API: the file, its validation, and the submissions kept. */
@Tag(name = "Statutory returns")
@RestController
@RequestMapping("/api/v1/returns/cld")
@PreAuthorize(ClientLevelData.RUN)
class CldApi {

    /** The quarter to submit: its last day. */
    record SubmissionRequest(LocalDate quarterEnd) {
    }

    private final ClientLevelData cld;
    private final CldSubmissions submissions;

    CldApi(ClientLevelData cld, CldSubmissions submissions) {
        this.cld = cld;
        this.submissions = submissions;
    }

    @Operation(summary = "Download the Client Level Data file for a quarter")
    @GetMapping(produces = {"text/csv", MediaType.ALL_VALUE})
    ResponseEntity<String> file(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate quarterEnd) {
        return CsvFiles.attachment("cld-" + quarterEnd + ".csv", cld.csv(quarterEnd));
    }

    @Operation(summary = "Check the Client Level Data for a quarter against DHSC's data-quality rules")
    @GetMapping(path = "/validation", produces = MediaType.APPLICATION_JSON_VALUE)
    ClientLevelData.Validation validation(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate quarterEnd) {
        return cld.validate(quarterEnd);
    }

    @Operation(summary = "Keep the Client Level Data file of a quarter as submitted, with its hash")
    @PostMapping(path = "/submissions", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Kept> submit(@RequestBody SubmissionRequest request) {
        return Created.at("/api/v1/returns/cld/submissions/", submissions.submit(request.quarterEnd()), Kept::id);
    }

    @Operation(summary = "List the Client Level Data files kept as submitted")
    @GetMapping(path = "/submissions", produces = MediaType.APPLICATION_JSON_VALUE)
    Page<Kept> submissions() {
        return Page.whole(submissions.all());
    }

    @Operation(summary = "Read a kept Client Level Data submission")
    @GetMapping(path = "/submissions/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    Kept submission(@PathVariable long id) {
        return submissions.find(id);
    }

    @Operation(summary = "Download a kept Client Level Data file")
    @GetMapping(path = "/submissions/{id}/file", produces = {"text/csv", MediaType.ALL_VALUE})
    ResponseEntity<String> submissionFile(@PathVariable long id) {
        Kept kept = submissions.find(id);
        return CsvFiles.attachment("cld-" + kept.quarterEnd() + "-submission-" + id + ".csv", submissions.content(id));
    }

    @Operation(summary = "Compare a kept Client Level Data file with the one kept before it")
    @GetMapping(path = "/submissions/{id}/changes", produces = MediaType.APPLICATION_JSON_VALUE)
    CldSubmissions.Changes changes(@PathVariable long id) {
        return submissions.changes(id);
    }
}
