package org.openasc.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.openasc.feedback.domain.FeedbackRetentionQuery;
import org.openasc.platform.records.RetentionSource;
import org.openasc.platform.security.CurrentStaff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;

/**
 * Feedback's part in retention: complaints about a person or made by them, and feedback items linked to them, count towards
 * their last activity; an open complaint holds the record. Anonymising keeps the coded facts the annual report counts and
 * replaces names and narratives. The retention service checks who may dispose and audits; this answers for feedback's tables
 * only.
 */
@Component
@PreAuthorize(Access.ADMINISTER)
class FeedbackRetention implements RetentionSource {

    private final FeedbackRetentionQuery query;

    FeedbackRetention(FeedbackRetentionQuery query) {
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
        query.delete(personId, CurrentStaff.username());
    }
}
