package org.openasc.providers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** A provider location with its current rating and contract status, and their histories. */
public record LocationView(UUID id, String providerName, String cqcProviderId, String cqcLocationId, String name, String address,
                           String postcode, List<String> services, int registeredBeds, String zone, boolean careHome,
                           String currentRating, LocalDate ratedOn, List<StatusView> currentStatuses, List<RatingView> ratings,
                           List<StatusView> statusHistory, List<VisitView> visits, int version, Instant createdAt, String createdBy) {

    public record VisitView(UUID id, LocalDate visitedOn, String findings, String recordedBy, List<ActionView> actions) {
    }

    /** An action; overdue when not done and its due date has passed. */
    @Schema(name = "VisitActionView")
    public record ActionView(UUID id, String action, String owner, LocalDate dueOn, LocalDate doneOn, boolean overdue) {
    }

    public record RatingView(String rating, LocalDate ratedOn, String recordedBy) {
    }

    public record StatusView(long id, ContractStatus status, String label, LocalDate startDate, LocalDate endDate, String reason,
                             String latestUpdate, String recordedBy) {
    }

    /** "Active" when no other status is in force. */
    @com.fasterxml.jackson.annotation.JsonProperty("contractStatus")
    public String contractStatus() {
        return currentStatuses.isEmpty() ? "Active" : String.join(", ", currentStatuses.stream().map(StatusView::label).toList());
    }
}
