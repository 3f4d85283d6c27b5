package org.openasc.finance.domain;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.openasc.finance.FinancialYear;
import org.openasc.platform.signals.LiveSignals;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;

/**
 * The budget as live signals for the risk register: the forecast variance of the whole budget and of each line at
 * the latest closed period (the figure the committee last saw), read from the forecasts kept at the close.
 */
@Component
@PreAuthorize(Access.SIGNED_IN)
class FinanceSignals implements LiveSignals {

    private static final String TOTAL = "finance.variance";
    private static final String LINE = "finance.variance.";

    private final JdbcClient jdbc;
    private final FinanceStore store;

    FinanceSignals(JdbcClient jdbc, FinanceStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    @Override
    public List<Signal> signals() {
        List<Signal> out = new ArrayList<>();
        out.add(new Signal(TOTAL, "Budget forecast variance at the latest closed period", "/finance/monitoring"));
        jdbc.sql("select cost_centre, name from finance.budget_line order by cost_centre").query((rs, n) -> out.add(new Signal(LINE + rs.getString(1),
                "Forecast variance of " + rs.getString(1) + " " + rs.getString(2), "/finance/monitoring"))).list();
        return out;
    }

    @Override
    public Optional<Reading> read(String key) {
        if (key == null || !key.startsWith(TOTAL)) {
            return Optional.empty();
        }
        String costCentre = key.startsWith(LINE) ? key.substring(LINE.length()) : null;
        Optional<FinanceStore.Period> latest = store.latestClosed();
        String label = signals().stream().filter(s -> s.key().equals(key)).map(Signal::label).findFirst().orElse(null);
        if (label == null) {
            return Optional.empty();
        }
        if (latest.isEmpty()) {
            return Optional.of(new Reading(key, label, "No period closed yet", "/finance/monitoring"));
        }
        int year = latest.get().financialYear();
        int period = latest.get().period();
        BigDecimal variance = jdbc.sql("select coalesce(sum(n.forecast - n.final_budget), 0) from finance.forecast_snapshot n"
                        + " join finance.budget_line l on l.id = n.line_id where n.financial_year = :fy and n.period = :p"
                        + " and (cast(:cc as text) is null or l.cost_centre = :cc)")
                .param("fy", year).param("p", period).param("cc", costCentre).query(BigDecimal.class).single();
        NumberFormat pounds = NumberFormat.getCurrencyInstance(Locale.UK);
        pounds.setMaximumFractionDigits(0);
        String words = variance.signum() == 0 ? "On budget" : pounds.format(variance.abs()) + (variance.signum() > 0 ? " overspent" : " underspent");
        return Optional.of(new Reading(key, label, words + " at period " + period + " " + new FinancialYear(year).label(),
                "/finance/monitoring?financialYear=" + year + "&period=" + period));
    }
}
