package org.openasc.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.openasc.platform.calendar.Today;
import org.openasc.platform.records.RetentionSource;
import org.openasc.support.domain.SupportRetentionQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;

/**
 * Care and support's part of retention: the last day a service ended, a plan started, a review, a direct payment or a
 * discharge counts; an open service, direct payment or home-care package request means the record is in use (ongoing).
 * Nothing in care and support holds a record whatever its dates.
 */
@Component
@PreAuthorize(Access.ADMINISTER)
class SupportRetention implements RetentionSource {

    private final SupportRetentionQuery query;
    private final Clock clock;

    SupportRetention(SupportRetentionQuery query, Clock clock) {
        this.query = query;
        this.clock = clock;
    }

    @Override
    public Map<UUID, LocalDate> lastActivity() {
        Map<UUID, LocalDate> last = new HashMap<>();
        query.lastActivity(Today.on(clock)).forEach((person, a) -> last.put(person, a.ongoing() ? ONGOING : a.lastOn()));
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
