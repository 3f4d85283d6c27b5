package org.openasc.providers.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.openasc.platform.signals.LiveSignals;

/** Provider suspensions as a live signal for the risk register: locations with new placements suspended today. */
@Component
class ProviderSignals implements LiveSignals {

    private static final Signal SUSPENDED = new Signal("providers.suspended", "Provider locations with new placements suspended", "/providers/market");

    private final JdbcClient jdbc;
    private final Clock clock;

    ProviderSignals(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Signal> signals() {
        return List.of(SUSPENDED);
    }

    @Override
    public Optional<Reading> read(String key) {
        if (!SUSPENDED.key().equals(key)) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        long n = jdbc.sql("select count(distinct location_id) from providers.contract_status where status = 'SUSPENDED' and start_date <= :d"
                + " and (end_date is null or end_date > :d)").param("d", today).query(Long.class).single();
        return Optional.of(new Reading(key, SUSPENDED.label(), String.format("%,d %s", n, n == 1 ? "location" : "locations"), SUSPENDED.link()));
    }
}
