package org.openasc.liberty.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.openasc.platform.signals.LiveSignals;

/** The DoLS backlog as live signals for the risk register: applications without a decision, and those past the 21 days. */
@Component
class DolsSignals implements LiveSignals {

    private static final Signal WAITING = new Signal("liberty.dols-waiting", "DoLS applications waiting for a decision", "/dols");
    private static final Signal OVERDUE = new Signal("liberty.dols-overdue", "DoLS applications waiting beyond the 21 days for a standard authorisation", "/dols");

    private final JdbcClient jdbc;
    private final Clock clock;

    DolsSignals(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Signal> signals() {
        return List.of(WAITING, OVERDUE);
    }

    @Override
    public Optional<Reading> read(String key) {
        Signal s = WAITING.key().equals(key) ? WAITING : OVERDUE.key().equals(key) ? OVERDUE : null;
        if (s == null) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        long n = jdbc.sql("select count(*) from liberty.application where outcome is null and received_on <= :to")
                .param("to", s == WAITING ? today : today.minusDays(21)).query(Long.class).single();
        return Optional.of(new Reading(key, s.label(), String.format("%,d %s", n, n == 1 ? "application" : "applications"), s.link()));
    }
}
