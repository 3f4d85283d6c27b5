package org.openasc.safeguarding;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import org.openasc.platform.codelist.Coded;

/** What staff send to safeguarding. */
public final class SafeguardingCommands {

    private SafeguardingCommands() {
    }

    /** A concern: when it came in (council time), who raised it, about whom, where, what happened, risk now and action taken. */
    public record NewConcern(UUID personId, LocalDateTime receivedAt, @Coded("concern-source") String source, String location, String whatHappened,
                             String immediateRisk, String actionTaken, UUID locationId) {
    }

    /** The screening decision: the three s42 criteria, the decision with reasons, and where the work goes. */
    public record Screening(Integer version, LocalDate screenedOn, Boolean needsCareAndSupport, Boolean experiencingOrAtRisk,
                            Boolean unableToProtect, String decision, String reasons, String routedTo, Long routedTeamId) {
    }

    public record NewAllegation(@Coded("type-of-risk") String typeOfRisk, @Coded("location-of-risk") String locationOfRisk, @Coded("source-of-risk") String sourceOfRisk) {
    }

    /** What happens during the enquiry: strategy discussion, caused enquiry, Making Safeguarding Personal, capacity. */
    public record EnquiryProgress(Integer version, LocalDate strategyOn, String strategyAgencies, String causedTo, LocalDate causedDueOn,
                                  LocalDate causedResponseOn, String causedResponse, @Coded("msp-asked") String mspAsked, String mspOutcomes,
                                  @Coded("lacked-capacity") String lackedCapacity, Boolean advocate) {
    }

    /** The conclusion, with what the Safeguarding Adults Collection needs. */
    public record Conclusion(Integer version, LocalDate concludedOn, @Coded("enquiry-conclusion") String conclusion, @Coded("risk-assessment-outcome") String riskAssessmentOutcome, @Coded("risk-result") String riskResult,
                             @Coded("msp-achieved") String mspAchieved) {
    }
}
