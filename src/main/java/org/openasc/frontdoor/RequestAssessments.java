package org.openasc.frontdoor;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.openasc.assessment.AssessmentAuthorised;
import org.openasc.assessment.AssessmentCompleted;
import org.openasc.assessment.AssessmentStarted;
import org.openasc.frontdoor.domain.RequestStore;
import org.openasc.frontdoor.domain.Versioned;
import org.openasc.platform.records.VersionClaims;
import org.openasc.frontdoor.domain.RequestStore.RequestRow;
import org.openasc.platform.security.CurrentStaff;

/**
 * Moves a request for support on as the assessment module announces that its assessment started, completed and was
 * authorised (ADR 20): the request keeps the dates its waiting list and figures read, work having started puts it at
 * "assessment in progress", and its history says so. Run after the assessment is saved, by the system; an announcement
 * delivered again, or out of order, changes the request once.
 */
@Component
class RequestAssessments {

    private final RequestStore requests;
    private final SupportRequests workflow;
    private final VersionClaims claims;

    RequestAssessments(RequestStore requests, SupportRequests workflow, VersionClaims claims) {
        this.requests = requests;
        this.workflow = workflow;
        this.claims = claims;
    }

    @ApplicationModuleListener
    void on(AssessmentStarted started) {
        if (started.requestId() != null) {
            requests.lock(started.requestId()).ifPresent(row -> keep(row, started.assessmentId(), started.assessmentNumber(),
                    started.assessmentType(), started.startedOn(), null, started.recordedBy()));
        }
    }

    @ApplicationModuleListener
    void on(AssessmentCompleted completed) {
        if (completed.requestId() != null) {
            requests.lock(completed.requestId()).ifPresent(row -> keep(row, completed.assessmentId(), completed.assessmentNumber(),
                    completed.assessmentType(), completed.startedOn(), completed.completedOn(), completed.recordedBy()));
        }
    }

    @ApplicationModuleListener
    void on(AssessmentAuthorised authorised) {
        if (authorised.requestId() == null) {
            return;
        }
        requests.lock(authorised.requestId()).ifPresent(row -> {
            keep(row, authorised.assessmentId(), authorised.assessmentNumber(), authorised.assessmentType(), authorised.startedOn(),
                    authorised.completedOn(), null);
            if (requests.assessmentAuthorised(authorised.assessmentId(), authorised.authorisedOn())) {
                requests.history(row.id(), CurrentStaff.SYSTEM, "Eligibility authorised", describe(authorised.assessmentType(),
                        authorised.assessmentNumber()) + ": " + (authorised.eligible() ? "eligible" : "not eligible") + ", authorised "
                        + authorised.authorisedOn() + " by " + authorised.authorisedBy());
            }
        });
    }

    /** Keeps the assessment's dates on the request unless it has them already, and moves an open request's stage. */
    private void keep(RequestRow row, UUID assessmentId, long number, String type, LocalDate startedOn, LocalDate completedOn, String by) {
        if (requests.assessmentKept(assessmentId, startedOn, completedOn)) {
            return;
        }
        String system = CurrentStaff.SYSTEM;
        requests.assessment(row.id(), assessmentId, type, startedOn, completedOn);
        requests.history(row.id(), system, completedOn == null ? "Assessment started" : "Assessment completed", describe(type, number)
                + (completedOn == null ? ", started " + startedOn : ", completed " + completedOn) + (by == null ? "" : " by " + by));
        if (row.stage() != Stage.CLOSED) {
            claims.claim(Versioned.SUPPORT_REQUEST, row.id(), row.version(), system);
            workflow.restage(row.id(), startedOn, system);
        }
    }

    private static String describe(String type, long number) {
        return type + " " + number;
    }
}
