package org.openasc.safeguarding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.openasc.platform.calendar.ClockStatus;

/**
 * A concern, its screening clock and decision, and the enquiry it opened if any. {@code sealed}: the
 * person's record is restricted and the viewer is not named on it, so only numbers, dates and the
 * clock are shown (a work list keeps its clocks without revealing the person). {@code contactId}: the front-door contact
 * the concern was opened from, if it was.
 */
public record ConcernView(UUID id, long concernNumber, UUID personId, String personName, Instant receivedAt, LocalDate receivedOn,
                          String source, String location, String whatHappened, String immediateRisk, String actionTaken, UUID locationId,
                          String providerName, boolean organisational, LocalDate screeningDueOn, ClockStatus screeningStatus,
                          LocalDate screenedOn, Boolean needsCareAndSupport, Boolean experiencingOrAtRisk, Boolean unableToProtect,
                          ScreeningDecision decision, String decisionReasons, Routing routedTo, Long routedTeamId, String decidedBy,
                          UUID enquiryId, int version, String createdBy, boolean sealed, UUID contactId) {
}
