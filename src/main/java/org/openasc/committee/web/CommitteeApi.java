package org.openasc.committee.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.openasc.committee.CommitteeCommands;
import org.openasc.committee.CommitteeView;
import org.openasc.committee.Committees;
import org.openasc.committee.MeetingView;
import org.openasc.committee.ReportView;
import org.openasc.committee.ReportRevisions;
import org.openasc.committee.Reports;
import org.openasc.platform.web.Page;
import org.openasc.platform.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.web.Created;

/** Committees, meetings, agendas and reports over JSON. */
@Tag(name = "Committees")
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class CommitteeApi {

    private final Committees committees;
    private final Reports reports;
    private final ReportRevisions reportRevisions;

    CommitteeApi(Committees committees, Reports reports, ReportRevisions reportRevisions) {
        this.committees = committees;
        this.reports = reports;
        this.reportRevisions = reportRevisions;
    }

    @Operation(summary = "Set up a committee")
    @PostMapping(path = "/committees", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Committees.SET_UP)
    ResponseEntity<CommitteeView> create(@RequestBody CommitteeCommands.NewCommittee committee) {
        return Created.at("/api/v1/committees/", committees.create(committee), CommitteeView::id);
    }

    @Operation(summary = "List the committees")
    @GetMapping("/committees")
    @PreAuthorize(Access.SIGNED_IN)
    Page<CommitteeView> committees() {
        return Page.whole(committees.committees());
    }

    @Operation(summary = "Read a committee with its meetings")
    @GetMapping("/committees/{id}")
    @PreAuthorize(Access.SIGNED_IN)
    CommitteeView committee(@PathVariable UUID id) {
        return committees.committee(id);
    }

    @Operation(summary = "Schedule a meeting of a committee")
    @PostMapping(path = "/committees/{id}/meetings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Committees.WORK)
    ResponseEntity<MeetingView> schedule(@PathVariable UUID id, @RequestBody CommitteeCommands.NewMeeting meeting) {
        return Created.at("/api/v1/meetings/", committees.schedule(id, meeting), MeetingView::id);
    }

    @Operation(summary = "Read a meeting with its agenda")
    @GetMapping("/meetings/{id}")
    @PreAuthorize(Access.SIGNED_IN)
    MeetingView meeting(@PathVariable UUID id) {
        return committees.meeting(id);
    }

    @Operation(summary = "Add an item to a meeting's agenda")
    @PostMapping(path = "/meetings/{id}/items", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Committees.WORK)
    ResponseEntity<MeetingView> addItem(@PathVariable UUID id, @RequestBody CommitteeCommands.NewItem item) {
        return Created.body(committees.addItem(id, item));
    }

    /** Publishes the agenda; refused, naming the report, while any report on it is not published. */
    @Operation(summary = "Publish a meeting's agenda")
    @PostMapping("/meetings/{id}/agenda/publication")
    @PreAuthorize(Committees.WORK)
    MeetingView publishAgenda(@PathVariable UUID id) {
        return committees.publishAgenda(id);
    }

    @Operation(summary = "Read a committee report")
    @GetMapping("/reports/{id}")
    @PreAuthorize(Access.SIGNED_IN)
    ReportView report(@PathVariable UUID id) {
        return reports.open(id);
    }

    @Operation(summary = "Write or change the text of a committee report")
    @PutMapping(path = "/reports/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Committees.WORK)
    ReportView write(@PathVariable UUID id, @RequestBody CommitteeCommands.ReportText text) {
        return reports.write(id, text);
    }

    @Operation(summary = "Submit a committee report for clearance")
    @PostMapping(path = "/reports/{id}/submit", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Committees.WORK)
    ReportView submit(@PathVariable UUID id, @RequestBody CommitteeCommands.Step step) {
        return reports.submit(id, step);
    }

    @Operation(summary = "Clear a committee report for publication")
    @PostMapping(path = "/reports/{id}/clear", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Committees.WORK)
    ReportView clear(@PathVariable UUID id, @RequestBody CommitteeCommands.Step step) {
        return reports.clear(id, step);
    }

    @Operation(summary = "Publish a committee report")
    @PostMapping(path = "/reports/{id}/publish", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Committees.WORK)
    ReportView publish(@PathVariable UUID id, @RequestBody CommitteeCommands.Step step) {
        return reports.publish(id, step);
    }

    @Operation(summary = "List the revisions of a committee report")
    @GetMapping("/reports/{id}/revisions")
    @PreAuthorize(Committees.WORK)
    Page<ReportView.Revision> revisions(@PathVariable UUID id) {
        List<ReportView.Revision> revisions = reportRevisions.revisions(id);
        return Page.whole(revisions);
    }
}
