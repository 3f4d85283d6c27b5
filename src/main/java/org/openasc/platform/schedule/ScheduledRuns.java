package org.openasc.platform.schedule;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.openasc.platform.security.WithoutStaffCheck;

/** The record of each run of scheduled work: which node ran it, when, and how it ended. */
@Component
public class ScheduledRuns {

    /** One run, newest first in {@link #latest}. */
    public record Run(long id, String taskName, String node, Instant startedAt, Instant finishedAt, String outcome) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ScheduledRuns(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long started(String taskName, String node) {
        return jdbc.sql("insert into platform.scheduled_run (task_name, node, started_at) values (:t, :n, :at) returning id")
                .param("t", taskName).param("n", node).param("at", Timestamp.from(clock.instant())).query(Long.class).single();
    }

    void finished(long id, boolean done) {
        jdbc.sql("update platform.scheduled_run set finished_at = :at, outcome = :o where id = :id")
                .param("at", Timestamp.from(clock.instant())).param("o", done ? "done" : "failed").param("id", id).update();
    }

    /** The latest runs of one piece of work, newest first. */
    @WithoutStaffCheck("the record of scheduled runs names jobs and nodes only, no personal data")
    public List<Run> latest(String taskName, int limit) {
        return jdbc.sql("""
                select id, task_name, node, started_at, finished_at, outcome from platform.scheduled_run
                where task_name = :t order by started_at desc, id desc limit :limit""")
                .param("t", taskName).param("limit", limit)
                .query((rs, n) -> new Run(rs.getLong("id"), rs.getString("task_name"), rs.getString("node"),
                        rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(), rs.getString("outcome")))
                .list();
    }
}
