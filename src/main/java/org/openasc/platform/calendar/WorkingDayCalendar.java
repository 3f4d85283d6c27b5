package org.openasc.platform.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The one working-day calendar behind every statutory clock (3 working days to screen a concern or
 * acknowledge a complaint, 15 to respond, 20 for FOI): Monday to Friday except England and Wales
 * bank holidays. It refuses to count beyond the years it holds rather than give a wrong date.
 */
public final class WorkingDayCalendar {

    private static final String RESOURCE = "/platform/bank-holidays-england-and-wales.csv";

    private final Map<LocalDate, BankHoliday> holidays = new TreeMap<>();
    private final LocalDate coveredFrom;
    private final LocalDate coveredTo;

    public WorkingDayCalendar(Collection<BankHoliday> bankHolidays) {
        if (bankHolidays.isEmpty()) {
            throw new IllegalArgumentException("A working-day calendar needs its bank holidays");
        }
        bankHolidays.forEach(h -> holidays.put(h.date(), h));
        TreeMap<LocalDate, BankHoliday> sorted = (TreeMap<LocalDate, BankHoliday>) holidays;
        coveredFrom = LocalDate.of(sorted.firstKey().getYear(), 1, 1);
        coveredTo = LocalDate.of(sorted.lastKey().getYear(), 12, 31);
    }

    /** The last year the calendar counts: after the published list, the regular holidays by rule up to then. */
    static final int LAST_YEAR = 2100;

    /**
     * England and Wales bank holidays as published, from the file shipped with OpenASC, and after its last year the
     * regular holidays by the standing rules up to {@value #LAST_YEAR}, so no statutory clock stops when the list ends.
     */
    public static WorkingDayCalendar englandAndWales() {
        try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The bank holiday list " + RESOURCE + " is missing from the application");
            }
            List<BankHoliday> holidays = read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            int lastPublished = holidays.stream().mapToInt(h -> h.date().getYear()).max().orElseThrow();
            for (int year = lastPublished + 1; year <= LAST_YEAR; year++) {
                holidays.addAll(RegularBankHolidays.of(year));
            }
            return new WorkingDayCalendar(holidays);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<BankHoliday> read(BufferedReader reader) throws IOException {
        List<BankHoliday> result = new ArrayList<>();
        String line = reader.readLine();
        int number = 1;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            int comma = line.indexOf(',');
            try {
                result.add(new BankHoliday(LocalDate.parse(line.substring(0, comma)), line.substring(comma + 1)));
            } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
                throw new IllegalStateException("Line " + number + " of " + RESOURCE + " is not 'yyyy-mm-dd,name': " + line, e);
            }
        }
        return result;
    }

    public boolean isWorkingDay(LocalDate day) {
        checkCovered(day);
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.containsKey(day);
    }

    /** The date {@code days} working days after {@code start}; the start day itself is not counted. */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("Count forwards: " + days + " working days is negative");
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days after {@code fromExclusive} up to and including {@code toInclusive}; 0 if {@code to} is not later. */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    public Optional<BankHoliday> bankHoliday(LocalDate day) {
        return Optional.ofNullable(holidays.get(day));
    }

    public List<BankHoliday> bankHolidays(int year) {
        return holidays.values().stream().filter(h -> h.date().getYear() == year).toList();
    }

    public LocalDate coveredFrom() {
        return coveredFrom;
    }

    public LocalDate coveredTo() {
        return coveredTo;
    }

    private void checkCovered(LocalDate day) {
        if (day.isBefore(coveredFrom) || day.isAfter(coveredTo)) {
            throw new IllegalArgumentException("The working-day calendar covers " + coveredFrom + " to " + coveredTo
                    + "; add the bank holidays for " + day.getYear() + " before counting working days then");
        }
    }
}
