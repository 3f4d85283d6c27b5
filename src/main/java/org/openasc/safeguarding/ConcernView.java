package org.openasc.safeguarding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.openasc.platform.calendar.ClockStatus;

/** A concern, its screening clock and decision, and the enquiry it opened if any. */
public record ConcernView(UUID id, long concernNumber, UUID personId, String personName, Instant receivedAt, LocalDate receivedOn,
                          String source, String location, String whatHappened, String immediateRisk, String actionTaken, UUID locationId,
                          String providerName, boolean organisational, LocalDate screeningDueOn, ClockStatus screeningStatus,
                          LocalDate screenedOn, Boolean needsCareAndSupport, Boolean experiencingOrAtRisk, Boolean unableToProtect,
                          ScreeningDecision decision, String decisionReasons, Routing routedTo, Long routedTeamId, String decidedBy,
                          UUID enquiryId, int version, String createdBy) {
}
