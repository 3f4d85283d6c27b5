package org.openasc.committee.web;

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
import org.openasc.committee.Committees;
import org.openasc.platform.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.web.Created;

/** Minutes, actions and work programmes over JSON. */
@Tag(name = "Committees")
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

    @Operation(summary = "Write or change a meeting's draft minutes")
    @PutMapping(path = "/meetings/{id}/minutes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Committees.WORK)
    MinutesView writeMinutes(@PathVariable UUID id, @RequestBody CommitteeCommands.MinutesText text) {
        return minutes.write(id, text);
    }

    @Operation(summary = "Read a meeting's minutes")
    @GetMapping("/meetings/{id}/minutes")
    @PreAuthorize(Access.SIGNED_IN)
    MinutesView minutes(@PathVariable UUID id) {
        return minutes.minutes(id);
    }

    @Operation(summary = "Approve a meeting's minutes")
    @PostMapping(path = "/meetings/{id}/minutes/approval", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Committees.WORK)
    MinutesView approve(@PathVariable UUID id, @RequestBody CommitteeCommands.Approval approval) {
        return minutes.approve(id, approval);
    }

    @Operation(summary = "Record an action agreed at a meeting")
    @PostMapping(path = "/meetings/{id}/actions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Committees.WORK)
    ResponseEntity<ActionView> recordAction(@PathVariable UUID id, @RequestBody CommitteeCommands.NewAction action) {
        return Created.at("/api/v1/actions/", actions.record(id, action), ActionView::id);
    }

    @Operation(summary = "List the actions agreed at a meeting")
    @GetMapping("/meetings/{id}/actions")
    @PreAuthorize(Access.SIGNED_IN)
    Page<ActionView> actionsOfMeeting(@PathVariable UUID id) {
        return Page.whole(actions.ofMeeting(id));
    }

    @Operation(summary = "Respond to a committee action")
    @PostMapping(path = "/actions/{id}/response", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Committees.WORK)
    ActionView respond(@PathVariable UUID id, @RequestBody CommitteeCommands.ActionResponse response) {
        return actions.respond(id, response);
    }

    @Operation(summary = "Read a committee action")
    @GetMapping("/actions/{id}")
    @PreAuthorize(Access.SIGNED_IN)
    ActionView action(@PathVariable UUID id) {
        return actions.action(id);
    }

    /** Open ({@code status=open}, the default) or overdue actions the caller follows; {@code mine} the actions a councillor asked. */
    @Operation(summary = "List committee actions, by status")
    @GetMapping("/actions")
    @PreAuthorize(Access.SIGNED_IN)
    Page<ActionView> actions(@RequestParam(required = false) String status) {
        return Page.whole("mine".equals(status) ? actions.askedByMe() : actions.open(status == null ? "open" : status));
    }

    @Operation(summary = "Add an item to a committee's work programme")
    @PostMapping(path = "/committees/{id}/work-programme", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Committees.WORK)
    ResponseEntity<WorkProgrammeView> plan(@PathVariable UUID id, @RequestBody CommitteeCommands.WorkItem item) {
        return Created.body(workProgramme.plan(id, item));
    }

    @Operation(summary = "Read a committee's work programme")
    @GetMapping("/committees/{id}/work-programme")
    @PreAuthorize(Access.SIGNED_IN)
    Page<WorkProgrammeView> workProgramme(@PathVariable UUID id) {
        return Page.whole(workProgramme.of(id));
    }

    @Operation(summary = "Change an item of a work programme")
    @PutMapping(path = "/work-programme/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Committees.WORK)
    WorkProgrammeView change(@PathVariable UUID id, @RequestBody CommitteeCommands.WorkItem item) {
        return workProgramme.change(id, item);
    }
}
