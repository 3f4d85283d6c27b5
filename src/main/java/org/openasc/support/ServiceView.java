package org.openasc.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A service with the terms in force today (or on its last day, once ended) and every change of terms. */
public record ServiceView(UUID id, long serviceNumber, UUID personId, String personName, UUID planId, long teamId, String teamName,
                          String worker, String serviceType, String serviceComponent, String deliveryMechanism, UUID locationId,
                          String locationName, String cqcLocationId, String clientFundingStatus, LocalDate startDate, LocalDate endDate,
                          String endOutcome, String suspensionOverride, boolean longTerm, BigDecimal unitCost, String costFrequency,
                          BigDecimal plannedUnitsPerWeek, BigDecimal weeklyCost, List<Terms> terms, int version, Instant createdAt,
                          String createdBy) {

    /** Terms from a date. */
    public record Terms(LocalDate effectiveFrom, BigDecimal unitCost, String costFrequency, BigDecimal plannedUnitsPerWeek,
                        BigDecimal weeklyCost, String reason, String recordedBy) {
    }

    public boolean open() {
        return endDate == null;
    }
}
