package org.openasc.feedback.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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

import org.openasc.feedback.AnnualReport;
import org.openasc.feedback.AnnualReports;
import org.openasc.feedback.ComplaintFigures;
import org.openasc.feedback.ComplaintView;
import org.openasc.feedback.Complaints;
import org.openasc.feedback.Feedback;
import org.openasc.feedback.Lessons;
import org.openasc.feedback.FeedbackCommands;
import org.openasc.platform.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.web.Created;
import org.openasc.platform.web.Page;

/** Customer feedback over JSON: complaints and their clocks, the other kinds of feedback, lessons, the annual report and the complaints behind it. */
@Tag(name = "Complaints and feedback")
@RestController
@RequestMapping(path = "/api/v1/feedback", produces = MediaType.APPLICATION_JSON_VALUE)
class FeedbackApi {

    private final Complaints complaints;
    private final Feedback feedback;
    private final Lessons lessons;
    private final AnnualReports reports;
    private final ComplaintFigures figures;

    FeedbackApi(Complaints complaints, Feedback feedback, Lessons lessons, AnnualReports reports, ComplaintFigures figures) {
        this.complaints = complaints;
        this.feedback = feedback;
        this.lessons = lessons;
        this.reports = reports;
        this.figures = figures;
    }

    @Operation(summary = "List the records behind a complaints figure")
    @GetMapping("/figures/records")
    @PreAuthorize(Access.DRILL_DOWN)
    ComplaintFigures.Listing records(@RequestParam(required = false) String figure,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return figures.records(figure, from, to);
    }

    @Operation(summary = "Record a complaint",
            description = "The statutory clocks start: acknowledge within 3 working days, respond by the date agreed with the complainant.")
    @PostMapping(path = "/complaints", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Complaints.WORK)
    ResponseEntity<ComplaintView> complaint(@RequestBody FeedbackCommands.NewComplaint complaint) {
        return Created.at("/api/v1/feedback/complaints/", complaints.receive(complaint), ComplaintView::id);
    }

    @Operation(summary = "List the complaints still open, soonest due first",
            description = "One page at a time, with the total still open.")
    @GetMapping("/complaints")
    @PreAuthorize(Complaints.WORK)
    Page<ComplaintView> outstanding(@Parameter(description = "The page, from 1") @RequestParam(required = false) Integer page,
                                    @Parameter(description = "Complaints a page: 50 unless given, at most 100") @RequestParam(required = false) Integer size) {
        return complaints.outstanding(Page.pageNumber(page), Page.pageSize(size, 50));
    }

    @Operation(summary = "Read a complaint")
    @GetMapping("/complaints/{id}")
    @PreAuthorize(Complaints.READ)
    ComplaintView complaint(@PathVariable UUID id) {
        return complaints.open(id, true);
    }

    @Operation(summary = "Acknowledge a complaint")
    @PostMapping(path = "/complaints/{id}/acknowledge", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Complaints.WORK)
    ComplaintView acknowledge(@PathVariable UUID id, @RequestBody FeedbackCommands.Acknowledgement a) {
        return complaints.acknowledge(id, a);
    }

    @Operation(summary = "Agree a later response date for a complaint")
    @PostMapping(path = "/complaints/{id}/extend", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Complaints.WORK)
    ComplaintView extend(@PathVariable UUID id, @RequestBody FeedbackCommands.Extension e) {
        return complaints.extend(id, e);
    }

    @Operation(summary = "Record the response to a complaint and its outcome")
    @PostMapping(path = "/complaints/{id}/respond", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Complaints.WORK)
    ComplaintView respond(@PathVariable UUID id, @RequestBody FeedbackCommands.Response r) {
        return complaints.respond(id, r);
    }

    @Operation(summary = "Record that a complaint was withdrawn")
    @PostMapping(path = "/complaints/{id}/withdraw", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Complaints.WORK)
    ComplaintView withdraw(@PathVariable UUID id, @RequestBody FeedbackCommands.Withdrawal w) {
        return complaints.withdraw(id, w);
    }

    @Operation(summary = "Pass a complaint to safeguarding")
    @PostMapping(path = "/complaints/{id}/safeguarding", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Complaints.WORK)
    ComplaintView safeguarding(@PathVariable UUID id, @RequestBody FeedbackCommands.PassToSafeguarding p) {
        return complaints.passToSafeguarding(id, p);
    }

    @Operation(summary = "Record a compliment")
    @PostMapping(path = "/compliments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Complaints.WORK)
    ResponseEntity<Feedback.ItemView> compliment(@RequestBody FeedbackCommands.NewCompliment c) {
        return Created.body(feedback.compliment(c));
    }

    @Operation(summary = "Record a comment")
    @PostMapping(path = "/comments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Complaints.WORK)
    ResponseEntity<Feedback.ItemView> comment(@RequestBody FeedbackCommands.NewComment c) {
        return Created.body(feedback.comment(c));
    }

    @Operation(summary = "Record an enquiry from an MP or councillor")
    @PostMapping(path = "/member-enquiries", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Complaints.WORK)
    ResponseEntity<Feedback.ItemView> memberEnquiry(@RequestBody FeedbackCommands.NewMemberEnquiry m) {
        return Created.body(feedback.memberEnquiry(m));
    }

    @Operation(summary = "Record a contact from the Local Government and Social Care Ombudsman")
    @PostMapping(path = "/ombudsman-contacts", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Complaints.WORK)
    ResponseEntity<Feedback.ItemView> ombudsman(@RequestBody FeedbackCommands.NewOmbudsmanContact o) {
        return Created.body(feedback.ombudsmanContact(o));
    }

    @Operation(summary = "Record a Freedom of Information request")
    @PostMapping(path = "/foi-requests", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Complaints.WORK)
    ResponseEntity<Feedback.ItemView> foi(@RequestBody FeedbackCommands.NewFoiRequest f) {
        return Created.body(feedback.foiRequest(f));
    }

    @Operation(summary = "Record a lesson learnt from a complaint or other feedback")
    @PostMapping(path = "/lessons", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Complaints.WORK)
    ResponseEntity<Void> lesson(@RequestBody FeedbackCommands.NewLesson l) {
        lessons.lesson(l);
        return Created.empty();
    }

    /** An officer's paragraph for a section of the report. */
    public record Narrative(Integer financialYear, String section, String text) {
    }

    @Operation(summary = "Write a section of the complaints annual report")
    @org.springframework.web.bind.annotation.PutMapping(path = "/annual-report/narrative", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Complaints.WORK)
    AnnualReport narrate(@RequestBody Narrative n) {
        return reports.narrate(n.financialYear(), n.section(), n.text());
    }

    @Operation(summary = "Read the complaints annual report for a financial year")
    @GetMapping("/annual-report")
    @PreAuthorize(AnnualReports.READ)
    AnnualReport annualReport(@RequestParam(required = false) Integer financialYear) {
        return reports.report(financialYear);
    }
}
