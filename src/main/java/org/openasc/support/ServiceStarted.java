package org.openasc.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A service (CLD Service event) started for a person, with its first weekly cost. */
public record ServiceStarted(UUID serviceId, long serviceNumber, UUID personId, long teamId, String serviceType, String serviceComponent,
                             String deliveryMechanism, UUID locationId, LocalDate startDate, BigDecimal weeklyCost, String recordedBy) {
}
