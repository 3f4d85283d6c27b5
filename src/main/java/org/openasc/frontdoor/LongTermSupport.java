package org.openasc.frontdoor;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Whether a person had open long-term support on a date: a request from such a person is from an
 * existing client, otherwise a new one (SALT STS001 and STS002). The care and support module
 * answers it from services; until it is installed nobody has long-term support recorded, so every
 * request is from a new client.
 */
public interface LongTermSupport {

    boolean openOn(UUID personId, LocalDate date);

    /** The same question for many requests at once: of the (person, date) pairs at each index, the indices that had it open. */
    Set<Integer> openOnEach(List<UUID> personIds, List<LocalDate> dates);
}
