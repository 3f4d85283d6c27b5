package org.openasc.assessment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.openasc.assessment.domain.AssessmentRetentionQuery;
import org.openasc.platform.records.RetentionSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;

/**
 * Assessments' part of retention: the last day an assessment of the person started, was completed or authorised counts;
 * one still in progress means the record is in use (ongoing). Nothing in an assessment holds the record.
 */
@Component
@PreAuthorize(Access.ADMINISTER)
class AssessmentRetention implements RetentionSource {

    private final AssessmentRetentionQuery query;

    AssessmentRetention(AssessmentRetentionQuery query) {
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
