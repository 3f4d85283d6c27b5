package org.openasc.liberty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.openasc.liberty.domain.LibertyRetentionQuery;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.records.RetentionSource;
import org.openasc.platform.security.CurrentStaff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;

/**
 * Liberty's part in retention: DoLS applications (received, decided, the authorisation's end) and Mental Health Act assessments
 * count towards a person's last activity; a DoLS authorisation in force, or an application still awaiting its decision, holds
 * the record. Anonymising keeps the coded facts the DoLS return counts and replaces names and narratives. The retention
 * service checks who may dispose and audits; this answers for liberty's tables only.
 */
@Component
@PreAuthorize(Access.ADMINISTER)
class LibertyRetention implements RetentionSource {

    private final LibertyRetentionQuery query;
    private final Clock clock;

    LibertyRetention(LibertyRetentionQuery query, Clock clock) {
        this.query = query;
        this.clock = clock;
    }

    @Override
    public Map<UUID, LocalDate> lastActivity() {
        return query.lastActivity(Today.on(clock));
    }

    @Override
    public Optional<String> hold(UUID personId) {
        List<String> holds = query.holds(personId, Today.on(clock));
        return holds.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", holds));
    }

    @Override
    public void anonymise(UUID personId) {
        query.anonymise(personId, CurrentStaff.username());
    }

    @Override
    public void delete(UUID personId) {
        query.delete(personId);
    }
}
