package org.openasc.finance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openasc.platform.calendar.Today;

/** A council's financial year, 1 April to 31 March, in twelve monthly periods (period 1 is April). */
public record FinancialYear(int startYear) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:[-/](\\d{2}|\\d{4}))?");

    public FinancialYear {
        if (startYear < 2000 || startYear > 2100) {
            throw new IllegalArgumentException("A financial year between 2000 and 2100");
        }
    }

    /** "2024", "2024-25", "2024/25" or "2024/2025"; null if it is none of these. */
    public static FinancialYear parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text.strip());
        if (m == null || !m.matches()) {
            return null;
        }
        int start = Integer.parseInt(m.group(1));
        if (start < 2000 || start > 2100) {
            return null;
        }
        String end = m.group(2);
        if (end != null && Integer.parseInt(end) % (end.length() == 2 ? 100 : 10000) != (start + 1) % (end.length() == 2 ? 100 : 10000)) {
            return null;
        }
        return new FinancialYear(start);
    }

    public static FinancialYear containing(LocalDate day) {
        return new FinancialYear(Today.financialYearOf(day));
    }

    public LocalDate start() {
        return LocalDate.of(startYear, 4, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    /** The last day of a period: period 3 ends on 30 June. */
    public LocalDate endOfPeriod(int period) {
        return start().plusMonths(period).minusDays(1);
    }

    /** Days after a period's end up to and including 31 March. */
    public long daysLeftAfter(int period) {
        return ChronoUnit.DAYS.between(endOfPeriod(period), end());
    }

    public int periodOf(LocalDate day) {
        return (int) ChronoUnit.MONTHS.between(start().withDayOfMonth(1), day.withDayOfMonth(1)) + 1;
    }

    public String label() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }

    public static boolean isPeriod(Integer period) {
        return period != null && period >= 1 && period <= 12;
    }
}
