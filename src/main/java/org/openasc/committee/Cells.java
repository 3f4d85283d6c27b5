package org.openasc.committee;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** How report tables write numbers: pounds, percentages and counts, the way committee papers do. */
final class Cells {

    private Cells() {
    }

    static ReportFigures.Cell pounds(BigDecimal amount) {
        if (amount == null) {
            return ReportFigures.Cell.text("");
        }
        NumberFormat format = NumberFormat.getIntegerInstance(Locale.UK);
        String text = format.format(amount.setScale(0, RoundingMode.HALF_UP).abs());
        return ReportFigures.Cell.text((amount.signum() < 0 ? "-£" : "£") + text);
    }

    static ReportFigures.Cell percent(BigDecimal value) {
        return ReportFigures.Cell.text(value == null ? "" : value.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%");
    }

    /** A measure's value in its unit; a count of people is a count cell, so it can be suppressed in public. */
    static ReportFigures.Cell measure(BigDecimal value, String unit) {
        if (value == null) {
            return ReportFigures.Cell.text("");
        }
        return switch (unit == null ? "" : unit) {
            case "PERCENTAGE" -> percent(value);
            case "POUNDS" -> pounds(value);
            case "COUNT" -> ReportFigures.Cell.count(value.setScale(0, RoundingMode.HALF_UP).longValueExact());
            default -> ReportFigures.Cell.text(value.setScale(1, RoundingMode.HALF_UP).toPlainString());
        };
    }
}
