package org.openasc.casework.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.openasc.casework.DocumentView;
import org.openasc.casework.Documents;
import org.openasc.platform.web.Page;
import org.openasc.platform.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.web.Created;

/** Documents on a person over HTTP: uploaded as multipart, listed as JSON, downloaded as the file itself. */
@Tag(name = "Case record")
@RestController
class DocumentApi {

    private final Documents documents;

    DocumentApi(Documents documents) {
        this.documents = documents;
    }

    @Operation(summary = "Attach a document to a person's record",
            description = "multipart/form-data with a part called file (at most 10 MB).")
    @PostMapping(path = "/api/v1/people/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.WRITE_PEOPLE)
    ResponseEntity<DocumentView> upload(@PathVariable UUID id, @RequestPart(required = false) MultipartFile file,
                                        @RequestParam(required = false) String title, @RequestParam(required = false) String kind,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate datedOn) throws IOException {
        return Created.at("/api/v1/documents/", documents.upload(id, title, kind, datedOn, file == null ? null : file.getOriginalFilename(),
                file == null ? null : file.getBytes()), DocumentView::id);
    }

    @Operation(summary = "List the documents on a person's record")
    @GetMapping(path = "/api/v1/people/{id}/documents", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.READ_PEOPLE)
    Page<DocumentView> list(@PathVariable UUID id) {
        return Page.whole(documents.of(id));
    }

    /** The file, as an attachment the browser saves rather than opens in the application's origin. */
    @Operation(summary = "Download a document")
    @GetMapping({"/api/v1/documents/{id}", "/documents/{id}"})
    @PreAuthorize(Access.READ_PEOPLE)
    ResponseEntity<byte[]> download(@PathVariable UUID id) {
        DocumentView.File file = documents.download(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff").body(file.content());
    }
}
