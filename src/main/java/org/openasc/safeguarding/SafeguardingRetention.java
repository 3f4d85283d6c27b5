package org.openasc.safeguarding;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.openasc.platform.records.RetentionSource;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.safeguarding.domain.SafeguardingRetentionQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;

/**
 * Safeguarding's part in retention: concerns, enquiries and Safeguarding Adults Reviews count towards a person's last
 * activity; an open enquiry, an unscreened concern or an unfinished review holds the record. Anonymising keeps the coded facts
 * the returns and the Board's figures count (dates, decisions, conclusions, allegations, teams, providers) and replaces the
 * narratives. The retention service checks who may dispose and audits; this answers for safeguarding's tables only.
 */
@Component
@PreAuthorize(Access.ADMINISTER)
class SafeguardingRetention implements RetentionSource {

    private final SafeguardingRetentionQuery query;

    SafeguardingRetention(SafeguardingRetentionQuery query) {
        this.query = query;
    }

    @Override
    public Map<UUID, LocalDate> lastActivity() {
        return query.lastActivity();
    }

    @Override
    public Optional<String> hold(UUID personId) {
        List<String> holds = query.holds(personId);
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
