package org.openasc.safeguarding.web;

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

import org.openasc.safeguarding.ConcernView;
import org.openasc.safeguarding.Concerns;
import org.openasc.safeguarding.Enquiries;
import org.openasc.safeguarding.EnquiryView;
import org.openasc.safeguarding.SafeguardingAdultsReviews;
import org.openasc.safeguarding.SafeguardingCommands;
import org.openasc.safeguarding.SafeguardingFigures;
import org.openasc.safeguarding.SafeguardingSummary;

/** Safeguarding over JSON: concerns, screening, enquiries and the figures. */
@RestController
@RequestMapping(path = "/api/v1/safeguarding", produces = MediaType.APPLICATION_JSON_VALUE)
class SafeguardingApi {

    private final Concerns concerns;
    private final Enquiries enquiries;
    private final SafeguardingFigures figures;
    private final SafeguardingAdultsReviews reviews;

    SafeguardingApi(Concerns concerns, Enquiries enquiries, SafeguardingFigures figures, SafeguardingAdultsReviews reviews) {
        this.reviews = reviews;
        this.concerns = concerns;
        this.enquiries = enquiries;
        this.figures = figures;
    }

    @PostMapping(path = "/concerns", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ConcernView> raise(@RequestBody SafeguardingCommands.NewConcern concern) {
        ConcernView raised = concerns.raise(concern);
        return ResponseEntity.created(URI.create("/api/v1/safeguarding/concerns/" + raised.id())).body(raised);
    }

    @GetMapping("/concerns")
    List<ConcernView> awaitingScreening() {
        return concerns.awaitingScreening();
    }

    @GetMapping("/concerns/{id}")
    ConcernView concern(@PathVariable UUID id) {
        return concerns.open(id);
    }

    @PostMapping(path = "/concerns/{id}/screening", consumes = MediaType.APPLICATION_JSON_VALUE)
    ConcernView screen(@PathVariable UUID id, @RequestBody SafeguardingCommands.Screening screening) {
        return concerns.screen(id, screening);
    }

    @GetMapping("/enquiries")
    List<EnquiryView> openEnquiries() {
        return enquiries.openEnquiries();
    }

    @GetMapping("/enquiries/{id}")
    EnquiryView enquiry(@PathVariable UUID id) {
        return enquiries.open(id);
    }

    @PostMapping(path = "/enquiries/{id}/allegations", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EnquiryView> allegation(@PathVariable UUID id, @RequestBody SafeguardingCommands.NewAllegation allegation) {
        return ResponseEntity.status(201).body(enquiries.addAllegation(id, allegation));
    }

    @PostMapping(path = "/enquiries/{id}/progress", consumes = MediaType.APPLICATION_JSON_VALUE)
    EnquiryView progress(@PathVariable UUID id, @RequestBody SafeguardingCommands.EnquiryProgress progress) {
        return enquiries.progress(id, progress);
    }

    @PostMapping(path = "/enquiries/{id}/conclude", consumes = MediaType.APPLICATION_JSON_VALUE)
    EnquiryView conclude(@PathVariable UUID id, @RequestBody SafeguardingCommands.Conclusion conclusion) {
        return enquiries.conclude(id, conclusion);
    }

    @PostMapping(path = "/reviews", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SafeguardingAdultsReviews.SarView> referReview(@RequestBody SafeguardingAdultsReviews.NewSar sar) {
        SafeguardingAdultsReviews.SarView referred = reviews.refer(sar);
        return ResponseEntity.created(URI.create("/api/v1/safeguarding/reviews/" + referred.id())).body(referred);
    }

    @GetMapping("/reviews")
    List<SafeguardingAdultsReviews.SarView> reviews() {
        return reviews.all();
    }

    @GetMapping("/reviews/{id}")
    SafeguardingAdultsReviews.SarView review(@PathVariable UUID id) {
        return reviews.open(id);
    }

    @PostMapping(path = "/reviews/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    SafeguardingAdultsReviews.SarView decide(@PathVariable UUID id, @RequestBody SafeguardingAdultsReviews.Decision decision) {
        return reviews.decide(id, decision);
    }

    @PostMapping(path = "/reviews/{id}/progress", consumes = MediaType.APPLICATION_JSON_VALUE)
    SafeguardingAdultsReviews.SarView reviewProgress(@PathVariable UUID id, @RequestBody SafeguardingAdultsReviews.Progress progress) {
        return reviews.progress(id, progress);
    }

    @PostMapping(path = "/reviews/{id}/actions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SafeguardingAdultsReviews.SarView> reviewAction(@PathVariable UUID id, @RequestBody SafeguardingAdultsReviews.NewAction action) {
        return ResponseEntity.status(201).body(reviews.addAction(id, action));
    }

    @GetMapping("/summary")
    SafeguardingSummary summary(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return figures.summary(from, to);
    }

    @GetMapping("/summary/records")
    List<SafeguardingFigures.FigureRecord> records(@RequestParam String figure, @RequestParam(required = false) String value,
                                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return figures.records(figure, value, from, to);
    }

    @GetMapping("/organisational")
    SafeguardingSummary.Organisational organisational(@RequestParam(required = false) Integer year,
                                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return figures.organisational(year, asOf);
    }
}
