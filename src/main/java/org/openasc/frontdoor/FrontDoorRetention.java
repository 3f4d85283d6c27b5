package org.openasc.frontdoor;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.openasc.frontdoor.domain.FrontDoorRetentionQuery;
import org.openasc.platform.records.RetentionSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;

/**
 * The front door's part of retention: the last contact about a person or the last day a request of theirs was received or
 * closed counts; a request still open means the record is in use (ongoing), not held. Nothing else holds it.
 */
@Component
@PreAuthorize(Access.ADMINISTER)
class FrontDoorRetention implements RetentionSource {

    private final FrontDoorRetentionQuery query;

    FrontDoorRetention(FrontDoorRetentionQuery query) {
        this.query = query;
    }

    @Override
    public Map<UUID, LocalDate> lastActivity() {
        Map<UUID, LocalDate> last = new HashMap<>();
        query.lastActivity().forEach((person, a) -> last.put(person, a.ongoing() ? ONGOING : a.lastOn()));
        return last;
    }

    @Override
    public Optional<String> hold(UUID personId) {
        return Optional.empty();
    }

    @Override
    public void anonymise(UUID personId) {
        query.anonymise(personId);
    }

    @Override
    public void delete(UUID personId) {
        query.delete(personId);
    }
}
