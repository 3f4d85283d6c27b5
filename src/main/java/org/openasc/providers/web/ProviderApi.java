package org.openasc.providers.web;

import java.net.URI;
import java.time.LocalDate;
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

import org.openasc.platform.web.Page;
import org.openasc.providers.ContractStatus;
import org.openasc.providers.CareHomeRatings;
import org.openasc.providers.LocationView;
import org.openasc.providers.MarketSummary;
import org.openasc.providers.ProviderCommands;
import org.openasc.providers.ProviderRegister;

/** The provider register over JSON. A "provider" here is a CQC location with its registered provider. */
@RestController
@RequestMapping(path = "/api/v1/providers", produces = MediaType.APPLICATION_JSON_VALUE)
class ProviderApi {

    private final ProviderRegister register;
    private final CareHomeRatings ratings;

    ProviderApi(ProviderRegister register, CareHomeRatings ratings) {
        this.register = register;
        this.ratings = ratings;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<LocationView> register(@RequestBody ProviderCommands.NewLocation location) {
        LocationView created = register.register(location);
        return ResponseEntity.created(URI.create("/api/v1/providers/" + created.id())).body(created);
    }

    @GetMapping
    Page<LocationView> search(@RequestParam(required = false) String q, @RequestParam(required = false) String zone,
                              @RequestParam(required = false) String service, @RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size) {
        return register.search(q, zone, service, Page.pageNumber(page), Page.pageSize(size, 50));
    }

    @GetMapping("/{id}")
    LocationView open(@PathVariable UUID id) {
        return register.open(id);
    }

    @PostMapping(path = "/{id}/ratings", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<LocationView> rate(@PathVariable UUID id, @RequestBody ProviderCommands.NewRating rating) {
        return ResponseEntity.status(201).body(register.rate(id, rating));
    }

    @PostMapping(path = "/{id}/suspensions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<LocationView> suspend(@PathVariable UUID id, @RequestBody ProviderCommands.NewStatus suspension) {
        return ResponseEntity.status(201).body(register.setStatus(id, new ProviderCommands.NewStatus(ContractStatus.SUSPENDED.name(),
                suspension.startDate(), suspension.endDate(), suspension.reason(), suspension.latestUpdate())));
    }

    @PostMapping(path = "/{id}/statuses", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<LocationView> status(@PathVariable UUID id, @RequestBody ProviderCommands.NewStatus status) {
        return ResponseEntity.status(201).body(register.setStatus(id, status));
    }

    @PostMapping(path = "/{id}/quality-visits", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<LocationView> visit(@PathVariable UUID id, @RequestBody ProviderCommands.NewVisit visit) {
        return ResponseEntity.status(201).body(register.recordVisit(id, visit));
    }

    @PostMapping(path = "/{id}/quality-visits/{visitId}/actions/{actionId}/done", consumes = MediaType.APPLICATION_JSON_VALUE)
    LocationView actionDone(@PathVariable UUID id, @PathVariable UUID visitId, @PathVariable UUID actionId,
                            @RequestBody ProviderCommands.ActionDone done) {
        return register.actionDone(id, visitId, actionId, done);
    }

    @GetMapping("/summary/homes")
    CareHomeRatings.Listing ratedHomes(@RequestParam(required = false) String figure,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return ratings.homes(figure, asOf);
    }

    @GetMapping("/summary")
    MarketSummary summary(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return register.summary(asOf);
    }
}
