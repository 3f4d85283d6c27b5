package org.openasc.platform.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.Page;
import org.openasc.platform.security.WithoutStaffCheck;

/**
 * The append-only record of who viewed, created, changed or was refused which record and when.
 * The table refuses updates and deletes (a database trigger), so nothing in the application can
 * rewrite it.
 */
@Service
public class AuditTrail {

    private static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");

    /** What was done to a record. */
    public enum Action { VIEWED, CREATED, CHANGED, REFUSED, SEARCHED, RESTRICTED, SIGNED_IN, SIGN_IN_FAILED, LOCKED_OUT, SIGNED_OUT }

    /** One line of the trail; {@code tokenId} names the API token when the actor is a service account. */
    public record Entry(long id, Instant occurredAt, String actor, String action, String subjectType,
                        String subjectId, String subjectRef, String detail, Long tokenId) {
    }

    /** What an administrator searches the trail by; every part optional. */
    public record Query(String actor, String subjectType, String subjectId, String subjectRef, Action action,
                        LocalDate from, LocalDate to) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    AuditTrail(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Records an event; it joins the caller's transaction so a refused or rolled-back change leaves the right trail.
     * When the actor is the service account the request signed in as, the API token it used is recorded too.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    @WithoutStaffCheck("every module records through it, sign-in attempts and refusals before anyone is signed in included")
    public void record(String actor, Action action, String subjectType, String subjectId, String subjectRef, String detail) {
        jdbc.sql("""
                insert into platform.audit_event (actor, action, subject_type, subject_id, subject_ref, detail, token_id)
                values (:actor, :action, :subjectType, :subjectId, :subjectRef, :detail, :tokenId)""")
                .param("actor", actor)
                .param("action", action.name())
                .param("subjectType", subjectType)
                .param("subjectId", subjectId)
                .param("subjectRef", subjectRef)
                .param("detail", detail)
                .param("tokenId", CurrentStaff.apiTokenOf(actor), java.sql.Types.BIGINT)
                .update();
    }

    /** An event to record in bulk. */
    public record Event(String actor, Action action, String subjectType, String subjectId, String subjectRef, String detail) {
    }

    /** Records many events in batches, for bulk loads. */
    @Transactional(propagation = Propagation.REQUIRED)
    @WithoutStaffCheck("every module records through it, sign-in attempts and refusals before anyone is signed in included")
    public void recordAll(List<Event> events) {
        List<Object[]> rows = events.stream()
                .map(e -> new Object[] {e.actor(), e.action().name(), e.subjectType(), e.subjectId(), e.subjectRef(), e.detail(),
                        CurrentStaff.apiTokenOf(e.actor())})
                .toList();
        for (int start = 0; start < rows.size(); start += 1000) {
            batch.batchUpdate("""
                    insert into platform.audit_event (actor, action, subject_type, subject_id, subject_ref, detail, token_id)
                    values (?, ?, ?, ?, ?, ?, ?)""", rows.subList(start, Math.min(start + 1000, rows.size())));
        }
    }

    /** Records an event that must survive even if the surrounding work is refused and rolled back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @WithoutStaffCheck("every module records through it, sign-in attempts and refusals before anyone is signed in included")
    public void recordRegardless(String actor, Action action, String subjectType, String subjectId, String subjectRef, String detail) {
        record(actor, action, subjectType, subjectId, subjectRef, detail);
    }

    /** The access log of one record, newest first. */
    @PreAuthorize(Access.READ_PEOPLE)
    public Page<Entry> forSubject(String subjectType, String subjectId, int page, int size) {
        return query(new Query(null, subjectType, subjectId, null, null, null, null), page, size);
    }

    /** Administrators search the whole trail. */
    @PreAuthorize(Access.ADMINISTER)
    public Page<Entry> search(Query query, int page, int size) {
        return query(query, page, size);
    }

    private Page<Entry> query(Query query, int page, int size) {
        List<String> where = new ArrayList<>();
        where.add("true");
        var params = new java.util.HashMap<String, Object>();
        if (query.actor() != null && !query.actor().isBlank()) {
            where.add("actor = :actor");
            params.put("actor", query.actor().trim().toLowerCase());
        }
        if (query.subjectType() != null && !query.subjectType().isBlank()) {
            where.add("subject_type = :subjectType");
            params.put("subjectType", query.subjectType());
        }
        if (query.subjectId() != null && !query.subjectId().isBlank()) {
            where.add("subject_id = :subjectId");
            params.put("subjectId", query.subjectId());
        }
        if (query.subjectRef() != null && !query.subjectRef().isBlank()) {
            where.add("subject_ref = :subjectRef");
            params.put("subjectRef", query.subjectRef().trim());
        }
        if (query.action() != null) {
            where.add("action = :action");
            params.put("action", query.action().name());
        }
        if (query.from() != null) {
            where.add("occurred_at >= :from");
            params.put("from", java.sql.Timestamp.from(query.from().atStartOfDay(COUNCIL_ZONE).toInstant()));
        }
        if (query.to() != null) {
            where.add("occurred_at < :to");
            params.put("to", java.sql.Timestamp.from(query.to().plusDays(1).atStartOfDay(COUNCIL_ZONE).toInstant()));
        }
        String filter = String.join(" and ", where);
        long total = jdbc.sql("select count(*) from platform.audit_event where " + filter)
                .params(params).query(Long.class).single();
        List<Entry> items = jdbc.sql("""
                select id, occurred_at, actor, action, subject_type, subject_id, subject_ref, detail, token_id
                from platform.audit_event where %s
                order by occurred_at desc, id desc limit :limit offset :offset""".formatted(filter))
                .params(params)
                .param("limit", size)
                .param("offset", (long) Math.max(page - 1, 0) * size)
                .query(Entry.class).list();
        return new Page<>(items, page, size, total);
    }
}
