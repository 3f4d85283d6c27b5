package org.openasc.liberty.domain;

import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.openasc.platform.signals.CountedSignals;

/** The DoLS backlog as live signals for the risk register: applications without a decision, and those past the 21 days. */
@Component
class DolsSignals extends CountedSignals {

    private static final String WAITING = "select count(*) from liberty.application where outcome is null and received_on <= :on";

    DolsSignals(JdbcClient jdbc, Clock clock) {
        super(jdbc, clock, List.of(
                new Count(new Signal("liberty.dols-waiting", "DoLS applications waiting for a decision", "/dols"), WAITING, 0,
                        "application", "applications"),
                new Count(new Signal("liberty.dols-overdue", "DoLS applications waiting beyond the 21 days for a standard authorisation", "/dols"),
                        WAITING, 21, "application", "applications")));
    }
}
