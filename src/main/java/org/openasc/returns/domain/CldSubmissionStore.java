package org.openasc.returns.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Kept Client Level Data submissions; a kept file is never changed. */
@Repository
public class CldSubmissionStore {

    public record Kept(long id, LocalDate quarterEnd, LocalDate periodStart, LocalDate periodEnd, String submittedBy, Instant submittedAt,
                       int rows, Map<String, Long> byEventType, Map<String, Long> failuresByRule, int failures, String sha256) {
    }

    private static final TypeReference<Map<String, Long>> COUNTS = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, quarter_end, period_start, period_end, submitted_by, submitted_at, row_count, by_event_type::text as by_type,"
            + " failures_by_rule::text as by_rule, failure_count, sha256";

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    CldSubmissionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long keep(LocalDate quarterEnd, LocalDate periodStart, LocalDate periodEnd, String by, int rows, Map<String, Long> byEventType,
                     Map<String, Long> failuresByRule, int failures, String sha256, String content) {
        return jdbc.sql("""
                insert into returns.cld_submission (quarter_end, period_start, period_end, submitted_by, row_count, by_event_type, failures_by_rule,
                  failure_count, sha256, content)
                values (:quarterEnd, :start, :end, :by, :rows, cast(:byType as jsonb), cast(:byRule as jsonb), :failures, :sha, :content) returning id""")
                .param("quarterEnd", quarterEnd).param("start", periodStart).param("end", periodEnd).param("by", by).param("rows", rows)
                .param("byType", write(byEventType)).param("byRule", write(failuresByRule)).param("failures", failures).param("sha", sha256)
                .param("content", content).query(Long.class).single();
    }

    public List<Kept> all() {
        return jdbc.sql("select " + COLUMNS + " from returns.cld_submission order by id desc").query((rs, n) -> kept(rs)).list();
    }

    public Optional<Kept> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from returns.cld_submission where id = :id").param("id", id).query((rs, n) -> kept(rs)).optional();
    }

    /** The submission kept before this one (any quarter): what the council last sent. */
    public Optional<Kept> before(long id) {
        return jdbc.sql("select " + COLUMNS + " from returns.cld_submission where id < :id order by id desc limit 1").param("id", id)
                .query((rs, n) -> kept(rs)).optional();
    }

    public String content(long id) {
        return jdbc.sql("select content from returns.cld_submission where id = :id").param("id", id).query(String.class).single();
    }

    private Kept kept(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Kept(rs.getLong("id"), rs.getObject("quarter_end", LocalDate.class), rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class), rs.getString("submitted_by"), rs.getTimestamp("submitted_at").toInstant(),
                rs.getInt("row_count"), read(rs.getString("by_type")), read(rs.getString("by_rule")), rs.getInt("failure_count"), rs.getString("sha256"));
    }

    private String write(Map<String, Long> counts) {
        return json.writeValueAsString(counts);
    }

    private Map<String, Long> read(String text) {
        return json.readValue(text, COUNTS);
    }
}
