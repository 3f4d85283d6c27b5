package org.openasc.frontdoor.domain;

import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.openasc.platform.signals.CountedSignals;

/** The waiting list as live signals for the risk register: everyone waiting now, and those waiting over 28 days. */
@Component
class FrontDoorSignals extends CountedSignals {

    private static final String WAITING = "select count(*) from frontdoor.support_request where closed_on is null and received_on <= :on";

    FrontDoorSignals(JdbcClient jdbc, Clock clock) {
        super(jdbc, clock, List.of(
                new Count(new Signal("frontdoor.waiting", "People waiting at the front door (open requests for support)", "/waiting-list"), WAITING, 0,
                        "person", "people"),
                new Count(new Signal("frontdoor.waiting-over-28-days", "People waiting over 28 days at the front door", "/waiting-list"), WAITING, 28,
                        "person", "people")));
    }
}
