package org.openasc.providers.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.openasc.platform.signals.MeasureFigures;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.WithoutStaffCheck;

/** The care market measure for the performance framework: care homes rated good or outstanding, as the market summary counts them. */
@Component
@WithoutStaffCheck("aggregate figures for the measure library, kept at month ends by the nightly job with nobody signed in; the records behind a figure need a role")
class ProviderMeasures implements MeasureFigures {

    private static final String HOMES_GOOD = "CARE-HOMES-GOOD";

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
        ProviderStore.RatedHomes homes = store.ratedHomes(end);
        return Optional.of(Figure.share(homes.good(), homes.rated()));
    }

    /** The homes counted, with their latest rating on the date, listed with the same conditions. */
    @Override
    @PreAuthorize(Access.READ_PEOPLE)
    public Optional<DrillDown> drillDown(String reference, LocalDate end) {
        return HOMES_GOOD.equals(reference) ? Optional.of(new DrillDown("/providers/market/homes?figure=good-or-outstanding&asOf=" + end,
                "/providers/market/homes?figure=rated&asOf=" + end)) : Optional.empty();
    }
}
