package org.openasc.feedback.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.openasc.platform.signals.MeasureFigures;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.WithoutStaffCheck;

/** The complaints measure for the performance framework: responses within timescale, counted as the annual report counts them. */
@Component
@WithoutStaffCheck("aggregate figures for the measure library, kept at month ends by the nightly job with nobody signed in; the records behind a figure need a role")
class FeedbackMeasures implements MeasureFigures {

    private static final String IN_TIME = "COMPLAINTS-IN-TIME";

    private static final Definition DEFINITION = new Definition(IN_TIME, "Complaints answered within timescale", "Complaints",
            "Of those complaints, the ones answered within 15 working days of receipt, or by the later date agreed with the complainant",
            "Complaints responded to in the financial year to date", Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, PeriodBasis.YEAR_TO_DATE,
            "Customer Relations Manager");

    private final AnnualReportQuery query;

    FeedbackMeasures(AnnualReportQuery query) {
        this.query = query;
    }

    @Override
    public List<Definition> definitions() {
        return List.of(DEFINITION);
    }

    @Override
    public Optional<Figure> figure(String reference, LocalDate end) {
        if (!IN_TIME.equals(reference)) {
            return Optional.empty();
        }
        AnnualReportQuery.Responses r = query.responded(PeriodBasis.YEAR_TO_DATE.start(end), end);
        return Optional.of(Figure.share(r.withinTimescale(), r.responded()));
    }

    /** The complaints answered in the year to date, and those within timescale, listed with the same conditions. */
    @Override
    @PreAuthorize(Access.READ_PEOPLE)
    public Optional<DrillDown> drillDown(String reference, LocalDate end) {
        if (!IN_TIME.equals(reference)) {
            return Optional.empty();
        }
        String period = "&from=" + PeriodBasis.YEAR_TO_DATE.start(end) + "&to=" + end;
        return Optional.of(new DrillDown("/feedback/figures/records?figure=responded-in-time" + period, "/feedback/figures/records?figure=responded" + period));
    }
}
