package org.openasc.support;

import java.time.LocalDate;
import java.util.UUID;

/** A care and support plan written and not yet signed off, as the list of them shows it ("Restricted record" for a sealed person). */
public record PlanAwaitingSignOff(UUID planId, UUID personId, String personName, long teamId, String teamName, String worker, LocalDate startsOn,
                                  LocalDate writtenOn, String writtenBy) {
}
