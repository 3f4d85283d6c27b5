package org.openasc.providers.web;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
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

import org.openasc.platform.web.Page;
import org.openasc.providers.ContractStatus;
import org.openasc.providers.CareHomeRatings;
import org.openasc.providers.LocationView;
import org.openasc.providers.MarketSummary;
import org.openasc.providers.ProviderCommands;
import org.openasc.providers.ProviderRegister;
import org.openasc.platform.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.web.Created;

/** The provider register over JSON. A "provider" here is a CQC location with its registered provider. */
@Tag(name = "Providers")
@RestController
@RequestMapping(path = "/api/v1/providers", produces = MediaType.APPLICATION_JSON_VALUE)
class ProviderApi {

    private final ProviderRegister register;
    private final CareHomeRatings ratings;

    ProviderApi(ProviderRegister register, CareHomeRatings ratings) {
        this.register = register;
        this.ratings = ratings;
    }

    @Operation(summary = "Add a CQC location to the provider register")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.MANAGE_PROVIDERS)
    ResponseEntity<LocationView> register(@RequestBody ProviderCommands.NewLocation location) {
        return Created.at("/api/v1/providers/", register.register(location), LocationView::id);
    }

    @Operation(summary = "Search the provider register")
    @GetMapping
    @PreAuthorize(Access.READ_PROVIDERS)
    Page<LocationView> search(@RequestParam(required = false) String q, @RequestParam(required = false) String zone,
                              @RequestParam(required = false) String service, @RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size) {
        return register.search(q, zone, service, Page.pageNumber(page), Page.pageSize(size, 50));
    }

    @Operation(summary = "Read a location on the provider register with its ratings and contract status")
    @GetMapping("/{id}")
    @PreAuthorize(Access.READ_PROVIDERS)
    LocationView open(@PathVariable UUID id) {
        return register.open(id);
    }

    @Operation(summary = "Record a CQC rating as published")
    @PostMapping(path = "/{id}/ratings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.MANAGE_PROVIDERS)
    ResponseEntity<LocationView> rate(@PathVariable UUID id, @RequestBody ProviderCommands.NewRating rating) {
        return Created.body(register.rate(id, rating));
    }

    @Operation(summary = "Suspend new placements with a provider location")
    @PostMapping(path = "/{id}/suspensions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.MANAGE_PROVIDERS)
    ResponseEntity<LocationView> suspend(@PathVariable UUID id, @RequestBody ProviderCommands.NewStatus suspension) {
        return Created.body(register.setStatus(id, new ProviderCommands.NewStatus(ContractStatus.SUSPENDED.name(),
                suspension.startDate(), suspension.endDate(), suspension.reason(), suspension.latestUpdate())));
    }

    @Operation(summary = "Record a contract status: enhanced monitoring, notice of proposal, closing")
    @PostMapping(path = "/{id}/statuses", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.MANAGE_PROVIDERS)
    ResponseEntity<LocationView> status(@PathVariable UUID id, @RequestBody ProviderCommands.NewStatus status) {
        return Created.body(register.setStatus(id, status));
    }

    @Operation(summary = "Record a quality monitoring visit with its actions")
    @PostMapping(path = "/{id}/quality-visits", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.MANAGE_PROVIDERS)
    ResponseEntity<LocationView> visit(@PathVariable UUID id, @RequestBody ProviderCommands.NewVisit visit) {
        return Created.body(register.recordVisit(id, visit));
    }

    @Operation(summary = "Record that an action from a quality visit is done")
    @PostMapping(path = "/{id}/quality-visits/{visitId}/actions/{actionId}/done", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.MANAGE_PROVIDERS)
    LocationView actionDone(@PathVariable UUID id, @PathVariable UUID visitId, @PathVariable UUID actionId,
                            @RequestBody ProviderCommands.ActionDone done) {
        return register.actionDone(id, visitId, actionId, done);
    }

    @Operation(summary = "List the care homes behind a market summary figure")
    @GetMapping("/summary/homes")
    @PreAuthorize(Access.DRILL_DOWN)
    CareHomeRatings.Listing ratedHomes(@RequestParam(required = false) String figure,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return ratings.homes(figure, asOf);
    }

    @Operation(summary = "Read the care home market summary on a date")
    @GetMapping("/summary")
    @PreAuthorize(Access.SEE_MARKET)
    MarketSummary summary(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return register.summary(asOf);
    }
}
