package org.openasc.assessment.web;

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
import org.springframework.web.bind.annotation.RestController;

import org.openasc.assessment.AssessmentCommands;
import org.openasc.assessment.AssessmentDecisions;
import org.openasc.assessment.AssessmentView;
import org.openasc.assessment.Assessments;
import org.openasc.platform.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.web.Created;

/** Assessments over JSON; responses carry the computed {@code eligible} and its {@code reasons}. */
@Tag(name = "Assessments")
@RestController
@RequestMapping(path = "/api/v1/assessments", produces = MediaType.APPLICATION_JSON_VALUE)
class AssessmentApi {

    private final Assessments assessments;
    private final AssessmentDecisions decisions;

    AssessmentApi(Assessments assessments, AssessmentDecisions decisions) {
        this.assessments = assessments;
        this.decisions = decisions;
    }

    @Operation(summary = "Start an assessment",
            description = "A Care Act needs, carer's, financial or mental capacity assessment of a person, usually for a request for support: the request moves to the assessment stage. Practitioners and team managers, for requests their team holds.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.WORK_REQUESTS)
    ResponseEntity<AssessmentView> start(@RequestBody AssessmentCommands.NewAssessment assessment) {
        return Created.at("/api/v1/assessments/", assessments.start(assessment), AssessmentView::id);
    }

    @Operation(summary = "Read an assessment with its eligibility and reasons")
    @GetMapping("/{id}")
    @PreAuthorize(Access.READ_PEOPLE)
    AssessmentView open(@PathVariable UUID id) {
        return assessments.open(id);
    }

    @Operation(summary = "Record answers to an assessment's questions")
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.WORK_REQUESTS)
    AssessmentView answer(@PathVariable UUID id, @RequestBody AssessmentCommands.Answers answers) {
        return assessments.answer(id, answers);
    }

    @Operation(summary = "Complete an assessment",
            description = "Eligibility is worked out from the answers and shown with its reasons; an eligible needs assessment then waits for a second manager to authorise it.")
    @PostMapping(path = "/{id}/complete", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.WORK_REQUESTS)
    AssessmentView complete(@PathVariable UUID id, @RequestBody AssessmentCommands.Completion completion) {
        return decisions.complete(id, completion);
    }

    @Operation(summary = "Authorise an assessment's eligibility decision",
            description = "A team manager other than the assessor authorises the decision.")
    @PostMapping(path = "/{id}/authorise", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.MANAGE_REQUESTS)
    AssessmentView authorise(@PathVariable UUID id, @RequestBody AssessmentCommands.Authorisation authorisation) {
        return decisions.authorise(id, authorisation);
    }
}
