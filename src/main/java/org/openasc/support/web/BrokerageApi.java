package org.openasc.support.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.openasc.support.Brokerage;
import org.openasc.support.PackageRequestView;
import org.openasc.support.SupportCommands;
import org.openasc.support.ZoneView;

/** Home care brokerage over JSON: zones, rates, package requests and the answers to offers. */
@RestController
@RequestMapping(path = "/api/v1/brokerage", produces = MediaType.APPLICATION_JSON_VALUE)
class BrokerageApi {

    private final Brokerage brokerage;

    BrokerageApi(Brokerage brokerage) {
        this.brokerage = brokerage;
    }

    @PostMapping(path = "/zones", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ZoneView> zone(@RequestBody SupportCommands.NewZone zone) {
        return ResponseEntity.status(201).body(brokerage.defineZone(zone));
    }

    @GetMapping("/zones")
    List<ZoneView> zones() {
        return brokerage.zones();
    }

    @PostMapping(path = "/price-rates", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> rate(@RequestBody SupportCommands.NewRate rate) {
        brokerage.setRate(rate);
        return ResponseEntity.status(201).build();
    }

    @PostMapping(path = "/requests", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PackageRequestView> request(@RequestBody SupportCommands.NewPackageRequest request) {
        PackageRequestView made = brokerage.request(request);
        return ResponseEntity.created(URI.create("/api/v1/brokerage/requests/" + made.id())).body(made);
    }

    @GetMapping("/requests")
    List<PackageRequestView> waiting() {
        return brokerage.waiting();
    }

    /** Packages whose care started in the last 12 months and how long they waited, for the caller's teams. */
    @GetMapping("/waits")
    Object waits() {
        return brokerage.waitsInYear();
    }

    @GetMapping("/requests/{id}")
    PackageRequestView open(@PathVariable UUID id) {
        return brokerage.open(id);
    }

    @PostMapping(path = "/requests/{id}/offers", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PackageRequestView> offer(@PathVariable UUID id, @RequestBody SupportCommands.NewOffer offer) {
        return ResponseEntity.status(201).body(brokerage.offer(id, offer));
    }

    @PostMapping(path = "/requests/{id}/offers/{offerId}/accept", consumes = MediaType.APPLICATION_JSON_VALUE)
    PackageRequestView accept(@PathVariable UUID id, @PathVariable UUID offerId, @RequestBody SupportCommands.Acceptance acceptance) {
        return brokerage.accept(id, offerId, acceptance);
    }

    @PostMapping(path = "/requests/{id}/offers/{offerId}/decline", consumes = MediaType.APPLICATION_JSON_VALUE)
    PackageRequestView decline(@PathVariable UUID id, @PathVariable UUID offerId, @RequestBody SupportCommands.Decline decline) {
        return brokerage.decline(id, offerId, decline);
    }
}
