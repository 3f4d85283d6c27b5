package org.openasc.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A home care package being sourced, its offers in order, and how long it has waited. */
public record PackageRequestView(UUID id, long requestNumber, UUID personId, String personName, long teamId, String teamName, String zone,
                                 String priceLevel, BigDecimal hoursPerWeek, LocalDate neededBy, String requirements, LocalDate requestedOn,
                                 Status status, List<Offer> offers, UUID serviceId, LocalDate serviceStartsOn, long daysWaiting, int version) {

    public enum Status { OFFERED, UNSOURCED, SOURCED, CANCELLED }

    public record Offer(UUID id, UUID locationId, String locationName, String tier, LocalDate offeredOn, String answer, LocalDate answeredOn,
                        String declineReason) {

        public boolean pending() {
            return answer == null;
        }
    }
}
