package org.openasc.providers.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.openasc.platform.signals.MeasureFigures;

/** The care market measure for the performance framework: care homes rated good or outstanding, as the market summary counts them. */
@Component
class ProviderMeasures implements MeasureFigures {

    private static final String HOMES_GOOD = "CARE-HOMES-GOOD";
    private static final String NOT_RATED = "Not yet rated";

    private static final Definition DEFINITION = new Definition(HOMES_GOOD, "Care homes rated good or outstanding", "Care market",
            "Care homes whose latest CQC rating published by the date was Good or Outstanding",
            "Care homes on the provider register (locations offering residential or nursing care) with a CQC rating published by the date;"
                    + " homes not yet rated are left out", Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, PeriodBasis.SNAPSHOT,
            "Head of Commissioning, Care market");

    private final ProviderStore store;

    ProviderMeasures(ProviderStore store) {
        this.store = store;
    }

    @Override
    public List<Definition> definitions() {
        return List.of(DEFINITION);
    }

    @Override
    public Optional<Figure> figure(String reference, LocalDate end) {
        if (!HOMES_GOOD.equals(reference)) {
            return Optional.empty();
        }
        Map<String, Long> byRating = store.homesByRating(end);
        long rated = byRating.entrySet().stream().filter(e -> !NOT_RATED.equals(e.getKey())).mapToLong(Map.Entry::getValue).sum();
        return Optional.of(Figure.share(byRating.getOrDefault("Outstanding", 0L) + byRating.getOrDefault("Good", 0L), rated));
    }

    /** The market summary on the date counts the homes by rating; no page lists them one by one. */
    @Override
    public Optional<DrillDown> drillDown(String reference, LocalDate end) {
        return HOMES_GOOD.equals(reference) ? Optional.of(new DrillDown("/providers/market?asOf=" + end, "/providers/market?asOf=" + end))
                : Optional.empty();
    }
}
