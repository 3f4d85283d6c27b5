package org.openasc.frontdoor;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Front-door activity that has already happened, for loading a demo or benchmark council in bulk:
 * each contact and request with the dates of everything that happened to it.
 */
public final class HistoricActivity {

    private HistoricActivity() {
    }

    public record Contact(UUID id, LocalDateTime receivedAt, String channel, String source, UUID personId, String unknownPerson,
                          String reason, String outcome, String signpostedTo, String passedTo, UUID requestId) {
    }

    public record CheckIn(LocalDate heldOn, String outcome) {
    }

    public record Conversation(int number, LocalDate heldOn, String whatMatters, String agreed, String nextStep) {
    }

    /** A request and what happened to it; a null date means that step has not happened (yet). */
    public record Request(UUID id, UUID personId, UUID contactId, String clientType, String routeOfAccess, LocalDate receivedOn,
                          String summary, Priority priority, String priorityReason, LocalDate prioritisedOn, Long teamId, String worker,
                          LocalDate allocatedOn, LocalDate workerAllocatedOn, List<CheckIn> checkIns, List<Conversation> conversations,
                          UUID assessmentId, String assessmentType, LocalDate assessmentStartedOn, LocalDate assessmentCompletedOn,
                          LocalDate closedOn, String outcome) {
    }
}
