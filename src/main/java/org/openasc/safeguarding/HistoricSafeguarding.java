package org.openasc.safeguarding;

import java.time.LocalDateTime;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Safeguarding history as the demo and benchmark councils load it in bulk. */
public final class HistoricSafeguarding {

    private HistoricSafeguarding() {
    }

    /** A concern, its screening if it has been screened, and the enquiry it opened if any. */
    public record Concern(UUID personId, LocalDateTime receivedAt, String source, String whatHappened, UUID locationId, String providerName,
                          Screening screening, Enquiry enquiry) {
    }

    public record Screening(LocalDate screenedOn, boolean criteriaMet, ScreeningDecision decision, Routing routedTo, Long teamId) {
    }

    public record Enquiry(List<Allegation> allegations, String mspAsked, String mspAchieved, String lackedCapacity, Boolean advocate,
                          LocalDate concludedOn, String conclusion, String riskAssessmentOutcome, String riskResult) {
    }

    public record Allegation(String typeOfRisk, String locationOfRisk, String sourceOfRisk) {
    }
}
