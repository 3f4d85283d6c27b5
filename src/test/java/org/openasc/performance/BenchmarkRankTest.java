package org.openasc.performance;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.openasc.performance.BenchmarkRank.Result;
import org.openasc.platform.signals.MeasureFigures.Polarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openasc.platform.signals.MeasureFigures.Polarity.HIGHER_IS_BETTER;
import static org.openasc.platform.signals.MeasureFigures.Polarity.LOWER_IS_BETTER;
import static org.openasc.platform.signals.MeasureFigures.Polarity.NEITHER;
import static org.openasc.platform.signals.MeasureFigures.Polarity.WITHIN_BAND;

/** Ranks, quartiles and medians among comparable councils, worked by hand. */
class BenchmarkRankTest {

    /** 10, 9, 9, 8: ranks 1, 2, 2, 4 where higher is better, 4, 2, 2, 1 where lower is; median (9 + 9) / 2 = 9. */
    static final Map<String, BigDecimal> TIED = Map.of("E10000018", d("10"), "E10000019", d("9"), "E10000024", d("9.0"), "E10000021", d("8"));

    @Test
    void tiedCouncilsShareTheBestRankTheyCover() {
        Result leicestershire = BenchmarkRank.of("E10000018", TIED, HIGHER_IS_BETTER);
        assertThat(leicestershire.value()).isEqualByComparingTo("10");
        assertThat(leicestershire.rank()).isEqualTo(1);
        assertThat(leicestershire.of()).isEqualTo(4);
        assertThat(leicestershire.quartile()).as("ceil(4 x 1 / 4)").isEqualTo(1);
        assertThat(leicestershire.median()).isEqualByComparingTo("9");
        assertThat(BenchmarkRank.of("E10000019", TIED, HIGHER_IS_BETTER).rank()).isEqualTo(2);
        assertThat(BenchmarkRank.of("E10000024", TIED, HIGHER_IS_BETTER).rank()).as("9.0 ties with 9").isEqualTo(2);
        Result last = BenchmarkRank.of("E10000021", TIED, HIGHER_IS_BETTER);
        assertThat(last.rank()).as("no rank 3 after a tie for 2nd").isEqualTo(4);
        assertThat(last.quartile()).isEqualTo(4);
    }

    @Test
    void whereLowerIsBetterTheLowestValueRanksFirst() {
        assertThat(BenchmarkRank.of("E10000021", TIED, LOWER_IS_BETTER).rank()).isEqualTo(1);
        assertThat(BenchmarkRank.of("E10000019", TIED, LOWER_IS_BETTER).rank()).isEqualTo(2);
        Result leicestershire = BenchmarkRank.of("E10000018", TIED, LOWER_IS_BETTER);
        assertThat(leicestershire.rank()).isEqualTo(4);
        assertThat(leicestershire.quartile()).isEqualTo(4);
    }

    /** Sixteen councils, a council and its fifteen nearest neighbours, valued 1 to 16: quartile = ceil(4 x rank / 16). */
    @Test
    void quartilesAreFourEqualShares() {
        Map<String, BigDecimal> sixteen = new LinkedHashMap<>();
        for (int i = 1; i <= 16; i++) {
            sixteen.put("LA" + i, BigDecimal.valueOf(i));
        }
        assertThat(BenchmarkRank.of("LA13", sixteen, HIGHER_IS_BETTER).quartile()).as("rank 4: 16 / 16 = 1").isEqualTo(1);
        assertThat(BenchmarkRank.of("LA12", sixteen, HIGHER_IS_BETTER).quartile()).as("rank 5: 20 / 16 = 1.25").isEqualTo(2);
        assertThat(BenchmarkRank.of("LA5", sixteen, HIGHER_IS_BETTER).quartile()).as("rank 12: 48 / 16 = 3").isEqualTo(3);
        assertThat(BenchmarkRank.of("LA4", sixteen, HIGHER_IS_BETTER).quartile()).as("rank 13: 52 / 16 = 3.25").isEqualTo(4);
        assertThat(BenchmarkRank.of("LA4", sixteen, LOWER_IS_BETTER).quartile()).as("rank 4 the other way").isEqualTo(1);
        assertThat(BenchmarkRank.of("LA4", sixteen, HIGHER_IS_BETTER).median()).as("(8 + 9) / 2").isEqualByComparingTo("8.5");
    }

    @Test
    void theMedianIsTheMiddleValueOrTheMeanOfTheMiddleTwo() {
        Map<String, BigDecimal> five = Map.of("A", d("3"), "B", d("7"), "C", d("1"), "D", d("9"), "E", d("5"));
        assertThat(BenchmarkRank.of("A", five, HIGHER_IS_BETTER).median()).as("1 3 5 7 9").isEqualByComparingTo("5");
        Map<String, BigDecimal> four = Map.of("A", d("7.2"), "B", d("7.5"), "C", d("6.1"), "D", d("8.8"));
        assertThat(BenchmarkRank.of("A", four, HIGHER_IS_BETTER).median()).as("(7.2 + 7.5) / 2").isEqualTo(d("7.35"));
        assertThat(BenchmarkRank.of("A", Map.of("A", d("61.3")), HIGHER_IS_BETTER).median()).isEqualByComparingTo("61.3");
    }

    @Test
    void aCouncilWithoutAValueHasNoRankButTheOthersStillHaveAMedian() {
        Result missing = BenchmarkRank.of("E10000016", TIED, HIGHER_IS_BETTER);
        assertThat(missing.value()).isNull();
        assertThat(missing.rank()).isNull();
        assertThat(missing.quartile()).isNull();
        assertThat(missing.of()).isEqualTo(4);
        assertThat(missing.median()).isEqualByComparingTo("9");
        Map<String, BigDecimal> suppressed = new HashMap<>(TIED);
        suppressed.put("E10000016", null);
        Result withNull = BenchmarkRank.of("E10000016", suppressed, HIGHER_IS_BETTER);
        assertThat(withNull.value()).isNull();
        assertThat(withNull.of()).as("an area without a value is not counted").isEqualTo(4);
        assertThat(BenchmarkRank.of("E10000018", suppressed, HIGHER_IS_BETTER).rank()).isEqualTo(1);
        Result nobody = BenchmarkRank.of("E10000018", Map.of(), HIGHER_IS_BETTER);
        assertThat(nobody.of()).isZero();
        assertThat(nobody.median()).isNull();
    }

    @Test
    void aMeasureWithoutABetterDirectionIsNotRanked() {
        for (Polarity polarity : List.of(NEITHER, WITHIN_BAND)) {
            Result result = BenchmarkRank.of("E10000018", TIED, polarity);
            assertThat(result.value()).isEqualByComparingTo("10");
            assertThat(result.rank()).isNull();
            assertThat(result.quartile()).isNull();
            assertThat(result.median()).isEqualByComparingTo("9");
        }
    }

    @Test
    void quartilesAreSaidAsTheCouncilsPapersSayThem() {
        assertThat(BenchmarkRank.quartileInWords(1)).isEqualTo("Top");
        assertThat(BenchmarkRank.quartileInWords(2)).isEqualTo("Second");
        assertThat(BenchmarkRank.quartileInWords(3)).isEqualTo("Third");
        assertThat(BenchmarkRank.quartileInWords(4)).isEqualTo("Bottom");
        assertThat(BenchmarkRank.quartileInWords(null)).isNull();
        assertThatThrownBy(() -> BenchmarkRank.quartileInWords(5)).isInstanceOf(IllegalArgumentException.class);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
