package org.openasc.assessment.web;

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
import org.springframework.web.bind.annotation.RestController;

import org.openasc.assessment.AssessmentCommands;
import org.openasc.assessment.AssessmentView;
import org.openasc.assessment.Assessments;

/** Assessments over JSON; responses carry the computed {@code eligible} and its {@code reasons}. */
@RestController
@RequestMapping(path = "/api/v1/assessments", produces = MediaType.APPLICATION_JSON_VALUE)
class AssessmentApi {

    private final Assessments assessments;

    AssessmentApi(Assessments assessments) {
        this.assessments = assessments;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AssessmentView> start(@RequestBody AssessmentCommands.NewAssessment assessment) {
        AssessmentView started = assessments.start(assessment);
        return ResponseEntity.created(URI.create("/api/v1/assessments/" + started.id())).body(started);
    }

    @GetMapping("/{id}")
    AssessmentView open(@PathVariable UUID id) {
        return assessments.open(id);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    AssessmentView answer(@PathVariable UUID id, @RequestBody AssessmentCommands.Answers answers) {
        return assessments.answer(id, answers);
    }

    @PostMapping(path = "/{id}/complete", consumes = MediaType.APPLICATION_JSON_VALUE)
    AssessmentView complete(@PathVariable UUID id, @RequestBody AssessmentCommands.Completion completion) {
        return assessments.complete(id, completion);
    }

    @PostMapping(path = "/{id}/authorise", consumes = MediaType.APPLICATION_JSON_VALUE)
    AssessmentView authorise(@PathVariable UUID id, @RequestBody AssessmentCommands.Authorisation authorisation) {
        return assessments.authorise(id, authorisation);
    }
}
