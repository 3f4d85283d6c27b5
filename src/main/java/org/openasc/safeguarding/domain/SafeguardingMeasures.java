package org.openasc.safeguarding.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;
import org.openasc.platform.signals.MeasureFigures;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.WithoutStaffCheck;

/** The safeguarding measures for the performance framework: screening on time, and Making Safeguarding Personal as the summary counts it. */
@Component
@WithoutStaffCheck("aggregate figures for the measure library, kept at month ends by the nightly job with nobody signed in; the records behind a figure need a role")
class SafeguardingMeasures implements MeasureFigures {

    private static final String SCREENED = "SG-SCREENED-3-DAYS";
    private static final String MSP = "SG-MSP-ACHIEVED";
    private static final String OWNER = "Head of Safeguarding Adults";

    private static final List<Definition> DEFINITIONS = List.of(
            new Definition(SCREENED, "Safeguarding concerns screened within 3 working days", "Safeguarding",
                    "Of those concerns, the ones screened within 3 working days of the day they were received (bank holidays not counted)",
                    "Safeguarding concerns screened in the month", Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, PeriodBasis.MONTH, OWNER),
            new Definition(MSP, "People whose desired safeguarding outcomes were achieved", "Safeguarding",
                    "Of those enquiries, the ones where the outcomes the person wanted were fully or partly achieved",
                    "Section 42 enquiries concluded in the 12 months where the person, or their representative, was asked and said what outcomes"
                            + " they wanted", Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, PeriodBasis.ROLLING_12_MONTHS, OWNER));

    private final SafeguardingFigureQuery query;

    SafeguardingMeasures(SafeguardingFigureQuery query) {
        this.query = query;
    }

    @Override
    public List<Definition> definitions() {
        return DEFINITIONS;
    }

    @Override
    public Optional<Figure> figure(String reference, LocalDate end) {
        if (SCREENED.equals(reference)) {
            SafeguardingFigureQuery.Screening s = query.screenedIn(PeriodBasis.MONTH.start(end), end);
            return Optional.of(Figure.share(s.onTime(), s.screened()));
        }
        if (MSP.equals(reference)) {
            SafeguardingFigureQuery.Personal msp = query.madeSafeguardingPersonal(PeriodBasis.ROLLING_12_MONTHS.start(end), end);
            return Optional.of(Figure.share(msp.achieved(), msp.expressed()));
        }
        return Optional.empty();
    }

    /** The figures page's records, listed with the same conditions the measures count. */
    @Override
    @PreAuthorize(Access.READ_PEOPLE)
    public Optional<DrillDown> drillDown(String reference, LocalDate end) {
        // The concerns behind the figures are for the Safeguarding Adults Team and the performance team only (managers see
        // only what their teams raised, case by case), so others are given no link that would only refuse them.
        boolean mayList = CurrentStaff.hasRole(Role.SAFEGUARDING) || CurrentStaff.hasRole(Role.PERFORMANCE);
        if (!mayList && (SCREENED.equals(reference) || MSP.equals(reference))) {
            return Optional.of(new DrillDown(null, null));
        }
        if (SCREENED.equals(reference)) {
            LocalDate from = PeriodBasis.MONTH.start(end);
            return Optional.of(new DrillDown(records("screened-on-time", from, end), records("screened", from, end)));
        }
        if (MSP.equals(reference)) {
            LocalDate from = PeriodBasis.ROLLING_12_MONTHS.start(end);
            return Optional.of(new DrillDown(records("msp-achieved", from, end), records("msp-expressed", from, end)));
        }
        return Optional.empty();
    }

    private static String records(String figure, LocalDate from, LocalDate to) {
        return "/safeguarding/figures/records?figure=" + figure + "&from=" + from + "&to=" + to;
    }
}
