package org.openasc.platform.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;


/** Reads a GOV.UK three-field date (day, month, year) and says exactly what is wrong with it. */
public final class DateParts {

    private DateParts() {
    }

    public static LocalDate read(String field, String label, String day, String month, String year, List<FieldProblem> problems) {
        boolean noDay = blank(day);
        boolean noMonth = blank(month);
        boolean noYear = blank(year);
        if (noDay && noMonth && noYear) {
            return null;
        }
        if (noDay || noMonth || noYear) {
            String missing = noDay ? "a day" : noMonth ? "a month" : "a year";
            problems.add(new FieldProblem(field, label + " must include " + missing));
            return null;
        }
        try {
            int d = Integer.parseInt(day.strip());
            int m = Integer.parseInt(month.strip());
            int y = Integer.parseInt(year.strip());
            if (year.strip().length() != 4) {
                problems.add(new FieldProblem(field, label + " year must include 4 numbers, like 1948"));
                return null;
            }
            return LocalDate.of(y, m, d);
        } catch (NumberFormatException | DateTimeException e) {
            problems.add(new FieldProblem(field, label + " must be a real date, like 27 3 1948"));
            return null;
        }
    }

    public static String day(LocalDate date) {
        return date == null ? null : String.valueOf(date.getDayOfMonth());
    }

    public static String month(LocalDate date) {
        return date == null ? null : String.valueOf(date.getMonthValue());
    }

    public static String year(LocalDate date) {
        return date == null ? null : String.valueOf(date.getYear());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
