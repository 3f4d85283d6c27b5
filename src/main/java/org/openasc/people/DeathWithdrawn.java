package org.openasc.people;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A date of death ({@code was}) was taken off a person's record as recorded in error (ADR 29): what other modules ended
 * because the person died is reopened as it was, unless someone has changed it since. {@code withdrawnBy} is who took it off.
 */
public record DeathWithdrawn(UUID personId, LocalDate was, String withdrawnBy) {
}
