package org.openasc.committee.web;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.openasc.committee.ActionView;
import org.openasc.committee.Actions;
import org.openasc.committee.CommitteeCommands;
import org.openasc.committee.Minutes;
import org.openasc.committee.MinutesView;
import org.openasc.committee.WorkProgramme;
import org.openasc.committee.WorkProgrammeView;
import org.openasc.platform.web.Page;

/** Minutes, actions and work programmes over JSON. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class MeetingRecordsApi {

    private final Minutes minutes;
    private final Actions actions;
    private final WorkProgramme workProgramme;

    MeetingRecordsApi(Minutes minutes, Actions actions, WorkProgramme workProgramme) {
        this.minutes = minutes;
        this.actions = actions;
        this.workProgramme = workProgramme;
    }

    @PutMapping(path = "/meetings/{id}/minutes", consumes = MediaType.APPLICATION_JSON_VALUE)
    MinutesView writeMinutes(@PathVariable UUID id, @RequestBody CommitteeCommands.MinutesText text) {
        return minutes.write(id, text);
    }

    @GetMapping("/meetings/{id}/minutes")
    MinutesView minutes(@PathVariable UUID id) {
        return minutes.minutes(id);
    }

    @PostMapping(path = "/meetings/{id}/minutes/approval", consumes = MediaType.APPLICATION_JSON_VALUE)
    MinutesView approve(@PathVariable UUID id, @RequestBody CommitteeCommands.Approval approval) {
        return minutes.approve(id, approval);
    }

    @PostMapping(path = "/meetings/{id}/actions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ActionView> recordAction(@PathVariable UUID id, @RequestBody CommitteeCommands.NewAction action) {
        ActionView recorded = actions.record(id, action);
        return ResponseEntity.created(URI.create("/api/v1/actions/" + recorded.id())).body(recorded);
    }

    @GetMapping("/meetings/{id}/actions")
    Page<ActionView> actionsOfMeeting(@PathVariable UUID id) {
        return Page.whole(actions.ofMeeting(id));
    }

    @PostMapping(path = "/actions/{id}/response", consumes = MediaType.APPLICATION_JSON_VALUE)
    ActionView respond(@PathVariable UUID id, @RequestBody CommitteeCommands.ActionResponse response) {
        return actions.respond(id, response);
    }

    @GetMapping("/actions/{id}")
    ActionView action(@PathVariable UUID id) {
        return actions.action(id);
    }

    /** Open ({@code status=open}, the default) or overdue actions the caller follows; {@code mine} the actions a councillor asked. */
    @GetMapping("/actions")
    Page<ActionView> actions(@RequestParam(required = false) String status) {
        return Page.whole("mine".equals(status) ? actions.askedByMe() : actions.open(status == null ? "open" : status));
    }

    @PostMapping(path = "/committees/{id}/work-programme", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<WorkProgrammeView> plan(@PathVariable UUID id, @RequestBody CommitteeCommands.WorkItem item) {
        return ResponseEntity.status(201).body(workProgramme.plan(id, item));
    }

    @GetMapping("/committees/{id}/work-programme")
    Page<WorkProgrammeView> workProgramme(@PathVariable UUID id) {
        return Page.whole(workProgramme.of(id));
    }

    @PutMapping(path = "/work-programme/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    WorkProgrammeView change(@PathVariable UUID id, @RequestBody CommitteeCommands.WorkItem item) {
        return workProgramme.change(id, item);
    }
}
