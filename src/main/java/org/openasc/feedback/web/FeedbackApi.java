package org.openasc.feedback.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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
import org.openasc.feedback.FeedbackCommands;

/** Customer feedback over JSON: complaints and their clocks, the other kinds of feedback, lessons, the annual report and the complaints behind it. */
@RestController
@RequestMapping(path = "/api/v1/feedback", produces = MediaType.APPLICATION_JSON_VALUE)
class FeedbackApi {

    private final Complaints complaints;
    private final Feedback feedback;
    private final AnnualReports reports;
    private final ComplaintFigures figures;

    FeedbackApi(Complaints complaints, Feedback feedback, AnnualReports reports, ComplaintFigures figures) {
        this.complaints = complaints;
        this.feedback = feedback;
        this.reports = reports;
        this.figures = figures;
    }

    @GetMapping("/figures/records")
    ComplaintFigures.Listing records(@RequestParam(required = false) String figure,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return figures.records(figure, from, to);
    }

    @PostMapping(path = "/complaints", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ComplaintView> complaint(@RequestBody FeedbackCommands.NewComplaint complaint) {
        ComplaintView received = complaints.receive(complaint);
        return ResponseEntity.created(URI.create("/api/v1/feedback/complaints/" + received.id())).body(received);
    }

    @GetMapping("/complaints")
    List<ComplaintView> outstanding() {
        return complaints.outstanding();
    }

    @GetMapping("/complaints/{id}")
    ComplaintView complaint(@PathVariable UUID id) {
        return complaints.open(id, true);
    }

    @PostMapping(path = "/complaints/{id}/acknowledge", consumes = MediaType.APPLICATION_JSON_VALUE)
    ComplaintView acknowledge(@PathVariable UUID id, @RequestBody FeedbackCommands.Acknowledgement a) {
        return complaints.acknowledge(id, a);
    }

    @PostMapping(path = "/complaints/{id}/extend", consumes = MediaType.APPLICATION_JSON_VALUE)
    ComplaintView extend(@PathVariable UUID id, @RequestBody FeedbackCommands.Extension e) {
        return complaints.extend(id, e);
    }

    @PostMapping(path = "/complaints/{id}/respond", consumes = MediaType.APPLICATION_JSON_VALUE)
    ComplaintView respond(@PathVariable UUID id, @RequestBody FeedbackCommands.Response r) {
        return complaints.respond(id, r);
    }

    @PostMapping(path = "/complaints/{id}/withdraw", consumes = MediaType.APPLICATION_JSON_VALUE)
    ComplaintView withdraw(@PathVariable UUID id, @RequestBody FeedbackCommands.Withdrawal w) {
        return complaints.withdraw(id, w);
    }

    @PostMapping(path = "/complaints/{id}/safeguarding", consumes = MediaType.APPLICATION_JSON_VALUE)
    ComplaintView safeguarding(@PathVariable UUID id, @RequestBody FeedbackCommands.PassToSafeguarding p) {
        return complaints.passToSafeguarding(id, p);
    }

    @PostMapping(path = "/compliments", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Feedback.ItemView> compliment(@RequestBody FeedbackCommands.NewCompliment c) {
        return ResponseEntity.status(201).body(feedback.compliment(c));
    }

    @PostMapping(path = "/comments", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Feedback.ItemView> comment(@RequestBody FeedbackCommands.NewComment c) {
        return ResponseEntity.status(201).body(feedback.comment(c));
    }

    @PostMapping(path = "/member-enquiries", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Feedback.ItemView> memberEnquiry(@RequestBody FeedbackCommands.NewMemberEnquiry m) {
        return ResponseEntity.status(201).body(feedback.memberEnquiry(m));
    }

    @PostMapping(path = "/ombudsman-contacts", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Feedback.ItemView> ombudsman(@RequestBody FeedbackCommands.NewOmbudsmanContact o) {
        return ResponseEntity.status(201).body(feedback.ombudsmanContact(o));
    }

    @PostMapping(path = "/foi-requests", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Feedback.ItemView> foi(@RequestBody FeedbackCommands.NewFoiRequest f) {
        return ResponseEntity.status(201).body(feedback.foiRequest(f));
    }

    @PostMapping(path = "/lessons", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> lesson(@RequestBody FeedbackCommands.NewLesson l) {
        feedback.lesson(l);
        return ResponseEntity.status(201).build();
    }

    /** An officer's paragraph for a section of the report. */
    public record Narrative(Integer financialYear, String section, String text) {
    }

    @org.springframework.web.bind.annotation.PutMapping(path = "/annual-report/narrative", consumes = MediaType.APPLICATION_JSON_VALUE)
    AnnualReport narrate(@RequestBody Narrative n) {
        return reports.narrate(n.financialYear(), n.section(), n.text());
    }

    @GetMapping("/annual-report")
    AnnualReport annualReport(@RequestParam(required = false) Integer financialYear) {
        return reports.report(financialYear);
    }
}
