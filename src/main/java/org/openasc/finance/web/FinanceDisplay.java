package org.openasc.finance.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Money as committee papers print it: £000 with negatives in brackets and a dash for nothing. */
public final class FinanceDisplay {

    private static final DecimalFormatSymbols UK = DecimalFormatSymbols.getInstance(Locale.UK);

    public String thousands(BigDecimal pounds) {
        if (pounds == null) {
            return "";
        }
        BigDecimal k = pounds.divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP);
        if (k.signum() == 0) {
            return pounds.signum() < 0 ? "(0)" : "-";
        }
        String digits = new DecimalFormat("#,##0", UK).format(k.abs());
        return k.signum() < 0 ? "(" + digits + ")" : digits;
    }

    public String pounds(BigDecimal pounds) {
        if (pounds == null) {
            return "";
        }
        String digits = "£" + new DecimalFormat("#,##0.00", UK).format(pounds.abs());
        return pounds.signum() < 0 ? "-" + digits : digits;
    }

    public String percent(BigDecimal percent) {
        return percent == null ? "n/a" : new DecimalFormat("0.00", UK).format(percent) + "%";
    }
}
