package org.openasc.support;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.openasc.platform.signals.LiveSignals;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;

/** The care and support measures as live signals for the risk register, as the dashboard shows them today. */
@Component
@PreAuthorize(Access.SIGNED_IN)
class SupportSignals implements LiveSignals {

    private static final List<Signal> SIGNALS = List.of(
            new Signal("support.reviewed-in-year", "People in long-term support 12 months or more who were reviewed in the last 12 months", "/support/dashboard"),
            new Signal("support.direct-payments", "People with long-term community support who take a direct payment", "/support/dashboard"),
            new Signal("support.older-in-care-homes", "People aged 65 and over in residential or nursing care", "/support/dashboard"),
            new Signal("support.weekly-cost", "Weekly committed cost of care", "/support/dashboard"));

    private final SupportFigures figures;

    SupportSignals(SupportFigures figures) {
        this.figures = figures;
    }

    @Override
    public List<Signal> signals() {
        return SIGNALS;
    }

    @Override
    public Optional<Reading> read(String key) {
        Signal signal = SIGNALS.stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
        if (signal == null) {
            return Optional.empty();
        }
        SupportSummary m = figures.measuresToday();
        String value = switch (key) {
            case "support.reviewed-in-year" -> share(m.reviewedInYear());
            case "support.direct-payments" -> share(m.directPayments());
            case "support.older-in-care-homes" -> String.format("%,d people", m.olderPeopleInCareHomes());
            default -> NumberFormat.getCurrencyInstance(Locale.UK).format(m.weeklyCost()) + " a week";
        };
        return Optional.of(new Reading(key, signal.label(), value, signal.link()));
    }

    private static String share(SupportSummary.Share s) {
        return s.percent() == null ? "Nobody counted yet" : s.percent() + "% (" + String.format("%,d of %,d", s.numerator(), s.denominator()) + ")";
    }
}
