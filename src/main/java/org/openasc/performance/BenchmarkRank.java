package org.openasc.performance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.openasc.platform.signals.MeasureFigures.Polarity;

/** Where a council stands among comparable areas on a measure: its rank, its quartile and the areas' median. */
public final class BenchmarkRank {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private BenchmarkRank() {
    }

    /**
     * A council's standing among {@code of} areas with a value. Rank 1 is the best by polarity and tied areas share the
     * best rank they cover (10, 9, 9, 8 rank 1, 2, 2, 4); quartile 1 is the top. Rank and quartile are null for a measure
     * kept within a band or with neither polarity, and with the value when the council's own area has none.
     */
    public record Result(BigDecimal value, Integer rank, int of, Integer quartile, BigDecimal median) {
    }

    /** Areas without a value (a null in the map) are left out; the median is null when no area has one. */
    public static Result of(String ownAreaCode, Map<String, BigDecimal> valuesByArea, Polarity polarity) {
        Objects.requireNonNull(polarity, "polarity");
        List<BigDecimal> values = valuesByArea.values().stream().filter(Objects::nonNull).sorted().toList();
        int of = values.size();
        BigDecimal own = ownAreaCode == null ? null : valuesByArea.get(ownAreaCode);
        Integer rank = own == null ? null : switch (polarity) {
            case HIGHER_IS_BETTER -> 1 + (int) values.stream().filter(v -> v.compareTo(own) > 0).count();
            case LOWER_IS_BETTER -> 1 + (int) values.stream().filter(v -> v.compareTo(own) < 0).count();
            case WITHIN_BAND, NEITHER -> null;
        };
        Integer quartile = rank == null ? null : (4 * rank + of - 1) / of;
        return new Result(own, rank, of, quartile, median(values));
    }

    /** "Top", "Second", "Third" or "Bottom", as councils' performance papers put a quartile; null for none. */
    public static String quartileInWords(Integer quartile) {
        if (quartile == null) {
            return null;
        }
        return switch (quartile) {
            case 1 -> "Top";
            case 2 -> "Second";
            case 3 -> "Third";
            case 4 -> "Bottom";
            default -> throw new IllegalArgumentException("There is no quartile " + quartile);
        };
    }

    // Exact: halving a sum always ends, one place at most beyond the values' own (7 and 8 give 7.5).
    private static BigDecimal median(List<BigDecimal> sorted) {
        int n = sorted.size();
        if (n == 0) {
            return null;
        }
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(TWO);
    }
}
