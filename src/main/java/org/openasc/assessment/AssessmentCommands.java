package org.openasc.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.openasc.platform.codelist.Coded;

/** What staff send to start, answer, complete and authorise an assessment. */
public final class AssessmentCommands {

    private AssessmentCommands() {
    }

    /** Start an assessment of a person, for a request for support where there is one. The worker defaults to the caller. */
    public record NewAssessment(UUID personId, UUID requestId, @Coded("assessment-type") String assessmentType, @Coded("method-of-assessment") String method, LocalDate startedOn, String worker) {
    }

    /** The answers so far; anything not sent stays as it was. */
    public record Answers(Integer version, @Coded("method-of-assessment") String method, List<OutcomeAnswer> outcomes, CarerQuestions carer, CapacityQuestions capacity,
                          String notes) {
    }

    /** One eligibility outcome: {@code outcome} is its name, like PERSONAL_HYGIENE. */
    public record OutcomeAnswer(String outcome, Boolean unable, Boolean arisesFromImpairment, Boolean significantImpact) {
    }

    public record CarerQuestions(Boolean needsFromCaring, Boolean healthAtRisk, Boolean significantImpact) {
    }

    public record CapacityQuestions(String decision, Boolean impairment, Boolean unableToUnderstand, Boolean unableToRetain,
                                    Boolean unableToWeigh, Boolean unableToCommunicate, Boolean causedByImpairment,
                                    String bestInterestsDecision) {
    }

    /** {@code outcome} is what followed, from the CLD event outcome list (not asked of a capacity or financial assessment). */
    public record Completion(LocalDate completedOn, Integer version, @Coded("event-outcome") String outcome) {

        public Completion(LocalDate completedOn, Integer version) {
            this(completedOn, version, null);
        }
    }

    public record Authorisation(Integer version) {
    }
}
