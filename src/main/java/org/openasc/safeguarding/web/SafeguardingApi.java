package org.openasc.safeguarding.web;

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

import org.openasc.safeguarding.ConcernView;
import org.openasc.safeguarding.Concerns;
import org.openasc.safeguarding.Enquiries;
import org.openasc.safeguarding.EnquiryView;
import org.openasc.safeguarding.SafeguardingAdultsReviews;
import org.openasc.safeguarding.SafeguardingCommands;
import org.openasc.safeguarding.SafeguardingFigures;
import org.openasc.safeguarding.SafeguardingSummary;
import org.openasc.platform.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.web.Created;
import org.openasc.platform.web.Page;

/** Safeguarding over JSON: concerns, screening, enquiries and the figures. */
@Tag(name = "Safeguarding")
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

    @Operation(summary = "Raise a safeguarding concern about a person",
            description = "Screening is due by the third working day after it was received (receivedAt with an offset is converted to UK time).")
    @PostMapping(path = "/concerns", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.RAISE_CONCERNS)
    ResponseEntity<ConcernView> raise(@RequestBody SafeguardingCommands.NewConcern concern) {
        return Created.at("/api/v1/safeguarding/concerns/", concerns.raise(concern), ConcernView::id);
    }

    @Operation(summary = "List the concerns awaiting screening, with their due dates",
            description = "Soonest due first; one page at a time, with the total awaiting screening.")
    @GetMapping("/concerns")
    @PreAuthorize(Access.SCREEN_CONCERNS)
    Page<ConcernView> awaitingScreening(@Parameter(description = "The page, from 1") @RequestParam(required = false) Integer page,
                                        @Parameter(description = "Concerns a page: 50 unless given, at most 100") @RequestParam(required = false) Integer size) {
        return concerns.awaitingScreening(Page.pageNumber(page), Page.pageSize(size, 50));
    }

    @Operation(summary = "Read a safeguarding concern",
            description = "The Safeguarding Adults Team, the person who raised it and the locality it went to.")
    @GetMapping("/concerns/{id}")
    @PreAuthorize(Access.WORK_ENQUIRIES)
    ConcernView concern(@PathVariable UUID id) {
        return concerns.open(id);
    }

    @Operation(summary = "Screen a concern: the three section 42 criteria and the decision with reasons",
            description = "The Safeguarding Adults Team.")
    @PostMapping(path = "/concerns/{id}/screening", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.SCREEN_CONCERNS)
    ConcernView screen(@PathVariable UUID id, @RequestBody SafeguardingCommands.Screening screening) {
        return concerns.screen(id, screening);
    }

    @Operation(summary = "List the open safeguarding enquiries",
            description = "All of them for the Safeguarding Adults Team, their teams' for locality staff; oldest first, one page at a time, with the total open.")
    @GetMapping("/enquiries")
    @PreAuthorize(Access.WORK_ENQUIRIES)
    Page<EnquiryView> openEnquiries(@Parameter(description = "The page, from 1") @RequestParam(required = false) Integer page,
                                    @Parameter(description = "Enquiries a page: 50 unless given, at most 100") @RequestParam(required = false) Integer size) {
        return enquiries.openEnquiries(Page.pageNumber(page), Page.pageSize(size, 50));
    }

    @Operation(summary = "Read a safeguarding enquiry")
    @GetMapping("/enquiries/{id}")
    @PreAuthorize(Access.WORK_ENQUIRIES)
    EnquiryView enquiry(@PathVariable UUID id) {
        return enquiries.open(id);
    }

    @Operation(summary = "Record an allegation in an enquiry: type, location and source of risk")
    @PostMapping(path = "/enquiries/{id}/allegations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.WORK_ENQUIRIES)
    ResponseEntity<EnquiryView> allegation(@PathVariable UUID id, @RequestBody SafeguardingCommands.NewAllegation allegation) {
        return Created.body(enquiries.addAllegation(id, allegation));
    }

    @Operation(summary = "Record an enquiry's progress: strategy discussion, caused enquiry, Making Safeguarding Personal, capacity")
    @PostMapping(path = "/enquiries/{id}/progress", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.WORK_ENQUIRIES)
    EnquiryView progress(@PathVariable UUID id, @RequestBody SafeguardingCommands.EnquiryProgress progress) {
        return enquiries.progress(id, progress);
    }

    @Operation(summary = "Conclude a safeguarding enquiry",
            description = "Refused until what the Safeguarding Adults Collection needs is recorded.")
    @PostMapping(path = "/enquiries/{id}/conclude", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.WORK_ENQUIRIES)
    EnquiryView conclude(@PathVariable UUID id, @RequestBody SafeguardingCommands.Conclusion conclusion) {
        return enquiries.conclude(id, conclusion);
    }

    @Operation(summary = "Refer a case for a Safeguarding Adults Review")
    @PostMapping(path = "/reviews", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.SCREEN_CONCERNS)
    ResponseEntity<SafeguardingAdultsReviews.SarView> referReview(@RequestBody SafeguardingAdultsReviews.NewSar sar) {
        return Created.at("/api/v1/safeguarding/reviews/", reviews.refer(sar), SafeguardingAdultsReviews.SarView::id);
    }

    @Operation(summary = "List the Safeguarding Adults Reviews",
            description = "Newest referral first, one page at a time, with the total.")
    @GetMapping("/reviews")
    @PreAuthorize(Access.SCREEN_CONCERNS)
    Page<SafeguardingAdultsReviews.SarView> reviews(@Parameter(description = "The page, from 1") @RequestParam(required = false) Integer page,
                                                    @Parameter(description = "Reviews a page: 50 unless given, at most 100") @RequestParam(required = false) Integer size) {
        return reviews.all(Page.pageNumber(page), Page.pageSize(size, 50));
    }

    @Operation(summary = "Read a Safeguarding Adults Review")
    @GetMapping("/reviews/{id}")
    @PreAuthorize(Access.SCREEN_CONCERNS)
    SafeguardingAdultsReviews.SarView review(@PathVariable UUID id) {
        return reviews.open(id);
    }

    @Operation(summary = "Decide whether a referral meets the criteria for a Safeguarding Adults Review")
    @PostMapping(path = "/reviews/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.SCREEN_CONCERNS)
    SafeguardingAdultsReviews.SarView decide(@PathVariable UUID id, @RequestBody SafeguardingAdultsReviews.Decision decision) {
        return reviews.decide(id, decision);
    }

    @Operation(summary = "Record a Safeguarding Adults Review's progress")
    @PostMapping(path = "/reviews/{id}/progress", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.SCREEN_CONCERNS)
    SafeguardingAdultsReviews.SarView reviewProgress(@PathVariable UUID id, @RequestBody SafeguardingAdultsReviews.Progress progress) {
        return reviews.progress(id, progress);
    }

    @Operation(summary = "Add an action to a Safeguarding Adults Review's action plan")
    @PostMapping(path = "/reviews/{id}/actions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.SCREEN_CONCERNS)
    ResponseEntity<SafeguardingAdultsReviews.SarView> reviewAction(@PathVariable UUID id, @RequestBody SafeguardingAdultsReviews.NewAction action) {
        return Created.body(reviews.addAction(id, action));
    }

    @Operation(summary = "Read the safeguarding figures for a period")
    @GetMapping("/summary")
    @PreAuthorize(SafeguardingFigures.SEE)
    SafeguardingSummary summary(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return figures.summary(from, to);
    }

    @Operation(summary = "List the records behind a safeguarding figure",
            description = "Oldest received first, one page at a time, with the total the figure counts.")
    @GetMapping("/summary/records")
    @PreAuthorize("hasAnyRole('SAFEGUARDING','PERFORMANCE')")
    Page<SafeguardingFigures.FigureRecord> records(@RequestParam String figure, @RequestParam(required = false) String value,
                                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                   @Parameter(description = "The page, from 1") @RequestParam(required = false) Integer page,
                                                   @Parameter(description = "Records a page: 100 unless given, at most 100") @RequestParam(required = false) Integer size) {
        return figures.records(figure, value, from, to, Page.pageNumber(page), Page.pageSize(size, 100));
    }

    @Operation(summary = "Read the monthly organisational and community safeguarding tables")
    @GetMapping("/organisational")
    @PreAuthorize(SafeguardingFigures.SEE)
    SafeguardingSummary.Organisational organisational(@RequestParam(required = false) Integer year,
                                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return figures.organisational(year, asOf);
    }
}
