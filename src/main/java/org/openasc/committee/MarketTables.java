package org.openasc.committee;

import java.util.ArrayList;
import java.util.List;

import org.openasc.platform.web.DateDisplay;
import org.openasc.providers.MarketSummary;

/** The care market: care homes by CQC rating, locations by contract status, and the homes suspended and why (providers, not people). */
final class MarketTables {

    private MarketTables() {
    }

    static ReportFigures of(MarketSummary m) {
        DateDisplay dates = new DateDisplay();
        List<ReportFigures.Row> ratings = new ArrayList<>();
        m.homesByRating().forEach((rating, n) -> ratings.add(text(PerformanceTables.slug(rating), rating, String.valueOf(n))));
        ratings.add(new ReportFigures.Row("total", "All care homes", List.of(ReportFigures.Cell.text(String.valueOf(m.homes()))), true));
        List<ReportFigures.Row> status = new ArrayList<>();
        m.locationsByStatus().forEach((s, n) -> status.add(text(PerformanceTables.slug(s), s, String.valueOf(n))));
        List<ReportFigures.Row> suspended = m.suspended().stream().map(s -> new ReportFigures.Row(s.locationId().toString(), s.name(),
                List.of(ReportFigures.Cell.text(s.providerName()), ReportFigures.Cell.text(dates.day(s.startDate())),
                        ReportFigures.Cell.text(s.reason()), ReportFigures.Cell.text(s.latestUpdate())), false)).toList();
        return new ReportFigures("As at " + dates.day(m.asOf()) + ": " + m.homes() + " care homes with " + m.beds() + " beds", List.of(
                new ReportFigures.Table("homes-by-rating", "Care homes by CQC rating", List.of("Rating", "Homes"), ratings, null),
                new ReportFigures.Table("locations-by-status", "Locations under contract measures", List.of("Status", "Locations"), status, null),
                new ReportFigures.Table("suspended", "Homes with new placements suspended", List.of("Home", "Provider", "Since", "Reason", "Latest"),
                        suspended, suspended.isEmpty() ? "No home has new placements suspended." : null)), List.of());
    }

    private static ReportFigures.Row text(String key, String label, String value) {
        return new ReportFigures.Row(key, label, List.of(ReportFigures.Cell.text(value)), false);
    }
}
