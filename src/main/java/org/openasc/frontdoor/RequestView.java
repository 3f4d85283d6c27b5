package org.openasc.frontdoor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.openasc.people.PersonSummary;

/** A request for support with where it waits, its history and the work done on it. */
public record RequestView(UUID id, long requestNumber, UUID personId, PersonSummary person, UUID contactId,
                          String clientType, String routeOfAccess, boolean existingClient, LocalDate receivedOn, String summary,
                          Stage stage, Priority priority, String priorityReason, Long teamId, String teamName, String worker,
                          String workerName, LocalDate allocatedOn, long waitingDays, WaitBand waitBand,
                          LocalDate lastCheckInOn, LocalDate nextCheckInDue, boolean checkInOverdue,
                          LocalDate assessmentStartedOn, LocalDate assessmentCompletedOn,
                          LocalDate closedOn, String outcome, String layer, int version,
                          List<CheckIn> checkIns, List<Conversation> conversations, List<HistoryLine> history,
                          Instant createdAt, String createdBy) {

    public record CheckIn(UUID id, LocalDate heldOn, String outcome, String notes, String recordedBy) {
    }

    public record Conversation(UUID id, int number, LocalDate heldOn, String whatMatters, String agreed, String nextStep,
                               String worker, String recordedBy) {
    }

    @Schema(name = "RequestHistoryLine")
    public record HistoryLine(Instant occurredAt, String actor, String what, String detail) {
    }

    public boolean open() {
        return stage != Stage.CLOSED;
    }
}
