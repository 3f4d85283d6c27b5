package org.openasc.frontdoor;

import java.time.LocalDate;
import java.util.UUID;

/** One request on a waiting list as it stood on the list's date. */
public record WaitingItem(UUID requestId, long requestNumber, UUID personId, String personName, Stage stage, Priority priority,
                          Long teamId, String worker, LocalDate receivedOn, long waitingDays, WaitBand waitBand,
                          LocalDate lastCheckInOn, LocalDate nextCheckInDue, boolean checkInOverdue) {
}
