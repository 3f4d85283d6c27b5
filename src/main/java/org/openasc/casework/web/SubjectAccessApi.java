package org.openasc.casework.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.openasc.casework.SubjectAccessBundle;
import org.openasc.casework.SubjectAccessCommands;
import org.openasc.casework.SubjectAccessRequests;
import org.openasc.casework.SubjectAccessView;
import org.openasc.platform.documents.PdfDocuments;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.DateDisplay;
import org.openasc.platform.web.NotFound;
import org.openasc.platform.web.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.web.Created;
import org.openasc.platform.web.Downloads;

/** Subject access requests over JSON, and their bundles as JSON and PDF (the PDF also from the person's pages). */
@Tag(name = "Case record")
@RestController
@PreAuthorize(SubjectAccessRequests.ANSWER)
class SubjectAccessApi {

    private final SubjectAccessRequests requests;
    private final PdfDocuments documents;
    private final ITemplateEngine templates;
    private final Clock clock;

    SubjectAccessApi(SubjectAccessRequests requests, PdfDocuments documents, ITemplateEngine templates, Clock clock) {
        this.requests = requests;
        this.documents = documents;
        this.templates = templates;
        this.clock = clock;
    }

    @Operation(summary = "Record a subject access request from a person",
            description = "The one-month clock to answer starts on the day it was received.")
    @PostMapping(path = "/api/v1/people/{id}/subject-access-requests", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SubjectAccessView> record(@PathVariable UUID id, @RequestBody SubjectAccessCommands.NewRequest request) {
        return Created.at("/api/v1/subject-access-requests/", requests.record(id, request), SubjectAccessView::id);
    }

    @Operation(summary = "List a person's subject access requests")
    @GetMapping(path = "/api/v1/people/{id}/subject-access-requests", produces = MediaType.APPLICATION_JSON_VALUE)
    Page<SubjectAccessView> ofPerson(@PathVariable UUID id) {
        return Page.whole(requests.of(id));
    }

    /** Every request not yet answered, soonest due first. */
    @Operation(summary = "List the subject access requests still to answer, soonest due first")
    @GetMapping(path = "/api/v1/subject-access-requests", produces = MediaType.APPLICATION_JSON_VALUE)
    Page<SubjectAccessView> open() {
        return Page.whole(requests.open());
    }

    @Operation(summary = "Read a subject access request")
    @GetMapping(path = "/api/v1/subject-access-requests/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    SubjectAccessView request(@PathVariable UUID id) {
        return requests.open(id);
    }

    @Operation(summary = "Extend the time to answer a subject access request")
    @PostMapping(path = "/api/v1/subject-access-requests/{id}/extension", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    SubjectAccessView extend(@PathVariable UUID id, @RequestBody SubjectAccessCommands.Extension extension) {
        return requests.extend(id, extension);
    }

    @Operation(summary = "Record that a subject access request was answered")
    @PostMapping(path = "/api/v1/subject-access-requests/{id}/answer", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    SubjectAccessView answer(@PathVariable UUID id, @RequestBody SubjectAccessCommands.Sent sent) {
        return requests.sent(id, sent);
    }

    @Operation(summary = "Read the bundle of a person's records for a subject access request, as JSON")
    @GetMapping(path = "/api/v1/people/{person}/subject-access-requests/{id}/bundle.json", produces = MediaType.APPLICATION_JSON_VALUE)
    SubjectAccessBundle bundleJson(@PathVariable UUID person, @PathVariable UUID id) {
        return bundle(person, id);
    }

    @Operation(summary = "Download the bundle for a subject access request as PDF")
    @GetMapping({"/api/v1/people/{person}/subject-access-requests/{id}/bundle.pdf", "/people/{person}/subject-access-requests/{id}/bundle.pdf"})
    ResponseEntity<byte[]> bundlePdf(@PathVariable UUID person, @PathVariable UUID id) {
        SubjectAccessBundle bundle = bundle(person, id);
        return Downloads.pdf("subject-access-" + bundle.requestNumber() + ".pdf", pdf(bundle));
    }

    /** Everything to send: the bundle as PDF and JSON, and each document's file, in one ZIP. */
    @Operation(summary = "Download the bundle for a subject access request with its documents, as a ZIP file")
    @GetMapping({"/api/v1/people/{person}/subject-access-requests/{id}/bundle.zip", "/people/{person}/subject-access-requests/{id}/bundle.zip"})
    ResponseEntity<byte[]> bundleZip(@PathVariable UUID person, @PathVariable UUID id) throws java.io.IOException {
        SubjectAccessBundle bundle = bundle(person, id);
        String name = "subject-access-" + bundle.requestNumber();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            entry(zip, name + ".pdf", pdf(bundle));
            entry(zip, name + ".json", SubjectAccessRequests.json(bundle).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (org.openasc.casework.DocumentView.File file : requests.files(id)) {
                entry(zip, "documents/" + file.fileName(), file.content());
            }
        }
        return Downloads.attachment(name + ".zip", MediaType.parseMediaType("application/zip"), out.toByteArray());
    }

    private static void entry(java.util.zip.ZipOutputStream zip, String name, byte[] content) throws java.io.IOException {
        zip.putNextEntry(new java.util.zip.ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private byte[] pdf(SubjectAccessBundle bundle) {
        DateDisplay dates = new DateDisplay();
        Context context = new Context(Locale.UK);
        context.setVariable("b", bundle);
        context.setVariable("dates", dates);
        context.setVariable("printedBy", CurrentStaff.username());
        context.setVariable("printedAt", dates.at(Instant.now(clock)));
        return documents.render(templates.process("casework/subject-access-print", context));
    }

    /** The request's bundle, only under the person it is about. */
    private SubjectAccessBundle bundle(UUID person, UUID id) {
        if (!requests.open(id).personId().equals(person)) {
            throw new NotFound("The subject access request " + id);
        }
        return requests.bundle(id);
    }
}
