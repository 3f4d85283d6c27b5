package org.openasc.providers.domain;

import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.openasc.platform.signals.CountedSignals;

/** Provider suspensions as a live signal for the risk register: locations with new placements suspended today. */
@Component
class ProviderSignals extends CountedSignals {

    ProviderSignals(JdbcClient jdbc, Clock clock) {
        super(jdbc, clock, List.of(new Count(new Signal("providers.suspended", "Provider locations with new placements suspended", "/providers/market"),
                "select count(distinct location_id) from providers.contract_status where status = 'SUSPENDED' and start_date <= :on"
                        + " and (end_date is null or end_date > :on)", 0, "location", "locations")));
    }
}
