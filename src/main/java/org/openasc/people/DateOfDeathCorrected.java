package org.openasc.people;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A recorded date of death was corrected from {@code was} to {@code now} (ADR 29): what other modules ended because the
 * person died on {@code was} ends on {@code now} instead, unless someone has changed it since. {@code correctedBy} is who
 * corrected it.
 */
public record DateOfDeathCorrected(UUID personId, LocalDate was, LocalDate now, String correctedBy) {
}
