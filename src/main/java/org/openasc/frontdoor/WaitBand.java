package org.openasc.frontdoor;

/** Waiting-time bands managers report: 0-4 weeks, 4-12, 12-26 and over 26, by whole days waited. */
public enum WaitBand {
    UP_TO_4_WEEKS("0 to 4 weeks", 0, 28),
    FROM_4_TO_12_WEEKS("4 to 12 weeks", 28, 84),
    FROM_12_TO_26_WEEKS("12 to 26 weeks", 84, 182),
    OVER_26_WEEKS("Over 26 weeks", 182, Integer.MAX_VALUE);

    private final String label;
    private final int fromDays;
    private final int beforeDays;

    WaitBand(String label, int fromDays, int beforeDays) {
        this.label = label;
        this.fromDays = fromDays;
        this.beforeDays = beforeDays;
    }

    public String label() {
        return label;
    }

    /** A wait of exactly 4 weeks (28 days) is in the 4-12 band: bands include their lower bound. */
    public static WaitBand of(long waitingDays) {
        for (WaitBand band : values()) {
            if (waitingDays >= band.fromDays && waitingDays < band.beforeDays) {
                return band;
            }
        }
        throw new IllegalArgumentException("A wait cannot be negative: " + waitingDays);
    }

    /** The SQL case expression giving this enum's name for a day count, kept beside the rule it mirrors. */
    public static String sqlCase(String daysExpression) {
        StringBuilder sql = new StringBuilder("case");
        for (WaitBand band : values()) {
            if (band.beforeDays == Integer.MAX_VALUE) {
                sql.append(" else '").append(band.name()).append("' end");
            } else {
                sql.append(" when ").append(daysExpression).append(" < ").append(band.beforeDays).append(" then '").append(band.name()).append("'");
            }
        }
        return sql.toString();
    }
}
