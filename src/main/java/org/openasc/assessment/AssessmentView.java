package org.openasc.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.openasc.people.PersonSummary;

/** An assessment with its answers, the computed determination and its reasons. */
public record AssessmentView(UUID id, long assessmentNumber, UUID personId, PersonSummary person, UUID requestId,
                             String assessmentType, Kind kind, String method, LocalDate startedOn, LocalDate completedOn,
                             String worker, List<OutcomeView> outcomes, AssessmentCommands.CarerQuestions carer,
                             AssessmentCommands.CapacityQuestions capacity, Boolean eligible, List<String> reasons,
                             String eligibleNeedsIdentified, Boolean lacksCapacity, String authorisedBy, Instant authorisedAt,
                             String notes, int version, List<HistoryLine> history, Instant createdAt, String createdBy) {

    /** What the assessment decides: eligibility of needs, of a carer's needs, money, or capacity. */
    public enum Kind { NEEDS, CARER, FINANCIAL, CAPACITY }

    public record OutcomeView(String outcome, String label, Boolean unable, Boolean arisesFromImpairment, Boolean significantImpact) {
    }

    @Schema(name = "AssessmentHistoryLine")
    public record HistoryLine(Instant occurredAt, String actor, String what, String detail) {
    }

    public boolean completed() {
        return completedOn != null;
    }
}
