package org.openasc.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * England and Wales's regular bank holidays for a year by the standing rules (Banking and Financial Dealings Act 1971 and
 * the royal proclamations that fix the May and August Mondays), with substitute days when Christmas, Boxing Day or New
 * Year's Day fall at a weekend. Used for the years after the published list, so statutory clocks keep counting; one-off
 * holidays are announced years ahead and are added to the published list when they are.
 */
final class RegularBankHolidays {

    private RegularBankHolidays() {
    }

    static List<BankHoliday> of(int year) {
        List<BankHoliday> days = new ArrayList<>();
        LocalDate newYear = LocalDate.of(year, Month.JANUARY, 1);
        days.add(new BankHoliday(weekdayOnOrAfter(newYear), "New Year’s Day" + (isWeekend(newYear) ? " (substitute day)" : "")));
        LocalDate easter = easterSunday(year);
        days.add(new BankHoliday(easter.minusDays(2), "Good Friday"));
        days.add(new BankHoliday(easter.plusDays(1), "Easter Monday"));
        days.add(new BankHoliday(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)), "Early May bank holiday"));
        days.add(new BankHoliday(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), "Spring bank holiday"));
        days.add(new BankHoliday(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), "Summer bank holiday"));
        LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
        LocalDate boxing = christmas.plusDays(1);
        switch (christmas.getDayOfWeek()) {
            case SATURDAY -> {
                days.add(new BankHoliday(christmas.plusDays(2), "Christmas Day (substitute day)"));
                days.add(new BankHoliday(christmas.plusDays(3), "Boxing Day (substitute day)"));
            }
            case SUNDAY -> {
                days.add(new BankHoliday(boxing, "Boxing Day"));
                days.add(new BankHoliday(christmas.plusDays(2), "Christmas Day (substitute day)"));
            }
            case FRIDAY -> {
                days.add(new BankHoliday(christmas, "Christmas Day"));
                days.add(new BankHoliday(christmas.plusDays(3), "Boxing Day (substitute day)"));
            }
            default -> {
                days.add(new BankHoliday(christmas, "Christmas Day"));
                days.add(new BankHoliday(boxing, "Boxing Day"));
            }
        }
        return days;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static LocalDate weekdayOnOrAfter(LocalDate day) {
        LocalDate d = day;
        while (isWeekend(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm published in Nature, 1876). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
