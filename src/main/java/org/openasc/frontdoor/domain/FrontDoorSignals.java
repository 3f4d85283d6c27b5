package org.openasc.frontdoor.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.openasc.platform.signals.LiveSignals;

/** The waiting list as live signals for the risk register: everyone waiting now, and those waiting over 28 days. */
@Component
class FrontDoorSignals implements LiveSignals {

    private static final Signal WAITING = new Signal("frontdoor.waiting", "People waiting at the front door (open requests for support)", "/waiting-list");
    private static final Signal LONG_WAIT = new Signal("frontdoor.waiting-over-28-days", "People waiting over 28 days at the front door", "/waiting-list");

    private final JdbcClient jdbc;
    private final Clock clock;

    FrontDoorSignals(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Signal> signals() {
        return List.of(WAITING, LONG_WAIT);
    }

    @Override
    public Optional<Reading> read(String key) {
        Signal s = WAITING.key().equals(key) ? WAITING : LONG_WAIT.key().equals(key) ? LONG_WAIT : null;
        if (s == null) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        long n = jdbc.sql("select count(*) from frontdoor.support_request where closed_on is null and received_on <= :to")
                .param("to", s == WAITING ? today : today.minusDays(28)).query(Long.class).single();
        return Optional.of(new Reading(key, s.label(), String.format("%,d %s", n, n == 1 ? "person" : "people"), s.link()));
    }
}
