package org.openasc.returns.web;

import java.net.URI;
import java.time.LocalDate;

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

/** The Client Level Data return over the API: the file, its validation, and the submissions kept. */
@RestController
@RequestMapping("/api/v1/returns/cld")
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

    @GetMapping(produces = {"text/csv", MediaType.ALL_VALUE})
    ResponseEntity<String> file(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate quarterEnd) {
        return CsvFiles.attachment("cld-" + quarterEnd + ".csv", cld.csv(quarterEnd));
    }

    @GetMapping(path = "/validation", produces = MediaType.APPLICATION_JSON_VALUE)
    ClientLevelData.Validation validation(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate quarterEnd) {
        return cld.validate(quarterEnd);
    }

    @PostMapping(path = "/submissions", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Kept> submit(@RequestBody SubmissionRequest request) {
        Kept kept = submissions.submit(request.quarterEnd());
        return ResponseEntity.created(URI.create("/api/v1/returns/cld/submissions/" + kept.id())).body(kept);
    }

    @GetMapping(path = "/submissions", produces = MediaType.APPLICATION_JSON_VALUE)
    Page<Kept> submissions() {
        return Page.whole(submissions.all());
    }

    @GetMapping(path = "/submissions/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    Kept submission(@PathVariable long id) {
        return submissions.find(id);
    }

    @GetMapping(path = "/submissions/{id}/file", produces = {"text/csv", MediaType.ALL_VALUE})
    ResponseEntity<String> submissionFile(@PathVariable long id) {
        Kept kept = submissions.find(id);
        return CsvFiles.attachment("cld-" + kept.quarterEnd() + "-submission-" + id + ".csv", submissions.content(id));
    }

    @GetMapping(path = "/submissions/{id}/changes", produces = MediaType.APPLICATION_JSON_VALUE)
    CldSubmissions.Changes changes(@PathVariable long id) {
        return submissions.changes(id);
    }
}
