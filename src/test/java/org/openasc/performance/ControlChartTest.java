package org.openasc.performance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.openasc.performance.ControlChart.Direction;
import org.openasc.performance.ControlChart.Point;
import org.openasc.performance.ControlChart.Rule;
import org.openasc.performance.ControlChart.Segment;
import org.openasc.performance.ControlChart.Side;
import org.openasc.performance.ControlChart.SpecialCause;
import org.openasc.platform.signals.MeasureFigures.Polarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.openasc.platform.signals.MeasureFigures.Polarity.HIGHER_IS_BETTER;
import static org.openasc.platform.signals.MeasureFigures.Polarity.LOWER_IS_BETTER;
import static org.openasc.platform.signals.MeasureFigures.Polarity.NEITHER;
import static org.openasc.platform.signals.MeasureFigures.Polarity.WITHIN_BAND;

/**
 * XmR charts worked by hand. Each series runs monthly from April 2023 (point 1) and is built to show one thing.
 * Limits are mean +/- 2.66 x the mean moving range (mMR); the two-thirds zone is mean +/- 2/3 x 2.66 x mMR.
 */
class ControlChartTest {

    static final double CLOSE = 1e-9;

    /**
     * A stable process.
     * <pre>
     * values         48 52 50 47 53 50 49 51 50 47 53 50 48 52 50       total 750, mean 750 / 15 = 50
     * moving ranges     4  2  3  6  3  1  2  1  3  6  3  2  4  2       total 42, mMR 42 / 14 = 3
     * limits         50 + 2.66 x 3 = 57.98 and 50 - 7.98 = 42.02; zone 50 +/- 5.32, so 55.32 and 44.68: no point beyond
     * </pre>
     */
    static final double[] STABLE = {48, 52, 50, 47, 53, 50, 49, 51, 50, 47, 53, 50, 48, 52, 50};

    /**
     * 10 and 12 in turn, then 26. Total 7 x 10 + 7 x 12 + 26 = 180, mean 12 (the 12s sit on it, so there is no run);
     * moving ranges 13 x 2 + 14 = 40, mMR 40 / 14; 2.66 x 40 / 14 = 7.6, limits 19.6 and 4.4: 26 is above the upper.
     */
    static final double[] LAST_ABOVE = {10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 26};

    /** {@link #LAST_ABOVE} turned over about 12: 14 and 12 in turn, then -2 below the lower limit of 4.4. */
    static final double[] LAST_BELOW = {14, 12, 14, 12, 14, 12, 14, 12, 14, 12, 14, 12, 14, 12, -2};

    @Test
    void theProcessLimitsAreTheMeanPlusAndMinus266AverageMovingRanges() {
        ControlChart chart = chart(STABLE, HIGHER_IS_BETTER, null);
        assertThat(chart.enough()).isTrue();
        assertThat(chart.pointsNeeded()).isZero();
        assertThat(chart.segments()).hasSize(1);
        Segment segment = chart.segments().get(0);
        assertThat(segment.from()).isEqualTo("2023-04");
        assertThat(segment.to()).isEqualTo("2024-06");
        assertThat(segment.mean()).isCloseTo(50, within(CLOSE));
        assertThat(segment.upperLimit()).isCloseTo(57.98, within(CLOSE));
        assertThat(segment.lowerLimit()).isCloseTo(42.02, within(CLOSE));
        assertThat(chart.specialCauses()).isEmpty();
        assertThat(chart.variation()).isEqualTo(Variation.COMMON_CAUSE);
        assertThat(chart.assurance()).isNull();
    }

    @Test
    void aPointBeyondAProcessLimitIsSpecialCause() {
        assertThat(chart(LAST_ABOVE, HIGHER_IS_BETTER, null).specialCauses())
                .containsExactly(new SpecialCause("2024-06", Rule.OUTSIDE_LIMITS, Side.HIGH, Direction.IMPROVING));
        assertThat(chart(LAST_BELOW, HIGHER_IS_BETTER, null).specialCauses())
                .containsExactly(new SpecialCause("2024-06", Rule.OUTSIDE_LIMITS, Side.LOW, Direction.CONCERNING));
    }

    /**
     * 12 and 8 in turn for 8 points, then 11 and 12 in turn for 7. Total 80 + 80 = 160, mean 10.67: points 9 to 15 are
     * all above it and point 8 (an 8) below. mMR (7 x 4 + 3 + 6 x 1) / 14 = 37 / 14 = 2.64, limits 17.70 and 3.64,
     * zone 15.35 and 5.98, so nothing else.
     */
    @Test
    void sevenPointsInARowAboveTheMeanAreAShift() {
        ControlChart chart = chart(new double[] {12, 8, 12, 8, 12, 8, 12, 8, 11, 12, 11, 12, 11, 12, 11}, HIGHER_IS_BETTER, null);
        assertThat(chart.specialCauses()).extracting(SpecialCause::rule, SpecialCause::side).containsOnly(tuple(Rule.SHIFT, Side.HIGH));
        assertThat(chart.specialCauses()).extracting(SpecialCause::period).containsExactlyElementsOf(periods(9, 15));
        assertThat(chart.variation()).isEqualTo(Variation.SPECIAL_CAUSE_IMPROVING);
    }

    /** 8 and 12 in turn for 9 points, then 11 and 12 for 6: total 157, mean 10.47; point 9 (an 8) breaks the run at 6. */
    @Test
    void sixPointsInARowAboveTheMeanAreNotAShift() {
        assertThat(chart(new double[] {8, 12, 8, 12, 8, 12, 8, 12, 8, 11, 12, 11, 12, 11, 12}, HIGHER_IS_BETTER, null).specialCauses()).isEmpty();
    }

    /**
     * 12 and 6 in turn for 8 points (72), then 11 12 11 10 11 12 11 (78): total 150, mean exactly 10, and point 12 sits
     * on it, leaving runs of 3 above. mMR (7 x 6 + 5 + 6 x 1) / 14 = 53 / 14 = 3.79, limits 20.07 and -0.07.
     * With 10.5 in its place the mean is 150.5 / 15 = 10.03 and all 7 are above it.
     */
    @Test
    void aPointExactlyOnTheMeanBreaksARun() {
        assertThat(chart(new double[] {12, 6, 12, 6, 12, 6, 12, 6, 11, 12, 11, 10, 11, 12, 11}, HIGHER_IS_BETTER, null).specialCauses()).isEmpty();
        assertThat(chart(new double[] {12, 6, 12, 6, 12, 6, 12, 6, 11, 12, 11, 10.5, 11, 12, 11}, HIGHER_IS_BETTER, null).specialCauses())
                .extracting(SpecialCause::rule).containsOnly(Rule.SHIFT).hasSize(7);
    }

    /**
     * 10 and 12 in turn for 8 points, then 8.5 rising by 0.5 to 11.5. Total 88 + 70 = 158, mean 10.53, so the rise
     * crosses the mean; mMR (7 x 2 + 3.5 + 6 x 0.5) / 14 = 20.5 / 14 = 1.46, limits 14.43 and 6.64, zone 13.13 and 7.94.
     */
    @Test
    void sevenPointsEachHigherThanTheLastAreATrend() {
        ControlChart chart = chart(new double[] {10, 12, 10, 12, 10, 12, 10, 12, 8.5, 9, 9.5, 10, 10.5, 11, 11.5}, LOWER_IS_BETTER, null);
        assertThat(chart.specialCauses()).extracting(SpecialCause::rule, SpecialCause::side, SpecialCause::direction)
                .containsOnly(tuple(Rule.TREND, Side.HIGH, Direction.CONCERNING));
        assertThat(chart.specialCauses()).extracting(SpecialCause::period).containsExactlyElementsOf(periods(9, 15));
        assertThat(chart.variation()).isEqualTo(Variation.SPECIAL_CAUSE_CONCERNING);
    }

    @Test
    void sixRisingPointsOrAnUnchangedValueAreNoTrend() {
        assertThat(chart(new double[] {10, 12, 10, 12, 10, 12, 10, 12, 10, 9, 9.5, 10, 10.5, 11, 11.5}, HIGHER_IS_BETTER, null).specialCauses())
                .as("9 to 11.5 is 6 points").isEmpty();
        assertThat(chart(new double[] {10, 12, 10, 12, 10, 12, 10, 12, 8.5, 9, 9.5, 9.5, 10.5, 11, 11.5}, HIGHER_IS_BETTER, null).specialCauses())
                .as("9.5 twice").isEmpty();
    }

    /** 10 and 12 in turn, then 13.5 falling by 0.5 to 10.5: mean 172 / 15 = 11.47, limits 14.98 and 7.95. */
    @Test
    void sevenFallingPointsAreATrendDownwardsThatImprovesAMeasureWhereLowerIsBetter() {
        ControlChart chart = chart(new double[] {10, 12, 10, 12, 10, 12, 10, 12, 13.5, 13, 12.5, 12, 11.5, 11, 10.5}, LOWER_IS_BETTER, null);
        assertThat(chart.specialCauses()).extracting(SpecialCause::rule, SpecialCause::side, SpecialCause::direction)
                .containsOnly(tuple(Rule.TREND, Side.LOW, Direction.IMPROVING)).hasSize(7);
        assertThat(chart.variation()).isEqualTo(Variation.SPECIAL_CAUSE_IMPROVING);
    }

    /** 1 rising to 8 and falling back to 1: the peak ends the rise, so it is listed once, with the rise. */
    @Test
    void aTurningPointStaysWithTheTrendItEnds() {
        ControlChart chart = chart(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 7, 6, 5, 4, 3, 2, 1}, HIGHER_IS_BETTER, null);
        List<SpecialCause> trend = chart.specialCauses().stream().filter(c -> c.rule() == Rule.TREND).toList();
        assertThat(trend).hasSize(15);
        assertThat(trend).filteredOn(c -> c.period().equals("2023-11")).extracting(SpecialCause::side).containsExactly(Side.HIGH);
        assertThat(trend).filteredOn(c -> c.side() == Side.LOW).hasSize(7);
    }

    /**
     * 10 and 11 in turn for 12 points, then 14, 10.5, 14. Total 126 + 38.5 = 164.5, mean 10.97; mMR (11 x 1 + 3 + 3.5
     * + 3.5) / 14 = 21 / 14 = 1.5; 2.66 x 1.5 = 3.99, upper limit 14.96; zone 10.97 + 2/3 x 3.99 = 13.63. Both 14s are
     * beyond the zone and within the limit; the 10.5 between them is not flagged.
     */
    @Test
    void twoOfThreePointsNearTheUpperLimitAreFlaggedButNotTheOneBetween() {
        ControlChart chart = chart(new double[] {10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 14, 10.5, 14}, HIGHER_IS_BETTER, null);
        assertThat(chart.specialCauses()).containsExactly(
                new SpecialCause("2024-04", Rule.TWO_OF_THREE, Side.HIGH, Direction.IMPROVING),
                new SpecialCause("2024-06", Rule.TWO_OF_THREE, Side.HIGH, Direction.IMPROVING));
        assertThat(chart(new double[] {11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 7, 10.5, 7}, HIGHER_IS_BETTER, null).specialCauses())
                .as("mirrored: mean 10.03, zone 7.37").extracting(SpecialCause::rule, SpecialCause::side)
                .containsExactly(tuple(Rule.TWO_OF_THREE, Side.LOW), tuple(Rule.TWO_OF_THREE, Side.LOW));
    }

    /** 10 and 11 in turn for 11 points, then 14, 10.5, 10.5, 14: mean 10.93, zone 13.59, but no 3 in a row hold both 14s. */
    @Test
    void twoPointsNearTheLimitFourApartAreNotSpecialCause() {
        assertThat(chart(new double[] {10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 14, 10.5, 10.5, 14}, HIGHER_IS_BETTER, null).specialCauses()).isEmpty();
    }

    @Test
    void theLatestPointGivesTheVariationByWhichWayIsGood() {
        assertThat(chart(LAST_ABOVE, HIGHER_IS_BETTER, null).variation()).isEqualTo(Variation.SPECIAL_CAUSE_IMPROVING);
        assertThat(chart(LAST_ABOVE, LOWER_IS_BETTER, null).variation()).isEqualTo(Variation.SPECIAL_CAUSE_CONCERNING);
        assertThat(chart(LAST_ABOVE, NEITHER, null).variation()).isEqualTo(Variation.SPECIAL_CAUSE_NEITHER);
        assertThat(chart(LAST_BELOW, HIGHER_IS_BETTER, null).variation()).isEqualTo(Variation.SPECIAL_CAUSE_CONCERNING);
        assertThat(chart(LAST_BELOW, LOWER_IS_BETTER, null).variation()).isEqualTo(Variation.SPECIAL_CAUSE_IMPROVING);
        assertThat(chart(STABLE, LOWER_IS_BETTER, null).variation()).isEqualTo(Variation.COMMON_CAUSE);
        assertThat(Variation.COMMON_CAUSE.label()).isEqualTo("Common cause variation");
        assertThat(Variation.SPECIAL_CAUSE_IMPROVING.label()).isEqualTo("Special cause variation: improving");
    }

    /**
     * 14 and 16 in turn for 8 points, then 9 rising by 0.5 to 12: mean 193.5 / 15 = 12.9, so the last 7 are a shift
     * below the mean as well as a rising trend. The shift decides: the latest point is low, which is concerning.
     */
    @Test
    void aShiftOutranksATrendWhenTheyPullTheLatestPointOppositeWays() {
        ControlChart chart = chart(new double[] {14, 16, 14, 16, 14, 16, 14, 16, 9, 9.5, 10, 10.5, 11, 11.5, 12}, HIGHER_IS_BETTER, null);
        assertThat(chart.specialCauses()).filteredOn(c -> c.period().equals("2024-06")).containsExactly(
                new SpecialCause("2024-06", Rule.SHIFT, Side.LOW, Direction.CONCERNING),
                new SpecialCause("2024-06", Rule.TREND, Side.HIGH, Direction.IMPROVING));
        assertThat(chart.variation()).isEqualTo(Variation.SPECIAL_CAUSE_CONCERNING);
    }

    /** Both series have a mean of 12; the last point of one is high, of the other low. */
    @Test
    void withinABandMovingTowardsItImprovesAndAnyMoveFromInsideItConcerns() {
        assertThat(chart(LAST_ABOVE, WITHIN_BAND, band("15", "20")).variation()).as("mean below the band").isEqualTo(Variation.SPECIAL_CAUSE_IMPROVING);
        assertThat(chart(LAST_ABOVE, WITHIN_BAND, band("5", "10")).variation()).as("mean above the band").isEqualTo(Variation.SPECIAL_CAUSE_CONCERNING);
        assertThat(chart(LAST_ABOVE, WITHIN_BAND, band("10", "14")).variation()).as("mean inside").isEqualTo(Variation.SPECIAL_CAUSE_CONCERNING);
        assertThat(chart(LAST_BELOW, WITHIN_BAND, band("5", "10")).variation()).as("mean above the band").isEqualTo(Variation.SPECIAL_CAUSE_IMPROVING);
        assertThat(chart(LAST_BELOW, WITHIN_BAND, band("15", "20")).variation()).as("mean below the band").isEqualTo(Variation.SPECIAL_CAUSE_CONCERNING);
        assertThat(chart(LAST_BELOW, WITHIN_BAND, band("12", "12")).variation()).as("mean on a band of one value").isEqualTo(Variation.SPECIAL_CAUSE_CONCERNING);
        assertThat(chart(LAST_ABOVE, WITHIN_BAND, null).variation()).as("no band").isEqualTo(Variation.SPECIAL_CAUSE_NEITHER);
    }

    /** The stable process's limits are 42.02 and 57.98. */
    @Test
    void aTargetOutsideTheLimitsIsConsistentlyMetOrMissedAndOneBetweenThemIsHitAndMiss() {
        assertThat(chart(STABLE, HIGHER_IS_BETTER, Target.of(new BigDecimal("40"))).assurance()).isEqualTo(Assurance.CONSISTENTLY_MET);
        assertThat(chart(STABLE, HIGHER_IS_BETTER, Target.of(new BigDecimal("60"))).assurance()).isEqualTo(Assurance.CONSISTENTLY_MISSED);
        assertThat(chart(STABLE, HIGHER_IS_BETTER, Target.of(new BigDecimal("50"))).assurance()).isEqualTo(Assurance.HIT_AND_MISS);
        double lower = chart(STABLE, HIGHER_IS_BETTER, null).segments().get(0).lowerLimit();
        assertThat(chart(STABLE, HIGHER_IS_BETTER, Target.of(new BigDecimal(lower))).assurance()).as("on the lower limit").isEqualTo(Assurance.HIT_AND_MISS);
        assertThat(chart(STABLE, LOWER_IS_BETTER, Target.of(new BigDecimal("60"))).assurance()).isEqualTo(Assurance.CONSISTENTLY_MET);
        assertThat(chart(STABLE, LOWER_IS_BETTER, Target.of(new BigDecimal("40"))).assurance()).isEqualTo(Assurance.CONSISTENTLY_MISSED);
        assertThat(chart(STABLE, LOWER_IS_BETTER, Target.of(new BigDecimal("50"))).assurance()).isEqualTo(Assurance.HIT_AND_MISS);
        assertThat(Assurance.HIT_AND_MISS.label()).isEqualTo("Hit and miss: the target lies between the limits");
    }

    @Test
    void aBandIsConsistentlyMetWhenBothLimitsLieInsideIt() {
        assertThat(chart(STABLE, WITHIN_BAND, band("40", "60")).assurance()).isEqualTo(Assurance.CONSISTENTLY_MET);
        Segment limits = chart(STABLE, WITHIN_BAND, null).segments().get(0);
        Target onTheLimits = Target.band(new BigDecimal(limits.lowerLimit()), new BigDecimal(limits.upperLimit()));
        assertThat(chart(STABLE, WITHIN_BAND, onTheLimits).assurance()).as("bounds on the limits").isEqualTo(Assurance.CONSISTENTLY_MET);
        assertThat(chart(STABLE, WITHIN_BAND, band("45", "55")).assurance()).as("the band between the limits").isEqualTo(Assurance.HIT_AND_MISS);
        assertThat(chart(STABLE, WITHIN_BAND, band("55", "65")).assurance()).as("straddling the upper limit").isEqualTo(Assurance.HIT_AND_MISS);
        assertThat(chart(STABLE, WITHIN_BAND, band("58", "70")).assurance()).as("wholly above").isEqualTo(Assurance.CONSISTENTLY_MISSED);
        assertThat(chart(STABLE, WITHIN_BAND, band("30", "42")).assurance()).as("wholly below").isEqualTo(Assurance.CONSISTENTLY_MISSED);
    }

    @Test
    void noAssuranceWithoutATargetOrAWayThatIsGood() {
        assertThat(chart(STABLE, NEITHER, Target.of(new BigDecimal("50"))).assurance()).isNull();
        assertThat(chart(STABLE, HIGHER_IS_BETTER, null).assurance()).isNull();
        assertThat(chart(STABLE, WITHIN_BAND, null).assurance()).isNull();
    }

    @Test
    void fewerThanFifteenPointsSayHowManyMoreAreNeeded() {
        ControlChart ten = ControlChart.of(points(10, 12, 10, 12, 10, 12, 10, 12, 10, 40), HIGHER_IS_BETTER, Target.of(BigDecimal.TEN), null);
        assertThat(ten.enough()).isFalse();
        assertThat(ten.pointsNeeded()).isEqualTo(5);
        assertThat(ten.segments()).isEmpty();
        assertThat(ten.specialCauses()).isEmpty();
        assertThat(ten.variation()).isNull();
        assertThat(ten.assurance()).isNull();
        assertThat(ControlChart.of(List.of(), HIGHER_IS_BETTER, null, null).pointsNeeded()).isEqualTo(ControlChart.MINIMUM_POINTS);
    }

    /**
     * 9 and 11 in turn for 8 points, then 19 and 21 in turn for 8 from December 2023. Each segment: mean 10 or 20,
     * mMR 7 x 2 / 7 = 2, limits mean +/- 5.32. Against one baseline (mean 15) every point would be in a shift.
     */
    @Test
    void aRecalculatedBaselineGivesEachSegmentItsOwnMeanAndLimits() {
        double[] stepChange = {9, 11, 9, 11, 9, 11, 9, 11, 19, 21, 19, 21, 19, 21, 19, 21};
        ControlChart chart = ControlChart.of(points(stepChange), HIGHER_IS_BETTER, Target.of(new BigDecimal("14")), "2023-12");
        assertThat(chart.segments()).hasSize(2);
        Segment before = chart.segments().get(0);
        Segment after = chart.segments().get(1);
        assertThat(before.from()).isEqualTo("2023-04");
        assertThat(before.to()).isEqualTo("2023-11");
        assertThat(before.mean()).isCloseTo(10, within(CLOSE));
        assertThat(before.upperLimit()).isCloseTo(15.32, within(CLOSE));
        assertThat(before.lowerLimit()).isCloseTo(4.68, within(CLOSE));
        assertThat(after.from()).isEqualTo("2023-12");
        assertThat(after.to()).isEqualTo("2024-07");
        assertThat(after.mean()).isCloseTo(20, within(CLOSE));
        assertThat(after.upperLimit()).isCloseTo(25.32, within(CLOSE));
        assertThat(after.lowerLimit()).isCloseTo(14.68, within(CLOSE));
        assertThat(chart.specialCauses()).isEmpty();
        assertThat(chart.assurance()).as("14 is below the new lower limit of 14.68").isEqualTo(Assurance.CONSISTENTLY_MET);
        assertThat(ControlChart.of(points(stepChange), HIGHER_IS_BETTER, null, null).specialCauses())
                .filteredOn(c -> c.rule() == Rule.SHIFT).hasSize(16);
    }

    /** 8, 9, 10, 11 end the old baseline and 19, 20, 21 start the new: 7 rising points, but no run crosses a baseline. */
    @Test
    void aTrendIsNotCarriedAcrossANewBaseline() {
        double[] values = {11, 9, 11, 9, 8, 9, 10, 11, 19, 20, 21, 19, 21, 19, 21, 19};
        assertThat(ControlChart.of(points(values), HIGHER_IS_BETTER, null, null).specialCauses()).extracting(SpecialCause::rule).contains(Rule.TREND);
        assertThat(ControlChart.of(points(values), HIGHER_IS_BETTER, null, "2023-12").specialCauses()).isEmpty();
    }

    @Test
    void aBaselineMustStartInAPeriodOnTheChartWithTwoPointsEitherSide() {
        assertThatThrownBy(() -> ControlChart.of(points(STABLE), HIGHER_IS_BETTER, null, "2025-01"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-01");
        assertThatThrownBy(() -> ControlChart.of(points(10, 12), HIGHER_IS_BETTER, null, "2023-03")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ControlChart.of(points(STABLE), HIGHER_IS_BETTER, null, "2024-06"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> ControlChart.of(points(STABLE), HIGHER_IS_BETTER, null, "2023-05"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2");
        assertThat(ControlChart.of(points(STABLE), HIGHER_IS_BETTER, null, "2023-06").segments()).hasSize(2);
    }

    @Test
    void aPeriodTwiceOrABandForAMeasureNotKeptInOneIsRefused() {
        List<Point> twice = new ArrayList<>(points(STABLE));
        twice.add(new Point("2024-06", 50));
        assertThatThrownBy(() -> ControlChart.of(twice, HIGHER_IS_BETTER, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> chart(STABLE, HIGHER_IS_BETTER, band("40", "60"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> chart(STABLE, WITHIN_BAND, Target.of(new BigDecimal("50")))).isInstanceOf(IllegalArgumentException.class);
    }

    private static ControlChart chart(double[] values, Polarity polarity, Target target) {
        return ControlChart.of(points(values), polarity, target, null);
    }

    private static List<Point> points(double... values) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new Point(YearMonth.of(2023, 4).plusMonths(i).toString(), values[i]));
        }
        return points;
    }

    /** The periods of points {@code first} to {@code last}, counting April 2023 as 1. */
    private static List<String> periods(int first, int last) {
        List<String> periods = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            periods.add(YearMonth.of(2023, 4).plusMonths(i - 1).toString());
        }
        return periods;
    }

    private static Target band(String lower, String upper) {
        return Target.band(new BigDecimal(lower), new BigDecimal(upper));
    }
}
