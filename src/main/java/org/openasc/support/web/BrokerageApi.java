package org.openasc.support.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.openasc.support.Brokerage;
import org.openasc.support.PackageRequestView;
import org.openasc.support.SupportCommands;
import org.openasc.support.ZoneView;
import org.openasc.platform.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.web.Created;
import org.openasc.platform.web.Page;

/** Home care brokerage over JSON: zones, rates, package requests and the answers to offers. */
@Tag(name = "Care and support")
@RestController
@RequestMapping(path = "/api/v1/brokerage", produces = MediaType.APPLICATION_JSON_VALUE)
class BrokerageApi {

    private final Brokerage brokerage;

    BrokerageApi(Brokerage brokerage) {
        this.brokerage = brokerage;
    }

    @Operation(summary = "Add a home care zone with its framework providers")
    @PostMapping(path = "/zones", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.BROKER)
    ResponseEntity<ZoneView> zone(@RequestBody SupportCommands.NewZone zone) {
        return Created.body(brokerage.defineZone(zone));
    }

    @Operation(summary = "List the home care zones")
    @GetMapping("/zones")
    @PreAuthorize(Access.WORK_SUPPORT)
    List<ZoneView> zones() {
        return brokerage.zones();
    }

    @Operation(summary = "Set a price level's hourly rate from a date")
    @PostMapping(path = "/price-rates", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.BROKER)
    ResponseEntity<Void> rate(@RequestBody SupportCommands.NewRate rate) {
        brokerage.setRate(rate);
        return Created.empty();
    }

    @Operation(summary = "Ask brokerage to source a home care package")
    @PostMapping(path = "/requests", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.WORK_SUPPORT)
    ResponseEntity<PackageRequestView> request(@RequestBody SupportCommands.NewPackageRequest request) {
        return Created.at("/api/v1/brokerage/requests/", brokerage.request(request), PackageRequestView::id);
    }

    @Operation(summary = "List the packages waiting to be sourced",
            description = "In the caller's teams (all for brokerage), longest waiting first; one page at a time, with the total waiting.")
    @GetMapping("/requests")
    @PreAuthorize(Access.WORK_SUPPORT)
    Page<PackageRequestView> waiting(@Parameter(description = "The page, from 1") @RequestParam(required = false) Integer page,
                                     @Parameter(description = "Packages a page: 50 unless given, at most 100") @RequestParam(required = false) Integer size) {
        return brokerage.waiting(Page.pageNumber(page), Page.pageSize(size, 50));
    }

    /** Packages whose care started in the last 12 months and how long they waited, for the caller's teams. */
    @Operation(summary = "Read how long packages wait to be sourced, and those unsourced")
    @GetMapping("/waits")
    @PreAuthorize(Access.WORK_SUPPORT)
    Object waits() {
        return brokerage.waitsInYear();
    }

    @Operation(summary = "Read a package request with its offers")
    @GetMapping("/requests/{id}")
    @PreAuthorize(Access.WORK_SUPPORT)
    PackageRequestView open(@PathVariable UUID id) {
        return brokerage.open(id);
    }

    @Operation(summary = "Offer a package to a framework provider")
    @PostMapping(path = "/requests/{id}/offers", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.BROKER)
    ResponseEntity<PackageRequestView> offer(@PathVariable UUID id, @RequestBody SupportCommands.NewOffer offer) {
        return Created.body(brokerage.offer(id, offer));
    }

    @Operation(summary = "Record that a provider accepted a package",
            description = "The service starts at the zone's price-level rate on the start date.")
    @PostMapping(path = "/requests/{id}/offers/{offerId}/accept", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.BROKER)
    PackageRequestView accept(@PathVariable UUID id, @PathVariable UUID offerId, @RequestBody SupportCommands.Acceptance acceptance) {
        return brokerage.accept(id, offerId, acceptance);
    }

    @Operation(summary = "Record that a provider declined a package, with the reason")
    @PostMapping(path = "/requests/{id}/offers/{offerId}/decline", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.BROKER)
    PackageRequestView decline(@PathVariable UUID id, @PathVariable UUID offerId, @RequestBody SupportCommands.Decline decline) {
        return brokerage.decline(id, offerId, decline);
    }
}
