package org.openasc.providers;

import java.util.List;
import java.util.UUID;

/** What placing a person with a location needs to know on a date. */
public record LocationStanding(UUID id, String name, String cqcLocationId, String zone, List<String> services, boolean suspended) {

    public boolean offers(String service) {
        return services.contains(service);
    }
}
