package org.openasc.retention.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Retention rules and disposals. */
@Repository
public class RetentionStore {

    @Schema(name = "RetentionRule")
    public record Rule(String kind, String title, int years, String countedFrom, String source, int version, Instant changedAt,
                       String changedBy) {
    }

    public record Disposal(UUID recordId, String action, String reason, LocalDate lastActivity, Instant disposedAt, String disposedBy) {
    }

    private final JdbcClient jdbc;

    RetentionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Rule> rules() {
        return jdbc.sql("select kind, title, years, counted_from, source, version, changed_at, changed_by from retention.rule order by kind")
                .query(Rule.class).list();
    }

    public Optional<Rule> rule(String kind) {
        return rules().stream().filter(r -> r.kind().equals(kind)).findFirst();
    }

    public boolean changeYears(String kind, int version, int years, String by) {
        return jdbc.sql("""
                update retention.rule set years = :years, version = version + 1, changed_at = now(), changed_by = :by
                where kind = :kind and version = :v""").param("kind", kind).param("v", version).param("years", years).param("by", by).update() == 1;
    }

    /** The records of a kind already disposed of. */
    public Set<UUID> disposed(String kind) {
        return Set.copyOf(jdbc.sql("select record_id from retention.disposal where kind = :kind").param("kind", kind).query(UUID.class).list());
    }

    public List<Disposal> disposals(String kind, int limit) {
        return jdbc.sql("""
                select record_id, action, reason, last_activity, disposed_at, disposed_by from retention.disposal
                where kind = :kind order by disposed_at desc limit :limit""").param("kind", kind).param("limit", limit).query(Disposal.class).list();
    }

    public void recordDisposal(UUID id, String kind, UUID recordId, String action, String reason, LocalDate lastActivity, String by) {
        jdbc.sql("""
                insert into retention.disposal (id, kind, record_id, action, reason, last_activity, disposed_by)
                values (:id, :kind, :record, :action, :reason, :last, :by)""")
                .param("id", id).param("kind", kind).param("record", recordId).param("action", action).param("reason", reason)
                .param("last", lastActivity).param("by", by).update();
    }

    /** Lets the modules' protective triggers allow this transaction's disposal (and nothing else). */
    public void allowDisposalInThisTransaction() {
        jdbc.sql("select set_config('openasc.disposal', 'on', true)").query(String.class).single();
    }
}
