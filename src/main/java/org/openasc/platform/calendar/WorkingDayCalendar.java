package org.openasc.platform.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.openasc.platform.csv.CsvFiles;

/**
 * The one working-day calendar behind every statutory clock (3 working days to screen a concern or
 * acknowledge a complaint, 15 to respond, 20 for FOI): Monday to Friday except England and Wales
 * bank holidays. It refuses to count beyond the years it holds rather than give a wrong date.
 */
public final class WorkingDayCalendar {

    private static final String RESOURCE = "/platform/bank-holidays-england-and-wales.csv";

    /** The days off, the years counted and the last year whose list was published (later years are by rule). */
    private record Holidays(Map<LocalDate, BankHoliday> days, LocalDate coveredFrom, LocalDate coveredTo, int publishedTo) {

        static Holidays of(Collection<BankHoliday> bankHolidays, int publishedTo) {
            if (bankHolidays.isEmpty()) {
                throw new IllegalArgumentException("A working-day calendar needs its bank holidays");
            }
            TreeMap<LocalDate, BankHoliday> sorted = new TreeMap<>();
            bankHolidays.forEach(h -> sorted.put(h.date(), h));
            return new Holidays(sorted, LocalDate.of(sorted.firstKey().getYear(), 1, 1), LocalDate.of(sorted.lastKey().getYear(), 12, 31), publishedTo);
        }
    }

    private volatile Holidays holidays;

    public WorkingDayCalendar(Collection<BankHoliday> bankHolidays) {
        this.holidays = Holidays.of(bankHolidays, bankHolidays.stream().mapToInt(h -> h.date().getYear()).max().orElse(0));
    }

    /** The last year the calendar counts: after the published list, the regular holidays by rule up to then. */
    static final int LAST_YEAR = 2100;

    /**
     * England and Wales bank holidays as published, from the file shipped with OpenASC, and after its last year the
     * regular holidays by the standing rules up to {@value #LAST_YEAR}, so no statutory clock stops when the list ends.
     */
    public static WorkingDayCalendar englandAndWales() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(shipped());
        calendar.publish(List.of());
        return calendar;
    }

    /**
     * Takes the bank holidays published since OpenASC shipped (a year here replaces the shipped list's year) and, after the
     * last published year, the regular holidays by rule up to {@value #LAST_YEAR}. Clocks read the new calendar at once.
     */
    void publish(Collection<BankHoliday> published) {
        Map<Integer, List<BankHoliday>> byYear = new TreeMap<>();
        shipped().forEach(h -> byYear.computeIfAbsent(h.date().getYear(), y -> new ArrayList<>()).add(h));
        Map<Integer, List<BankHoliday>> added = new TreeMap<>();
        published.forEach(h -> added.computeIfAbsent(h.date().getYear(), y -> new ArrayList<>()).add(h));
        byYear.putAll(added);
        int lastPublished = byYear.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
        List<BankHoliday> all = new ArrayList<>();
        byYear.values().forEach(all::addAll);
        for (int year = lastPublished + 1; year <= LAST_YEAR; year++) {
            all.addAll(RegularBankHolidays.of(year));
        }
        holidays = Holidays.of(all, lastPublished);
    }

    /** The list shipped with OpenASC, as GOV.UK published it when this version was built. */
    private static List<BankHoliday> shipped() {
        try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The bank holiday list " + RESOURCE + " is missing from the application");
            }
            return CsvFiles.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), List.of("date", "name"), RESOURCE).stream()
                    .map(r -> new BankHoliday(LocalDate.parse(r.get("date")), r.get("name"))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last year whose bank holidays were published (shipped or added); the years after it are counted by rule. */
    public int publishedTo() {
        return holidays.publishedTo();
    }

    public boolean isWorkingDay(LocalDate day) {
        checkCovered(day);
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.days().containsKey(day);
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
        return Optional.ofNullable(holidays.days().get(day));
    }

    public List<BankHoliday> bankHolidays(int year) {
        return holidays.days().values().stream().filter(h -> h.date().getYear() == year).toList();
    }

    public LocalDate coveredFrom() {
        return holidays.coveredFrom();
    }

    public LocalDate coveredTo() {
        return holidays.coveredTo();
    }

    private void checkCovered(LocalDate day) {
        Holidays h = holidays;
        if (day.isBefore(h.coveredFrom()) || day.isAfter(h.coveredTo())) {
            throw new IllegalArgumentException("The working-day calendar covers " + h.coveredFrom() + " to " + h.coveredTo()
                    + "; add the bank holidays for " + day.getYear() + " before counting working days then");
        }
    }
}
