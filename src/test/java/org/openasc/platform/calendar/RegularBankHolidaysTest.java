package org.openasc.platform.calendar;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

/** The standing rules give the published bank holidays year by year, and keep statutory clocks counting after the list ends. */
class RegularBankHolidaysTest {

    /** Days off declared for one year only, and the regular days they displaced, in the published list 2010 to 2030. */
    private static final Set<LocalDate> ONE_OFF = Set.of(of(2011, 4, 29), of(2012, 6, 4), of(2012, 6, 5), of(2020, 5, 8), of(2022, 6, 2),
            of(2022, 6, 3), of(2022, 9, 19), of(2023, 5, 8));
    private static final Set<LocalDate> MOVED = Set.of(of(2012, 5, 28), of(2020, 5, 4), of(2022, 5, 30));

    @Test
    void theRulesGiveEveryPublishedRegularHolidayFrom2010To2030() {
        Set<LocalDate> published = new HashSet<>();
        WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
        for (int year = 2010; year <= 2030; year++) {
            calendar.bankHolidays(year).forEach(h -> published.add(h.date()));
        }
        Set<LocalDate> ruled = new HashSet<>();
        for (int year = 2010; year <= 2030; year++) {
            RegularBankHolidays.of(year).forEach(h -> ruled.add(h.date()));
        }
        Set<LocalDate> onlyPublished = published.stream().filter(d -> !ruled.contains(d)).collect(Collectors.toSet());
        Set<LocalDate> onlyRuled = ruled.stream().filter(d -> !published.contains(d)).collect(Collectors.toSet());
        assertThat(onlyPublished).as("published days the rules do not give").isEqualTo(ONE_OFF);
        assertThat(onlyRuled).as("ruled days moved that year").isEqualTo(MOVED);
    }

    @Test
    void aWeekendChristmasAndNewYearGiveSubstituteDays() {
        // 2032: Christmas on a Saturday, so Monday 27 and Tuesday 28; Easter Sunday 28 March.
        assertThat(dates(2032)).containsExactly(of(2032, 1, 1), of(2032, 3, 26), of(2032, 3, 29), of(2032, 5, 3), of(2032, 5, 31),
                of(2032, 8, 30), of(2032, 12, 27), of(2032, 12, 28));
        // 2033: New Year on a Saturday (Monday 3 January), Christmas on a Sunday (Boxing Day Monday 26, Christmas Tuesday 27).
        assertThat(dates(2033)).contains(of(2033, 1, 3), of(2033, 4, 15), of(2033, 4, 18), of(2033, 12, 26), of(2033, 12, 27));
        assertThat(RegularBankHolidays.easterSunday(2031)).isEqualTo(of(2031, 4, 13));
    }

    @Test
    void aConcernRaisedAtChristmas2031IsScreenedAfterTheBankHolidays() {
        WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
        // Wednesday 24 December 2031: Thursday 25 and Friday 26 are bank holidays, so 29, 30 and 31 December.
        assertThat(calendar.addWorkingDays(of(2031, 12, 24), 3)).isEqualTo(of(2031, 12, 31));
        assertThat(calendar.coveredTo()).isEqualTo(of(2100, 12, 31));
    }

    private static List<LocalDate> dates(int year) {
        return RegularBankHolidays.of(year).stream().map(BankHoliday::date).sorted().toList();
    }
}
