package org.openasc.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.openasc.platform.signals.MeasureFigures;
import org.openasc.support.domain.SupportFigureQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.WithoutStaffCheck;

/** The care and support measures for the performance framework, counted on any date as the dashboard counts them. */
@Component
@WithoutStaffCheck("aggregate figures for the measure library, kept at month ends by the nightly job with nobody signed in; the records behind a figure need a role")
class SupportMeasures implements MeasureFigures {

    private static final String HOME = "LTS-HOME-18-64";
    private static final String CARE_HOMES = "LTS-CARE-HOMES-65";
    private static final String REVIEWED = "LTS-REVIEWED";
    private static final String DIRECT_PAYMENTS = "LTS-DIRECT-PAYMENTS";
    private static final String DISCHARGE = "DISCHARGE-DAYS";
    private static final String ADMISSIONS = "CARE-HOME-ADMISSIONS-65";
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
                    Polarity.LOWER_IS_BETTER, PeriodBasis.MONTH, "Head of Service, Hospital discharge and reablement"),
            new Definition(ADMISSIONS, "Older people whose long-term needs were met by admission to a care home, per 100,000", "Long-term care",
                    "People aged 65 and over at the start whose long-term residential or nursing placement started in the financial year to date,"
                            + " leaving out a move between homes (a placement ended in the 365 days before) and self-funders",
                    "The area's population aged 65 and over (ONS mid-year estimate for the year the financial year starts)",
                    Unit.RATE_PER_100000, Polarity.LOWER_IS_BETTER, PeriodBasis.YEAR_TO_DATE, LONG_TERM_CARE, "65+"));

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
        return Optional.ofNullable(figures(List.of(reference), end).get(reference));
    }

    /** The four shares and counts of people in long-term support come from one reading of the record on the date. */
    @Override
    public Map<String, Figure> figures(Collection<String> references, LocalDate end) {
        Map<String, Figure> out = new LinkedHashMap<>();
        if (references.stream().anyMatch(r -> List.of(HOME, CARE_HOMES, REVIEWED, DIRECT_PAYMENTS).contains(r))) {
            SupportFigures.Totals t = SupportFigures.Totals.of(query.groups(end));
            Map<String, Figure> people = Map.of(HOME, Figure.share(t.settled(), t.workingAge()), CARE_HOMES, Figure.count(t.residential() + t.nursing()),
                    REVIEWED, Figure.share(t.reviewed(), t.longStanding()), DIRECT_PAYMENTS, Figure.share(t.directPayment(), t.community()));
            references.stream().filter(people::containsKey).forEach(r -> out.put(r, people.get(r)));
        }
        if (references.contains(DISCHARGE)) {
            SupportFigureQuery.DischargeRow d = query.discharges(PeriodBasis.MONTH.start(end), end, SupportFigures.DISCHARGE_TARGET_DAYS);
            out.put(DISCHARGE, Figure.average(BigDecimal.valueOf(d.totalDays()), d.discharges()));
        }
        if (references.contains(ADMISSIONS)) {
            out.put(ADMISSIONS, Figure.count(query.careHomeAdmissions(PeriodBasis.YEAR_TO_DATE.start(end), end, 65)));
        }
        return out;
    }

    /** The dashboard's records for each part; a month's discharges, listed with their days, are behind both the days and the count. */
    @Override
    @PreAuthorize(Access.READ_PEOPLE)
    public Optional<DrillDown> drillDown(String reference, LocalDate end) {
        return Optional.ofNullable(switch (reference) {
            case HOME -> new DrillDown(records("working-age-settled", end), records("working-age", end));
            case CARE_HOMES -> new DrillDown(records("older-care-homes", end), null);
            case REVIEWED -> new DrillDown(records("reviewed", end), records("long-standing", end));
            case DIRECT_PAYMENTS -> new DrillDown(records("direct-payment", end), records("community", end));
            case DISCHARGE -> {
                String month = records("discharges", end) + "&from=" + PeriodBasis.MONTH.start(end);
                yield new DrillDown(month, month);
            }
            default -> null;
        });
    }

    private static String records(String figure, LocalDate on) {
        return "/support/dashboard/records?figure=" + figure + "&asOf=" + on;
    }
}
