package org.openasc.frontdoor;

import java.time.LocalDate;

import org.openasc.platform.codelist.Coded;

/** The changes made to a request, each carrying the version it was based on. */
public final class RequestChanges {

    private RequestChanges() {
    }

    /** A manager's priority decision; {@code decidedOn} defaults to today. */
    public record PriorityDecision(String priority, String reason, LocalDate decidedOn, Integer version) {
    }

    /** Allocation to a team and, optionally, a worker in it; {@code allocatedOn} defaults to today. */
    public record Allocation(Long teamId, String worker, LocalDate allocatedOn, Integer version) {
    }

    /** The request ends with its CLD event outcome. */
    public record Closure(@Coded("event-outcome") String outcome, LocalDate closedOn, Integer version) {
    }

    /** A waiting-well check-in. */
    public record NewCheckIn(LocalDate heldOn, @Coded("check-in-outcome") String outcome, String notes) {
    }

    /** One of the 3 Conversations: 1 listen and connect, 2 work intensively in a crisis, 3 build a good life. */
    public record NewConversation(Integer number, LocalDate heldOn, String whatMatters, String agreed, String nextStep, String worker) {
    }
}
