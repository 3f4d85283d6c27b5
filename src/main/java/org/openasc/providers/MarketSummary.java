package org.openasc.providers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The care home market on a date: homes and registered beds, how they are rated (latest rating on or
 * before the date), the share rated good or outstanding (of rated homes, one decimal place), and
 * every location under a suspension of new placements.
 */
public record MarketSummary(LocalDate asOf, long homes, long beds, long ratedHomes, long goodOrOutstandingHomes,
                            Double shareGoodOrOutstanding, Map<String, Long> homesByRating, Map<String, Long> locationsByStatus,
                            List<Suspension> suspended) {

    public record Suspension(UUID locationId, String name, String providerName, LocalDate startDate, LocalDate endDate,
                             String reason, String latestUpdate) {
    }
}
