package org.openasc.safeguarding;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An enquiry with its allegations and everything the Safeguarding Adults Collection asks of it; {@code sealed} as in {@link ConcernView}. */
public record EnquiryView(UUID id, long enquiryNumber, UUID concernId, long concernNumber, UUID personId, String personName, String kind,
                          Long teamId, LocalDate startedOn, LocalDate strategyOn, String strategyAgencies, String causedTo,
                          LocalDate causedDueOn, LocalDate causedResponseOn, String causedResponse, String mspAsked, String mspOutcomes,
                          String mspAchieved, String lackedCapacity, Boolean advocate, String conclusion, String riskAssessmentOutcome,
                          String riskResult, LocalDate concludedOn, List<Allegation> allegations, int version, boolean sealed) {

    public record Allegation(long id, String typeOfRisk, String locationOfRisk, String sourceOfRisk) {
    }

    public boolean s42() {
        return "S42".equals(kind);
    }

    public boolean open() {
        return concludedOn == null;
    }
}
