package org.openasc.safeguarding.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.openasc.platform.signals.MeasureFigures;

/** The safeguarding measures for the performance framework: screening on time, and Making Safeguarding Personal as the summary counts it. */
@Component
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
            // As the Safeguarding Adults Collection (SG4a) counts it: only enquiries where outcomes were expressed have an achievement.
            Map<String, Long> msp = query.mspAchieved(PeriodBasis.ROLLING_12_MONTHS.start(end), end);
            long achieved = msp.getOrDefault("Fully Achieved", 0L) + msp.getOrDefault("Partially Achieved", 0L);
            return Optional.of(Figure.share(achieved, achieved + msp.getOrDefault("Not Achieved", 0L)));
        }
        return Optional.empty();
    }

    /** The figures page lists concerns by when they were received and enquiries by conclusion, so neither measure has its records listed. */
    @Override
    public Optional<DrillDown> drillDown(String reference, LocalDate end) {
        return SCREENED.equals(reference) || MSP.equals(reference) ? Optional.of(new DrillDown(null, null)) : Optional.empty();
    }
}
