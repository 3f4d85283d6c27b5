package org.openasc.frontdoor;

import java.time.LocalDate;
import java.util.Map;

/**
 * The front-door figures for a period, all computed from the record. Layer shares are percentages
 * (one decimal place) of contacts whose layer is known: safeguarding concerns and contacts whose
 * request is still open are counted, but outside the shares.
 */
public record FrontDoorSummary(LocalDate from, LocalDate to, Contacts contacts, Requests requests, WaitingSummary waiting,
                               Waits waitToAllocation, Waits waitToAssessment, Map<String, Long> assessmentsCompleted,
                               long assessmentsCompletedTotal, long conversationOnlyClosures, Map<String, Long> closedByOutcome) {

    public record Contacts(long total, Map<String, Long> byChannel, Map<String, Long> bySource, Map<String, Long> byLayer,
                           Map<String, Double> layerShares, Map<String, Long> byOutcome) {
    }

    public record Requests(long total, Map<String, Long> byRouteOfAccess, Map<String, Long> byClientType, long newClients,
                           long existingClients) {
    }

    /** Whole days from receipt: how many requests, and the median and 90th percentile wait (a wait some request had). */
    public record Waits(long requests, Double medianDays, Double percentile90Days) {
    }
}
