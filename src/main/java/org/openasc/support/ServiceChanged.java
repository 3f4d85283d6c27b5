package org.openasc.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** New terms for a service from a day (a price or hours change), with their reason; the service itself carries on. */
public record ServiceChanged(UUID serviceId, long serviceNumber, UUID personId, LocalDate effectiveFrom, BigDecimal weeklyCost,
                             String reason, String recordedBy) {
}
