package org.openasc.feedback;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.openasc.platform.calendar.WorkingDayCalendar;

import static org.assertj.core.api.Assertions.assertThat;

/** Every feedback clock, across Christmas, Easter and substitute bank holidays. */
class FeedbackClocksTest {

    private final FeedbackClocks clocks = new FeedbackClocks(WorkingDayCalendar.englandAndWales());

    @Test
    void aComplaintIsAcknowledgedWithinThreeWorkingDaysAcrossChristmasAndTheBoxingDaySubstitute() {
        assertThat(clocks.acknowledgementDue(LocalDate.of(2026, 12, 23))).isEqualTo(LocalDate.of(2026, 12, 30));
    }

    @Test
    void aComplaintIsAnsweredWithinFifteenWorkingDaysAcrossEaster() {
        assertThat(clocks.responseDue(LocalDate.of(2026, 4, 1))).isEqualTo(LocalDate.of(2026, 4, 24));
        assertThat(clocks.responseDue(LocalDate.of(2014, 4, 10))).isEqualTo(LocalDate.of(2014, 5, 6));
    }

    @Test
    void aMemberEnquiryIsAnsweredWithinFiveWorkingDaysAcrossChristmasAndNewYearSubstitutes() {
        // 2027: Christmas and Boxing Day fall at the weekend (substitutes Monday 27 and Tuesday 28); New Year's Day 2028 is a Saturday (Monday 3 January).
        assertThat(clocks.memberEnquiryDue(LocalDate.of(2027, 12, 24))).isEqualTo(LocalDate.of(2028, 1, 5));
    }

    @Test
    void anFoiRequestIsAnsweredWithinTwentyWorkingDays() {
        assertThat(clocks.foiDue(LocalDate.of(2026, 11, 2))).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(clocks.foiDue(LocalDate.of(2014, 4, 1))).isEqualTo(LocalDate.of(2014, 5, 1));
    }

    @Test
    void withinTimescaleMeansOnOrBeforeTheResponseDateInForce() {
        LocalDate due = LocalDate.of(2026, 4, 24);
        assertThat(FeedbackClocks.withinTimescale(due, due, null)).isTrue();
        assertThat(FeedbackClocks.withinTimescale(due.plusDays(3), due, null)).isFalse();
        assertThat(FeedbackClocks.withinTimescale(due.plusDays(3), due, LocalDate.of(2026, 5, 15))).isTrue();
        assertThat(FeedbackClocks.withinTimescale(LocalDate.of(2026, 5, 18), due, LocalDate.of(2026, 5, 15))).isFalse();
        assertThat(FeedbackClocks.withinTimescale(null, due, null)).isFalse();
        assertThat(FeedbackClocks.sixMonthLimit(LocalDate.of(2026, 8, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
    }
}
