package org.openasc.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.openasc.platform.signals.MeasureFigures;
import org.openasc.support.domain.SupportFigureQuery;

/** The care and support measures for the performance framework, counted on any date as the dashboard counts them. */
@Component
class SupportMeasures implements MeasureFigures {

    private static final String HOME = "LTS-HOME-18-64";
    private static final String CARE_HOMES = "LTS-CARE-HOMES-65";
    private static final String REVIEWED = "LTS-REVIEWED";
    private static final String DIRECT_PAYMENTS = "LTS-DIRECT-PAYMENTS";
    private static final String DISCHARGE = "DISCHARGE-DAYS";
    private static final String LONG_TERM_CARE = "Head of Service, Long-term care";

    private static final List<Definition> DEFINITIONS = List.of(
            new Definition(HOME, "Working-age adults in long-term support who live in their own home or with family", "Long-term care",
                    "People aged 18 to 64 in long-term support on the date whose accommodation was settled: their own home, a tenancy, with family,"
                            + " or supported, sheltered or Shared Lives housing (not a care home, hospital or temporary place)",
                    "People aged 18 to 64 in long-term support on the date", Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, PeriodBasis.SNAPSHOT,
                    LONG_TERM_CARE),
            new Definition(CARE_HOMES, "Older people supported in care homes", "Long-term care",
                    "People aged 65 and over whose long-term support on the date was a residential or nursing care home placement", null,
                    Unit.COUNT, Polarity.LOWER_IS_BETTER, PeriodBasis.SNAPSHOT, LONG_TERM_CARE),
            new Definition(REVIEWED, "People in long-term support reviewed in the last 12 months", "Reviews",
                    "Of those people, the ones whose support had been reviewed in the 12 months to the date",
                    "People who on the date had been in long-term support for 12 months or more", Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER,
                    PeriodBasis.SNAPSHOT, LONG_TERM_CARE),
            new Definition(DIRECT_PAYMENTS, "Adults in long-term community support who take a direct payment", "Direct payments",
                    "People whose long-term support in the community on the date was paid to them as a direct payment",
                    "Adults with long-term support in the community on the date (not in a care home or prison)", Unit.PERCENTAGE,
                    Polarity.HIGHER_IS_BETTER, PeriodBasis.SNAPSHOT, "Head of Service, Personalisation"),
            new Definition(DISCHARGE, "Average days from the discharge hub's decision to discharge", "Hospital discharge",
                    "Days from the discharge hub's decision to the day the person left hospital, added up over the month's discharges",
                    "People who left hospital in the month with social care support arranged through the council's discharge hub", Unit.DAYS,
                    Polarity.LOWER_IS_BETTER, PeriodBasis.MONTH, "Head of Service, Hospital discharge and reablement"));

    private final SupportFigureQuery query;

    SupportMeasures(SupportFigureQuery query) {
        this.query = query;
    }

    @Override
    public List<Definition> definitions() {
        return DEFINITIONS;
    }

    @Override
    public Optional<Figure> figure(String reference, LocalDate end) {
        return switch (reference) {
            case HOME -> totals(end).map(t -> Figure.share(t.settled(), t.workingAge()));
            case CARE_HOMES -> totals(end).map(t -> Figure.count(t.residential() + t.nursing()));
            case REVIEWED -> totals(end).map(t -> Figure.share(t.reviewed(), t.longStanding()));
            case DIRECT_PAYMENTS -> totals(end).map(t -> Figure.share(t.directPayment(), t.community()));
            case DISCHARGE -> {
                SupportFigureQuery.DischargeRow d = query.discharges(PeriodBasis.MONTH.start(end), end, SupportFigures.DISCHARGE_TARGET_DAYS);
                yield Optional.of(Figure.average(BigDecimal.valueOf(d.totalDays()), d.discharges()));
            }
            default -> Optional.empty();
        };
    }

    /** The dashboard's records for each part; discharges are listed for the 28 days to a date, not a calendar month, so have none. */
    @Override
    public Optional<DrillDown> drillDown(String reference, LocalDate end) {
        return Optional.ofNullable(switch (reference) {
            case HOME -> new DrillDown(records("working-age-settled", end), records("working-age", end));
            case CARE_HOMES -> new DrillDown(records("older-care-homes", end), null);
            case REVIEWED -> new DrillDown(records("reviewed", end), records("long-standing", end));
            case DIRECT_PAYMENTS -> new DrillDown(records("direct-payment", end), records("community", end));
            case DISCHARGE -> new DrillDown(null, null);
            default -> null;
        });
    }

    private Optional<SupportFigures.Totals> totals(LocalDate on) {
        return Optional.of(SupportFigures.Totals.of(query.groups(on)));
    }

    private static String records(String figure, LocalDate on) {
        return "/support/dashboard/records?figure=" + figure + "&asOf=" + on;
    }
}
