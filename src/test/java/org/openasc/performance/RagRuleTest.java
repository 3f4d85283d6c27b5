package org.openasc.performance;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import org.openasc.performance.RagRule.Basis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openasc.platform.signals.MeasureFigures.Polarity.HIGHER_IS_BETTER;
import static org.openasc.platform.signals.MeasureFigures.Polarity.LOWER_IS_BETTER;
import static org.openasc.platform.signals.MeasureFigures.Polarity.NEITHER;
import static org.openasc.platform.signals.MeasureFigures.Polarity.WITHIN_BAND;

/** Ratings worked by hand: the shortfall from the target, then read against the green and amber limits, both inclusive. */
class RagRuleTest {

    /** The performance team's default as the migration sets it: green only on target, amber up to 5% short, red beyond. */
    static final RagRule DEFAULTS = new RagRule(BigDecimal.ZERO, BigDecimal.valueOf(5), Basis.RELATIVE);

    @Test
    void byDefaultOnlyOnTargetIsGreenAndUpToFivePercentShortIsAmber() {
        Target eighty = Target.of(d("80"));
        assertThat(DEFAULTS.rate(HIGHER_IS_BETTER, eighty, d("80"))).as("shortfall 0").isEqualTo(Rag.GREEN);
        assertThat(DEFAULTS.rate(HIGHER_IS_BETTER, eighty, d("85"))).as("5 over").isEqualTo(Rag.GREEN);
        assertThat(DEFAULTS.rate(HIGHER_IS_BETTER, eighty, d("79.9"))).as("0.1 / 80 = 0.125%").isEqualTo(Rag.AMBER);
        assertThat(DEFAULTS.rate(HIGHER_IS_BETTER, eighty, d("76"))).as("4 / 80 = 5% exactly").isEqualTo(Rag.AMBER);
        assertThat(DEFAULTS.rate(HIGHER_IS_BETTER, eighty, d("75.9"))).as("4.1 / 80 = 5.125%").isEqualTo(Rag.RED);
    }

    @Test
    void greenWhenTheShortfallIsWithinTheGreenLimitItself() {
        RagRule rule = new RagRule(d("2"), d("5"), Basis.RELATIVE);
        Target eighty = Target.of(d("80"));
        assertThat(rule.rate(HIGHER_IS_BETTER, eighty, d("78.4"))).as("1.6 / 80 = 2% exactly").isEqualTo(Rag.GREEN);
        assertThat(rule.rate(HIGHER_IS_BETTER, eighty, d("78.3"))).as("1.7 / 80 = 2.125%").isEqualTo(Rag.AMBER);
    }

    @Test
    void whereLowerIsBetterTheShortfallIsHowFarTheValueIsOverTheTarget() {
        RagRule rule = new RagRule(BigDecimal.ZERO, d("10"), Basis.RELATIVE);
        Target twentyDays = Target.of(d("20"));
        assertThat(rule.rate(LOWER_IS_BETTER, twentyDays, d("19"))).as("under the target").isEqualTo(Rag.GREEN);
        assertThat(rule.rate(LOWER_IS_BETTER, twentyDays, d("22"))).as("2 / 20 = 10% exactly").isEqualTo(Rag.AMBER);
        assertThat(rule.rate(LOWER_IS_BETTER, twentyDays, d("22.1"))).as("2.1 / 20 = 10.5%").isEqualTo(Rag.RED);
    }

    @Test
    void anAbsoluteRuleCountsPointsShortOfAPercentageTarget() {
        RagRule rule = new RagRule(d("1"), d("3"), Basis.ABSOLUTE);
        Target seventyFivePercent = Target.of(d("75.0"));
        assertThat(rule.rate(HIGHER_IS_BETTER, seventyFivePercent, d("74.0"))).as("1 point short").isEqualTo(Rag.GREEN);
        assertThat(rule.rate(HIGHER_IS_BETTER, seventyFivePercent, d("73.9"))).as("1.1 points").isEqualTo(Rag.AMBER);
        assertThat(rule.rate(HIGHER_IS_BETTER, seventyFivePercent, d("72.0"))).as("3 points").isEqualTo(Rag.AMBER);
        assertThat(rule.rate(HIGHER_IS_BETTER, seventyFivePercent, d("71.9"))).as("3.1 points").isEqualTo(Rag.RED);
        Target tenDays = Target.of(d("10"));
        assertThat(rule.rate(LOWER_IS_BETTER, tenDays, d("11"))).as("1 day over").isEqualTo(Rag.GREEN);
        assertThat(rule.rate(LOWER_IS_BETTER, tenDays, d("13"))).as("3 days over").isEqualTo(Rag.AMBER);
        assertThat(rule.rate(LOWER_IS_BETTER, tenDays, d("13.5"))).as("3.5 days over").isEqualTo(Rag.RED);
    }

    @Test
    void aBandIsMissedByTheDistanceOutsideTheBoundCrossed() {
        Target band = Target.band(d("40"), d("60"));
        assertThat(DEFAULTS.rate(WITHIN_BAND, band, d("50"))).isEqualTo(Rag.GREEN);
        assertThat(DEFAULTS.rate(WITHIN_BAND, band, d("40"))).as("on the lower bound").isEqualTo(Rag.GREEN);
        assertThat(DEFAULTS.rate(WITHIN_BAND, band, d("60"))).as("on the upper bound").isEqualTo(Rag.GREEN);
        assertThat(DEFAULTS.rate(WITHIN_BAND, band, d("38"))).as("2 below 40 = 5% of 40").isEqualTo(Rag.AMBER);
        assertThat(DEFAULTS.rate(WITHIN_BAND, band, d("37.9"))).as("2.1 / 40 = 5.25%").isEqualTo(Rag.RED);
        assertThat(DEFAULTS.rate(WITHIN_BAND, band, d("63"))).as("3 above 60 = 5% of 60").isEqualTo(Rag.AMBER);
        assertThat(DEFAULTS.rate(WITHIN_BAND, band, d("63.1"))).as("3.1 / 60 = 5.17%").isEqualTo(Rag.RED);
        RagRule absolute = new RagRule(d("1"), d("3"), Basis.ABSOLUTE);
        assertThat(absolute.rate(WITHIN_BAND, band, d("39"))).as("1 below").isEqualTo(Rag.GREEN);
        assertThat(absolute.rate(WITHIN_BAND, band, d("63"))).as("3 above").isEqualTo(Rag.AMBER);
        assertThat(absolute.rate(WITHIN_BAND, band, d("36.5"))).as("3.5 below").isEqualTo(Rag.RED);
    }

    @Test
    void anyShortfallFromATargetOfZeroIsRedWhenRelative() {
        RagRule generous = new RagRule(d("100"), d("1000"), Basis.RELATIVE);
        Target none = Target.of(BigDecimal.ZERO);
        assertThat(generous.rate(LOWER_IS_BETTER, none, d("0"))).isEqualTo(Rag.GREEN);
        assertThat(generous.rate(LOWER_IS_BETTER, none, d("1"))).as("1 / 0 is no percentage at all").isEqualTo(Rag.RED);
        assertThat(generous.rate(HIGHER_IS_BETTER, none, d("-1"))).isEqualTo(Rag.RED);
        assertThat(generous.rate(WITHIN_BAND, Target.band(d("-5"), BigDecimal.ZERO), d("0.5"))).as("above an upper bound of 0").isEqualTo(Rag.RED);
        assertThat(new RagRule(d("1"), d("3"), Basis.ABSOLUTE).rate(LOWER_IS_BETTER, none, d("2"))).as("2 over, absolutely").isEqualTo(Rag.AMBER);
    }

    @Test
    void aNegativeTargetIsReadAgainstItsSize() {
        assertThat(DEFAULTS.rate(HIGHER_IS_BETTER, Target.of(d("-20")), d("-21"))).as("1 / |-20| = 5%").isEqualTo(Rag.AMBER);
        assertThat(DEFAULTS.rate(HIGHER_IS_BETTER, Target.of(d("-20")), d("-21.1"))).as("1.1 / 20 = 5.5%").isEqualTo(Rag.RED);
    }

    @Test
    void noRatingWithoutAnAimATargetOrAValue() {
        assertThat(DEFAULTS.rate(NEITHER, Target.of(d("80")), d("10"))).isNull();
        assertThat(DEFAULTS.rate(NEITHER, Target.band(d("40"), d("60")), d("10"))).isNull();
        assertThat(DEFAULTS.rate(HIGHER_IS_BETTER, null, d("10"))).isNull();
        assertThat(DEFAULTS.rate(WITHIN_BAND, null, d("10"))).isNull();
        assertThat(DEFAULTS.rate(HIGHER_IS_BETTER, Target.of(d("80")), null)).isNull();
    }

    @Test
    void aBandGoesWithAMeasureKeptWithinABandAndOnlyWithOne() {
        assertThatThrownBy(() -> DEFAULTS.rate(WITHIN_BAND, Target.of(d("50")), d("10"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DEFAULTS.rate(HIGHER_IS_BETTER, Target.band(d("40"), d("60")), d("10"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DEFAULTS.rate(LOWER_IS_BETTER, Target.band(d("40"), d("60")), null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTargetIsOneValueOrABandWithItsBoundsInOrder() {
        assertThat(Target.of(d("80")).isBand()).isFalse();
        assertThat(Target.band(d("40"), d("60")).isBand()).isTrue();
        assertThat(Target.band(d("50"), d("50")).isBand()).isTrue();
        assertThatThrownBy(() -> Target.of(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Target.band(d("40"), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Target.band(d("60"), d("40"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Target(d("50"), d("40"), d("60"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
