package org.openasc.performance.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.stereotype.Component;

import org.openasc.performance.Rag;

/** How the pages write a measure's value in its unit, and a RAG status in words (never by colour alone). */
@Component("measureFormat")
class ValueFormat {

    public String value(String unit, BigDecimal v) {
        if (v == null) {
            return "No value";
        }
        NumberFormat n = NumberFormat.getNumberInstance(Locale.UK);
        return switch (unit) {
            case "PERCENTAGE" -> {
                n.setMinimumFractionDigits(1);
                n.setMaximumFractionDigits(1);
                yield n.format(v) + "%";
            }
            case "POUNDS" -> NumberFormat.getCurrencyInstance(Locale.UK).format(v);
            case "COUNT" -> {
                n.setMaximumFractionDigits(v.stripTrailingZeros().scale() > 0 ? 2 : 0);
                yield n.format(v);
            }
            default -> {
                n.setMaximumFractionDigits(2);
                n.setMinimumFractionDigits(1);
                yield n.format(v);
            }
        };
    }

    public String rag(Rag rag) {
        return rag == null ? "No RAG" : switch (rag) {
            case GREEN -> "Green";
            case AMBER -> "Amber";
            case RED -> "Red";
        };
    }

    public String ragTag(Rag rag) {
        return rag == null ? "govuk-tag govuk-tag--grey" : switch (rag) {
            case GREEN -> "govuk-tag govuk-tag--green";
            case AMBER -> "govuk-tag govuk-tag--yellow";
            case RED -> "govuk-tag govuk-tag--red";
        };
    }

    public String polarity(String p) {
        return switch (p) {
            case "HIGHER_IS_BETTER" -> "Higher is better";
            case "LOWER_IS_BETTER" -> "Lower is better";
            case "WITHIN_BAND" -> "Aimed within a band";
            default -> "No aim (watched)";
        };
    }

    public String basis(String b) {
        return switch (b) {
            case "SNAPSHOT" -> "Position at the end of the month";
            case "ROLLING_12_MONTHS" -> "The 12 months to the end of the month";
            case "YEAR_TO_DATE" -> "The financial year to the end of the month";
            default -> "The month";
        };
    }

    public String month(String period) {
        return org.openasc.performance.Periods.label(period);
    }
}
