package org.openasc.frontdoor.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

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

/** Contacts, requests for support and waiting lists over JSON: the same services as the pages. */
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

    @PostMapping(path = "/contacts", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ContactView> logContact(@RequestBody NewContact contact) {
        ContactView logged = contacts.log(contact);
        return ResponseEntity.created(URI.create("/api/v1/contacts/" + logged.id())).body(logged);
    }

    @GetMapping("/contacts/{id}")
    ContactView contact(@PathVariable UUID id) {
        return contacts.open(id);
    }

    @PostMapping(path = "/requests", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RequestView> createRequest(@RequestBody NewRequest request) {
        RequestView created = requests.create(request);
        return ResponseEntity.created(URI.create("/api/v1/requests/" + created.id())).body(created);
    }

    @GetMapping("/requests/{id}")
    RequestView request(@PathVariable UUID id) {
        return requests.open(id);
    }

    @PostMapping(path = "/requests/{id}/priority", consumes = MediaType.APPLICATION_JSON_VALUE)
    RequestView prioritise(@PathVariable UUID id, @RequestBody RequestChanges.PriorityDecision decision) {
        return requests.prioritise(id, decision);
    }

    @PostMapping(path = "/requests/{id}/allocation", consumes = MediaType.APPLICATION_JSON_VALUE)
    RequestView allocate(@PathVariable UUID id, @RequestBody RequestChanges.Allocation allocation) {
        return requests.allocate(id, allocation);
    }

    @PostMapping(path = "/requests/{id}/check-ins", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RequestView> checkIn(@PathVariable UUID id, @RequestBody RequestChanges.NewCheckIn checkIn) {
        return ResponseEntity.status(201).body(requests.checkIn(id, checkIn));
    }

    @PostMapping(path = "/requests/{id}/conversations", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RequestView> converse(@PathVariable UUID id, @RequestBody RequestChanges.NewConversation conversation) {
        return ResponseEntity.status(201).body(requests.converse(id, conversation));
    }

    @PostMapping(path = "/requests/{id}/close", consumes = MediaType.APPLICATION_JSON_VALUE)
    RequestView close(@PathVariable UUID id, @RequestBody RequestChanges.Closure closure) {
        return requests.close(id, closure);
    }

    @GetMapping("/waiting-list")
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

    @GetMapping("/waiting-list/summary")
    WaitingSummary waitingSummary(@RequestParam(required = false) Long team,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return waitingLists.summary(WaitingListParameters.filter(asOf, team, null, null, null, null, null, null));
    }

    @GetMapping("/caseload")
    Page<WaitingItem> caseload(@RequestParam(required = false) String worker, @RequestParam(required = false) Integer page) {
        return waitingLists.caseload(worker == null ? org.openasc.platform.security.CurrentStaff.username() : worker.toLowerCase(),
                Page.pageNumber(page), 50);
    }

    @GetMapping("/check-in-intervals")
    Map<Priority, Integer> intervals() {
        return requests.checkInIntervals();
    }

    @PutMapping(path = "/check-in-intervals", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<Priority, Integer> setIntervals(@RequestBody Map<String, Integer> days) {
        return requests.setCheckInIntervals(days);
    }
}
