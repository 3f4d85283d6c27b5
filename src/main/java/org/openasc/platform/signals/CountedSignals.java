package org.openasc.platform.signals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.openasc.platform.calendar.Today;

/**
 * Signals that are a count from a module's own tables: each has a query with {@code :on} (today, or the cut-off
 * so many days back) and the nouns for one and many.
 */
public abstract class CountedSignals implements LiveSignals {

    /** A counted signal: its query, how many days before today {@code :on} falls, and the nouns for one and many. */
    public record Count(Signal signal, String sql, int daysBack, String one, String many) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final List<Count> counts;

    protected CountedSignals(JdbcClient jdbc, Clock clock, List<Count> counts) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.counts = List.copyOf(counts);
    }

    @Override
    public List<Signal> signals() {
        return counts.stream().map(Count::signal).toList();
    }

    @Override
    public Optional<Reading> read(String key) {
        return counts.stream().filter(c -> c.signal().key().equals(key)).findFirst().map(c -> {
            LocalDate on = Today.on(clock).minusDays(c.daysBack());
            long n = jdbc.sql(c.sql()).param("on", on).query(Long.class).single();
            return new Reading(key, c.signal().label(), String.format("%,d %s", n, n == 1 ? c.one() : c.many()), c.signal().link());
        });
    }
}
