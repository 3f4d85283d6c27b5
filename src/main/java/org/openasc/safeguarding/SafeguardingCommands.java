package org.openasc.safeguarding;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** What staff send to safeguarding. */
public final class SafeguardingCommands {

    private SafeguardingCommands() {
    }

    /** A concern: when it came in (council time), who raised it, about whom, where, what happened, risk now and action taken. */
    public record NewConcern(UUID personId, LocalDateTime receivedAt, String source, String location, String whatHappened,
                             String immediateRisk, String actionTaken, UUID locationId) {
    }

    /** The screening decision: the three s42 criteria, the decision with reasons, and where the work goes. */
    public record Screening(Integer version, LocalDate screenedOn, Boolean needsCareAndSupport, Boolean experiencingOrAtRisk,
                            Boolean unableToProtect, String decision, String reasons, String routedTo, Long routedTeamId) {
    }

    public record NewAllegation(String typeOfRisk, String locationOfRisk, String sourceOfRisk) {
    }

    /** What happens during the enquiry: strategy discussion, caused enquiry, Making Safeguarding Personal, capacity. */
    public record EnquiryProgress(Integer version, LocalDate strategyOn, String strategyAgencies, String causedTo, LocalDate causedDueOn,
                                  LocalDate causedResponseOn, String causedResponse, String mspAsked, String mspOutcomes,
                                  String lackedCapacity, Boolean advocate) {
    }

    /** The conclusion, with what the Safeguarding Adults Collection needs. */
    public record Conclusion(Integer version, LocalDate concludedOn, String conclusion, String riskAssessmentOutcome, String riskResult,
                             String mspAchieved) {
    }
}
