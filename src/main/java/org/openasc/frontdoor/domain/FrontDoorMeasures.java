package org.openasc.frontdoor.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.openasc.frontdoor.FrontDoorFigures;
import org.openasc.frontdoor.WaitBand;
import org.openasc.frontdoor.WaitingListFilter;
import org.openasc.platform.signals.MeasureFigures;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.WithoutStaffCheck;

/** The front-door measures for the performance framework: layers of need as the dashboard counts them, waiting as the waiting list does. */
@Component
@WithoutStaffCheck("aggregate figures for the measure library, kept at month ends by the nightly job with nobody signed in; the records behind a figure need a role")
class FrontDoorMeasures implements MeasureFigures {

    private static final String LAYER = "LAYER-";
    private static final String WAITING = "WAITING-ASSESSMENT";
    private static final String WAITING_LONG = "WAITING-OVER-28-DAYS";
    private static final String FRONT_DOOR = "Head of Service, Front door";
    private static final Map<String, String> LAYER_WORDS = Map.of(
            "prevent", "prevent need: information and advice, signposting, passing to another service, or no further action",
            "reduce", "reduce need: equipment or technology-enabled care, or a referral to another council service",
            "delay", "delay need: reablement or other short-term support to regain independence",
            "meet", "meet need: assessment, support planning or continuing services");

    private static final List<Definition> DEFINITIONS = declare();

    private final FrontDoorFigureQuery figures;
    private final WaitingListQuery waiting;

    FrontDoorMeasures(FrontDoorFigureQuery figures, WaitingListQuery waiting) {
        this.figures = figures;
        this.waiting = waiting;
    }

    @Override
    public List<Definition> definitions() {
        return DEFINITIONS;
    }

    @Override
    public Optional<Figure> figure(String reference, LocalDate end) {
        return Optional.ofNullable(figures(List.of(reference), end).get(reference));
    }

    /** The four layers share one count of the year's contacts, and the two waiting measures one reading of the waiting list. */
    @Override
    public Map<String, Figure> figures(Collection<String> references, LocalDate end) {
        Map<String, Figure> out = new LinkedHashMap<>();
        if (references.stream().anyMatch(r -> layer(r) != null)) {
            Map<String, Long> byLayer = figures.counts(FrontDoorFigureQuery.Figure.CONTACTS_BY_LAYER, PeriodBasis.YEAR_TO_DATE.start(end), end);
            long layered = FrontDoorFigures.LAYERS.stream().mapToLong(l -> byLayer.getOrDefault(l, 0L)).sum();
            references.stream().filter(r -> layer(r) != null).forEach(r -> out.put(r, Figure.share(byLayer.getOrDefault(layer(r), 0L), layered)));
        }
        if (references.contains(WAITING) || references.contains(WAITING_LONG)) {
            // Always rebuilt from the dated histories, so a month end reads exactly as the waiting list on that date did.
            List<WaitingListQuery.Count> counts = waiting.countsForFigures(WaitingListFilter.today(), end);
            long all = counts.stream().mapToLong(WaitingListQuery.Count::requests).sum();
            long longer = counts.stream().filter(c -> !WaitBand.UP_TO_4_WEEKS.name().equals(c.band())).mapToLong(WaitingListQuery.Count::requests).sum();
            if (references.contains(WAITING)) {
                out.put(WAITING, Figure.count(all));
            }
            if (references.contains(WAITING_LONG)) {
                out.put(WAITING_LONG, Figure.count(longer));
            }
        }
        return out;
    }

    /** Contacts with any layer have no single list, nor does a wait of 4 weeks or more: the waiting list on the date shows it, longest first. */
    @Override
    @PreAuthorize(Access.READ_PEOPLE)
    public Optional<DrillDown> drillDown(String reference, LocalDate end) {
        if (layer(reference) != null) {
            return Optional.of(new DrillDown("/frontdoor/dashboard/records?figure=CONTACTS_BY_LAYER&value=" + layer(reference)
                    + "&from=" + PeriodBasis.YEAR_TO_DATE.start(end) + "&to=" + end, null));
        }
        if (WAITING.equals(reference) || WAITING_LONG.equals(reference)) {
            return Optional.of(new DrillDown("/waiting-list?asOf=" + end, null));
        }
        return Optional.empty();
    }

    private static String layer(String reference) {
        return FrontDoorFigures.LAYERS.stream().filter(l -> (LAYER + l.toUpperCase()).equals(reference)).findFirst().orElse(null);
    }

    private static List<Definition> declare() {
        List<Definition> definitions = new ArrayList<>();
        for (String layer : FrontDoorFigures.LAYERS) {
            definitions.add(new Definition(LAYER + layer.toUpperCase(), "New contacts whose outcome was to " + layer + " need", "Layers of need",
                    "New contacts in the financial year to date whose outcome, or the outcome of the request they opened, was to "
                            + LAYER_WORDS.get(layer),
                    "New contacts in the financial year to date whose outcome falls in a layer of need (not safeguarding concerns,"
                            + " nor contacts whose request is still open)", Unit.PERCENTAGE, Polarity.WITHIN_BAND, PeriodBasis.YEAR_TO_DATE,
                    "Head of Service, Prevention and the front door"));
        }
        definitions.add(new Definition(WAITING, "People waiting for an assessment", "Front door",
                "People with a request for support open on the date: waiting for triage, allocation or assessment, or being assessed", null,
                Unit.COUNT, Polarity.LOWER_IS_BETTER, PeriodBasis.SNAPSHOT, FRONT_DOOR));
        definitions.add(new Definition(WAITING_LONG, "People waiting 4 weeks or more for an assessment", "Front door",
                "Of the people waiting on the date, those whose request was received 28 days or more before (the waiting list's bands"
                        + " from 4 weeks up)", null, Unit.COUNT, Polarity.LOWER_IS_BETTER, PeriodBasis.SNAPSHOT, FRONT_DOOR));
        return List.copyOf(definitions);
    }
}
