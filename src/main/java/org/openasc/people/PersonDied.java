package org.openasc.people;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A date of death was recorded on a person's record that had none: what other modules hold open for the person
 * (services, requests, review and monitoring clocks) ends on that day. {@code recordedBy} is who recorded it.
 */
public record PersonDied(UUID personId, LocalDate diedOn, String recordedBy) {
}
