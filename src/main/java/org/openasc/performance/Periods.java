package org.openasc.performance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

import org.openasc.platform.calendar.Today;
import org.openasc.platform.web.InvalidInput;

/** Months as the framework names them ({@code 2024-06}) and the financial years (April to March) they fall in. */
public final class Periods {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM").withResolverStyle(ResolverStyle.STRICT);

    private Periods() {
    }

    /** The month a period names; refused with a message on {@code field} when it is not a month such as 2024-06. */
    public static YearMonth month(String period, String field) {
        try {
            if (period != null && period.strip().matches("(20\\d\\d|2100)-\\d{2}")) {
                return YearMonth.parse(period.strip(), MONTH);
            }
        } catch (java.time.format.DateTimeParseException e) {
            // falls through to the message
        }
        throw new InvalidInput(field, "Give a month from 2000 to 2100 as year and month, such as 2024-06");
    }

    public static String name(YearMonth month) {
        return month.format(MONTH);
    }

    /** The financial year a month falls in, by the year it starts: June 2024 and March 2025 are both 2024 (2024/25). */
    public static int financialYear(YearMonth month) {
        return Today.financialYearOf(month.atDay(1));
    }

    public static int financialYear(LocalDate day) {
        return Today.financialYearOf(day);
    }

    /** A period as the pages write it: 2024-06 as "Jun 2024". */
    public static String label(String period) {
        YearMonth m = YearMonth.parse(period, MONTH);
        return m.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.UK) + " " + m.getYear();
    }

    /** 2024 as "2024/25". */
    public static String yearLabel(int financialYear) {
        return financialYear + "/" + String.format("%02d", (financialYear + 1) % 100);
    }

    /** The months from one to another, inclusive, in order. */
    public static List<YearMonth> between(YearMonth from, YearMonth to) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
