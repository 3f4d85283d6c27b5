package org.openasc.committee.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

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
import org.openasc.committee.Reports;
import org.openasc.platform.web.Page;

/** Committees, meetings, agendas and reports over JSON. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class CommitteeApi {

    private final Committees committees;
    private final Reports reports;

    CommitteeApi(Committees committees, Reports reports) {
        this.committees = committees;
        this.reports = reports;
    }

    @PostMapping(path = "/committees", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommitteeView> create(@RequestBody CommitteeCommands.NewCommittee committee) {
        CommitteeView created = committees.create(committee);
        return ResponseEntity.created(URI.create("/api/v1/committees/" + created.id())).body(created);
    }

    @GetMapping("/committees")
    Page<CommitteeView> committees() {
        return Page.whole(committees.committees());
    }

    @GetMapping("/committees/{id}")
    CommitteeView committee(@PathVariable UUID id) {
        return committees.committee(id);
    }

    @PostMapping(path = "/committees/{id}/meetings", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<MeetingView> schedule(@PathVariable UUID id, @RequestBody CommitteeCommands.NewMeeting meeting) {
        MeetingView scheduled = committees.schedule(id, meeting);
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + scheduled.id())).body(scheduled);
    }

    @GetMapping("/meetings/{id}")
    MeetingView meeting(@PathVariable UUID id) {
        return committees.meeting(id);
    }

    @PostMapping(path = "/meetings/{id}/items", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<MeetingView> addItem(@PathVariable UUID id, @RequestBody CommitteeCommands.NewItem item) {
        return ResponseEntity.status(201).body(committees.addItem(id, item));
    }

    /** Publishes the agenda; refused, naming the report, while any report on it is not published. */
    @PostMapping("/meetings/{id}/agenda/publication")
    MeetingView publishAgenda(@PathVariable UUID id) {
        return committees.publishAgenda(id);
    }

    @GetMapping("/reports/{id}")
    ReportView report(@PathVariable UUID id) {
        return reports.open(id);
    }

    @PutMapping(path = "/reports/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReportView write(@PathVariable UUID id, @RequestBody CommitteeCommands.ReportText text) {
        return reports.write(id, text);
    }

    @PostMapping(path = "/reports/{id}/submit", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReportView submit(@PathVariable UUID id, @RequestBody CommitteeCommands.Step step) {
        return reports.submit(id, step);
    }

    @PostMapping(path = "/reports/{id}/clear", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReportView clear(@PathVariable UUID id, @RequestBody CommitteeCommands.Step step) {
        return reports.clear(id, step);
    }

    @PostMapping(path = "/reports/{id}/publish", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReportView publish(@PathVariable UUID id, @RequestBody CommitteeCommands.Step step) {
        return reports.publish(id, step);
    }

    @GetMapping("/reports/{id}/revisions")
    Page<ReportView.Revision> revisions(@PathVariable UUID id) {
        List<ReportView.Revision> revisions = reports.revisions(id);
        return Page.whole(revisions);
    }
}
