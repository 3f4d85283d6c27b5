package org.openasc.support;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A home care zone, its price level and rate today, and its framework providers in offer order. */
public record ZoneView(String name, String priceLevel, BigDecimal hourlyRateToday, List<Provider> providers) {

    public record Provider(UUID locationId, String name, String tier, int rank) {
    }
}
