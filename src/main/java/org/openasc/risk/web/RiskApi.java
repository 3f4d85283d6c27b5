package org.openasc.risk.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.openasc.risk.RiskCommands;
import org.openasc.risk.RiskView;
import org.openasc.risk.Risks;

/** Risk registers over JSON. */
@RestController
@RequestMapping(path = "/api/v1/risks", produces = MediaType.APPLICATION_JSON_VALUE)
class RiskApi {

    private final Risks risks;

    RiskApi(Risks risks) {
        this.risks = risks;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RiskView> record(@RequestBody RiskCommands.RiskDetails risk) {
        RiskView recorded = risks.record(risk);
        return ResponseEntity.created(URI.create("/api/v1/risks/" + recorded.id())).body(recorded);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    RiskView change(@PathVariable UUID id, @RequestBody RiskCommands.RiskDetails risk) {
        return risks.change(id, risk);
    }

    @PostMapping(path = "/{id}/reviews", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RiskView> review(@PathVariable UUID id, @RequestBody RiskCommands.Review review) {
        return ResponseEntity.status(201).body(risks.review(id, review));
    }

    @GetMapping("/bands")
    List<RiskCommands.Band> bands() {
        return risks.bandList();
    }

    @PutMapping(path = "/bands", consumes = MediaType.APPLICATION_JSON_VALUE)
    List<RiskCommands.Band> setBands(@RequestBody List<RiskCommands.Band> bands) {
        return risks.setBands(bands);
    }

    @GetMapping("/registers")
    List<String> registers() {
        return risks.registers();
    }

    @PostMapping(path = "/registers", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<String>> addRegister(@RequestBody RiskCommands.NewRegister register) {
        return ResponseEntity.status(201).body(risks.addRegister(register));
    }

    /** The live signals a risk can be linked to (their keys go in a risk's {@code signals}). */
    @GetMapping("/signals")
    List<org.openasc.platform.signals.LiveSignals.Signal> signals() {
        return risks.signalCatalogue();
    }

    @GetMapping("/{id}")
    RiskView risk(@PathVariable UUID id) {
        return risks.open(id);
    }

    @GetMapping
    List<RiskView> search(@RequestParam(required = false) String register, @RequestParam(required = false) String rating) {
        return risks.search(register, rating);
    }
}
