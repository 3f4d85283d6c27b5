package org.openasc.frontdoor.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
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

import org.openasc.frontdoor.ContactView;
import org.openasc.frontdoor.Contacts;
import org.openasc.frontdoor.NewContact;
import org.openasc.frontdoor.NewRequest;
import org.openasc.frontdoor.Priority;
import org.openasc.frontdoor.RequestChanges;
import org.openasc.frontdoor.RequestView;
import org.openasc.frontdoor.SupportRequests;
import org.openasc.frontdoor.WaitingItem;
import org.openasc.frontdoor.WaitingLists;
import org.openasc.frontdoor.WaitingSummary;
import org.openasc.platform.web.Page;
import org.openasc.platform.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.web.Created;

/** Contacts, requests for support and waiting lists over JSON: the same services as the pages. */
@Tag(name = "Front door")
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class FrontDoorApi {

    private final Contacts contacts;
    private final SupportRequests requests;
    private final WaitingLists waitingLists;

    FrontDoorApi(Contacts contacts, SupportRequests requests, WaitingLists waitingLists) {
        this.contacts = contacts;
        this.requests = requests;
        this.waitingLists = waitingLists;
    }

    @Operation(summary = "Record a contact at the front door",
            description = "Channel, who called, about whom (or someone not yet on the record) and what happened. An outcome of \"Request for support\" opens a request. Practitioners and team managers.")
    @PostMapping(path = "/contacts", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.WORK_REQUESTS)
    ResponseEntity<ContactView> logContact(@RequestBody NewContact contact) {
        return Created.at("/api/v1/contacts/", contacts.log(contact), ContactView::id);
    }

    @Operation(summary = "Read a contact")
    @GetMapping("/contacts/{id}")
    @PreAuthorize(Access.READ_PEOPLE)
    ContactView contact(@PathVariable UUID id) {
        return contacts.open(id);
    }

    @Operation(summary = "Open a request for support (a CLD Request event)")
    @PostMapping(path = "/requests", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.WORK_REQUESTS)
    ResponseEntity<RequestView> createRequest(@RequestBody NewRequest request) {
        return Created.at("/api/v1/requests/", requests.create(request), RequestView::id);
    }

    @Operation(summary = "Read a request for support with its history")
    @GetMapping("/requests/{id}")
    @PreAuthorize(Access.READ_PEOPLE)
    RequestView request(@PathVariable UUID id) {
        return requests.open(id);
    }

    @Operation(summary = "Decide a request's priority, with the reason",
            description = "Team managers. The priority sets when waiting-well check-ins are due.")
    @PostMapping(path = "/requests/{id}/priority", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.MANAGE_REQUESTS)
    RequestView prioritise(@PathVariable UUID id, @RequestBody RequestChanges.PriorityDecision decision) {
        return requests.prioritise(id, decision);
    }

    @Operation(summary = "Allocate a request to a team and a worker",
            description = "Team managers; the worker must be a member of the team.")
    @PostMapping(path = "/requests/{id}/allocation", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.MANAGE_REQUESTS)
    RequestView allocate(@PathVariable UUID id, @RequestBody RequestChanges.Allocation allocation) {
        return requests.allocate(id, allocation);
    }

    @Operation(summary = "Record a waiting-well check-in with the person")
    @PostMapping(path = "/requests/{id}/check-ins", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.WORK_REQUESTS)
    ResponseEntity<RequestView> checkIn(@PathVariable UUID id, @RequestBody RequestChanges.NewCheckIn checkIn) {
        return Created.body(requests.checkIn(id, checkIn));
    }

    @Operation(summary = "Record a 3 Conversations conversation")
    @PostMapping(path = "/requests/{id}/conversations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.WORK_REQUESTS)
    ResponseEntity<RequestView> converse(@PathVariable UUID id, @RequestBody RequestChanges.NewConversation conversation) {
        return Created.body(requests.converse(id, conversation));
    }

    @Operation(summary = "Close a request with its CLD event outcome")
    @PostMapping(path = "/requests/{id}/close", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.WORK_REQUESTS)
    RequestView close(@PathVariable UUID id, @RequestBody RequestChanges.Closure closure) {
        return requests.close(id, closure);
    }

    @Operation(summary = "List the waiting list, longest waits first, on today or a past date")
    @GetMapping("/waiting-list")
    @PreAuthorize(Access.READ_PEOPLE)
    Page<WaitingItem> waitingList(@RequestParam(required = false) Long team,
                                  @RequestParam(required = false) String stage,
                                  @RequestParam(required = false) String priority,
                                  @RequestParam(required = false) String band,
                                  @RequestParam(required = false) String worker,
                                  @RequestParam(required = false) Boolean overdue,
                                  @RequestParam(required = false) Boolean unallocated,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                  @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        return waitingLists.list(WaitingListParameters.filter(asOf, team, stage, priority, band, worker, overdue, unallocated),
                Page.pageNumber(page), Page.pageSize(size, 50));
    }

    @Operation(summary = "Count the waiting list by stage, priority and wait band")
    @GetMapping("/waiting-list/summary")
    @PreAuthorize(Access.READ_PEOPLE)
    WaitingSummary waitingSummary(@RequestParam(required = false) Long team,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return waitingLists.summary(WaitingListParameters.filter(asOf, team, null, null, null, null, null, null));
    }

    @Operation(summary = "List a worker's caseload (your own if no worker is named)")
    @GetMapping("/caseload")
    @PreAuthorize(Access.READ_PEOPLE)
    Page<WaitingItem> caseload(@RequestParam(required = false) String worker, @RequestParam(required = false) Integer page) {
        return waitingLists.caseload(worker == null ? org.openasc.platform.security.CurrentStaff.username() : worker.toLowerCase(),
                Page.pageNumber(page), 50);
    }

    @Operation(summary = "Read the days between waiting-well check-ins for each priority")
    @GetMapping("/check-in-intervals")
    @PreAuthorize(Access.SIGNED_IN)
    Map<Priority, Integer> intervals() {
        return requests.checkInIntervals();
    }

    @Operation(summary = "Set the days between waiting-well check-ins for each priority")
    @PutMapping(path = "/check-in-intervals", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.ADMINISTER)
    Map<Priority, Integer> setIntervals(@RequestBody Map<String, Integer> days) {
        return requests.setCheckInIntervals(days);
    }
}
