package org.openasc.liberty.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.openasc.liberty.DolsClock;
import org.openasc.platform.signals.MeasureFigures;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.WithoutStaffCheck;

/** The DoLS measures for the performance framework: the backlog on a date, and standard decisions made within the 21 days. */
@Component
@WithoutStaffCheck("aggregate figures for the measure library, kept at month ends by the nightly job with nobody signed in; the records behind a figure need a role")
class DolsMeasures implements MeasureFigures {

    private static final String WAITING = "DOLS-WAITING";
    private static final String IN_TIME = "DOLS-21-DAYS";
    private static final String GROUP = "Deprivation of Liberty Safeguards";
    private static final String OWNER = "DoLS Service Manager";

    private static final List<Definition> DEFINITIONS = List.of(
            new Definition(WAITING, "DoLS applications waiting for a decision", GROUP,
                    "Applications for a DoLS authorisation received by the date and not yet signed off as granted, not granted or withdrawn", null,
                    Unit.COUNT, Polarity.LOWER_IS_BETTER, PeriodBasis.SNAPSHOT, OWNER),
            new Definition(IN_TIME, "Standard DoLS applications decided within 21 days", GROUP,
                    "Of those applications, the ones signed off within 21 days of the day the request was received",
                    "Applications for a standard authorisation (without an urgent authorisation) granted or not granted in the month;"
                            + " withdrawn applications are not decisions", Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, PeriodBasis.MONTH, OWNER));

    private final ApplicationStore store;

    DolsMeasures(ApplicationStore store) {
        this.store = store;
    }

    @Override
    public List<Definition> definitions() {
        return DEFINITIONS;
    }

    @Override
    public Optional<Figure> figure(String reference, LocalDate end) {
        if (WAITING.equals(reference)) {
            return Optional.of(Figure.count(store.countForFigures(ApplicationStore.WAITING, end)));
        }
        if (IN_TIME.equals(reference)) {
            ApplicationStore.Decisions d = store.standardDecided(PeriodBasis.MONTH.start(end), end, DolsClock.STANDARD_DAYS);
            return Optional.of(Figure.share(d.inTime(), d.decided()));
        }
        return Optional.empty();
    }

    /** The applications behind each figure, listed with the same conditions the measures count. */
    @Override
    @PreAuthorize(Access.READ_PEOPLE)
    public Optional<DrillDown> drillDown(String reference, LocalDate end) {
        if (WAITING.equals(reference)) {
            return Optional.of(new DrillDown("/dols/figures/records?figure=waiting&to=" + end, null));
        }
        if (IN_TIME.equals(reference)) {
            String period = "&from=" + PeriodBasis.MONTH.start(end) + "&to=" + end;
            return Optional.of(new DrillDown("/dols/figures/records?figure=decided-in-time" + period, "/dols/figures/records?figure=decided" + period));
        }
        return Optional.empty();
    }
}
