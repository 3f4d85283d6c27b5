package org.openasc.finance;

import java.math.BigDecimal;
import java.util.UUID;

/** A line's year-end forecast and the parts it is built from (rest of year: from the budget profile or run rate), so a variance can be explained. */
public record LineForecast(UUID lineId, String costCentre, String name, String section, BigDecimal finalBudget, BigDecimal actual, BigDecimal committed,
                           BigDecimal expectedDemand, BigDecimal restOfYear, BigDecimal adjustments, BigDecimal forecast) {

    public BigDecimal variance() {
        return ForecastRules.variance(forecast, finalBudget);
    }
}
