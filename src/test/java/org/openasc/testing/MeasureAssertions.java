package org.openasc.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import org.openasc.platform.signals.MeasureFigures;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks the measures modules offer the performance framework against what was declared and counted by hand. */
public final class MeasureAssertions {

    private MeasureAssertions() {
    }

    /** The one module offering the measure. */
    public static MeasureFigures source(List<MeasureFigures> sources, String reference) {
        List<MeasureFigures> offering = sources.stream().filter(s -> s.definitions().stream().anyMatch(d -> d.reference().equals(reference))).toList();
        assertThat(offering).as("modules offering " + reference).hasSize(1);
        return offering.get(0);
    }

    /** The measure is declared as given, with its numerator (and denominator, for a share or an average) in words. */
    public static void assertDeclared(List<MeasureFigures> sources, String reference, String group, MeasureFigures.Unit unit,
                                      MeasureFigures.Polarity polarity, MeasureFigures.PeriodBasis basis) {
        MeasureFigures.Definition d = source(sources, reference).definitions().stream().filter(x -> x.reference().equals(reference)).findFirst()
                .orElseThrow();
        assertThat(List.<Object>of(d.group(), d.unit(), d.polarity(), d.basis())).as(reference).containsExactly(group, unit, polarity, basis);
        assertThat(d.name()).as(reference + " name").isNotBlank();
        assertThat(d.owner()).as(reference + " owner").isNotBlank();
        assertThat(d.numerator()).as(reference + " numerator").isNotBlank();
        if (unit == MeasureFigures.Unit.COUNT) {
            assertThat(d.denominator()).as(reference + " denominator").isNull();
        } else {
            assertThat(d.denominator()).as(reference + " denominator").isNotBlank();
        }
    }

    /** The figure for the period ending on {@code end}: a null {@code value} is a share or average of nobody, a null denominator a count. */
    public static void assertFigure(List<MeasureFigures> sources, String reference, String end, String value, long numerator, Long denominator) {
        MeasureFigures.Figure f = source(sources, reference).figure(reference, LocalDate.parse(end)).orElseThrow();
        String what = reference + " to " + end;
        if (value == null) {
            assertThat(f.value()).as(what + " value").isNull();
        } else {
            assertThat(f.value()).as(what + " value").isEqualByComparingTo(value);
        }
        assertThat(f.numerator()).as(what + " numerator").isEqualByComparingTo(String.valueOf(numerator));
        if (denominator == null) {
            assertThat(f.denominator()).as(what + " denominator").isNull();
        } else {
            assertThat(f.denominator()).as(what + " denominator").isEqualByComparingTo(String.valueOf(denominator));
        }
    }

    /** The links behind the figure, asked as the performance team asks (drill-downs lead to people's records). */
    public static void assertDrillDown(List<MeasureFigures> sources, String reference, String end, String numerator, String denominator) {
        MeasureFigures.DrillDown links = asAnalyst(() -> source(sources, reference).drillDown(reference, LocalDate.parse(end))).orElseThrow();
        assertThat(links).as(reference + " drill-down to " + end).isEqualTo(new MeasureFigures.DrillDown(numerator, denominator));
    }

    /** A module answers only for its own measures. */
    public static void assertOffersNothingFor(MeasureFigures source, String reference) {
        assertThat(source.figure(reference, LocalDate.of(2020, 3, 31))).as(reference).isEmpty();
        assertThat(asAnalyst(() -> source.drillDown(reference, LocalDate.of(2020, 3, 31)))).as(reference).isEmpty();
    }

    /** Runs as a performance analyst unless the test has already signed someone in. */
    private static <T> T asAnalyst(Supplier<T> ask) {
        if (SecurityContextHolder.getContext().getAuthentication() != null) {
            return ask.get();
        }
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("measures-test", null,
                List.of(new SimpleGrantedAuthority("ROLE_PERFORMANCE"))));
        try {
            return ask.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
