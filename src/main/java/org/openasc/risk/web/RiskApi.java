package org.openasc.risk.web;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.openasc.risk.RiskCommands;
import org.openasc.risk.RiskView;
import org.openasc.risk.Risks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.web.Created;
import org.openasc.platform.web.Page;

/** Risk registers over JSON. */
@Tag(name = "Risks")
@RestController
@RequestMapping(path = "/api/v1/risks", produces = MediaType.APPLICATION_JSON_VALUE)
class RiskApi {

    private final Risks risks;

    RiskApi(Risks risks) {
        this.risks = risks;
    }

    @Operation(summary = "Record a risk on a register")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Risks.MANAGE)
    ResponseEntity<RiskView> record(@RequestBody RiskCommands.RiskDetails risk) {
        return Created.at("/api/v1/risks/", risks.record(risk), RiskView::id);
    }

    @Operation(summary = "Change a risk")
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Risks.MANAGE)
    RiskView change(@PathVariable UUID id, @RequestBody RiskCommands.RiskDetails risk) {
        return risks.change(id, risk);
    }

    @Operation(summary = "Record a review of a risk with its new scores")
    @PostMapping(path = "/{id}/reviews", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Risks.MANAGE)
    ResponseEntity<RiskView> review(@PathVariable UUID id, @RequestBody RiskCommands.Review review) {
        return Created.body(risks.review(id, review));
    }

    @Operation(summary = "Read the risk score bands")
    @GetMapping("/bands")
    @PreAuthorize(Risks.READ)
    List<RiskCommands.Band> bands() {
        return risks.bandList();
    }

    @Operation(summary = "Set the risk score bands")
    @PutMapping(path = "/bands", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Risks.CONFIGURE)
    List<RiskCommands.Band> setBands(@RequestBody List<RiskCommands.Band> bands) {
        return risks.setBands(bands);
    }

    @Operation(summary = "List the risk registers")
    @GetMapping("/registers")
    @PreAuthorize(Risks.READ)
    List<String> registers() {
        return risks.registers();
    }

    @Operation(summary = "Add a risk register")
    @PostMapping(path = "/registers", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Risks.CONFIGURE)
    ResponseEntity<List<String>> addRegister(@RequestBody RiskCommands.NewRegister register) {
        return Created.body(risks.addRegister(register));
    }

    /** The live signals a risk can be linked to (their keys go in a risk's {@code signals}). */
    @Operation(summary = "List the live signals a risk can be linked to")
    @GetMapping("/signals")
    @PreAuthorize(Risks.READ)
    List<org.openasc.platform.signals.LiveSignals.Signal> signals() {
        return risks.signalCatalogue();
    }

    @Operation(summary = "Read a risk with its controls, actions and reviews")
    @GetMapping("/{id}")
    @PreAuthorize(Risks.READ)
    RiskView risk(@PathVariable UUID id) {
        return risks.open(id);
    }

    @Operation(summary = "List the risks of a register",
            description = "Of one register (or all), optionally of one rating; highest net score first, one page at a time, with the total.")
    @GetMapping
    @PreAuthorize(Risks.READ)
    Page<RiskView> search(@RequestParam(required = false) String register, @RequestParam(required = false) String rating,
                          @Parameter(description = "The page, from 1") @RequestParam(required = false) Integer page,
                          @Parameter(description = "Risks a page: 50 unless given, at most 100") @RequestParam(required = false) Integer size) {
        return risks.search(register, rating, Page.pageNumber(page), Page.pageSize(size, 50));
    }
}
