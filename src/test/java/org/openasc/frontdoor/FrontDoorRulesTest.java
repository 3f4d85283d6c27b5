package org.openasc.frontdoor;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.openasc.frontdoor.domain.CheckInSchedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrontDoorRulesTest {

    private static final CheckInSchedule DEFAULTS = new CheckInSchedule(Map.of(Priority.URGENT, 7, Priority.HIGH, 14, Priority.MEDIUM, 28, Priority.LOW, 42));

    @Test
    void waitBandsIncludeTheirLowerBoundAndEndBeforeTheNext() {
        assertThat(WaitBand.of(0)).isEqualTo(WaitBand.UP_TO_4_WEEKS);
        assertThat(WaitBand.of(27)).isEqualTo(WaitBand.UP_TO_4_WEEKS);
        assertThat(WaitBand.of(28)).isEqualTo(WaitBand.FROM_4_TO_12_WEEKS);
        assertThat(WaitBand.of(83)).isEqualTo(WaitBand.FROM_4_TO_12_WEEKS);
        assertThat(WaitBand.of(84)).isEqualTo(WaitBand.FROM_12_TO_26_WEEKS);
        assertThat(WaitBand.of(181)).isEqualTo(WaitBand.FROM_12_TO_26_WEEKS);
        assertThat(WaitBand.of(182)).isEqualTo(WaitBand.OVER_26_WEEKS);
        assertThat(WaitBand.of(4000)).isEqualTo(WaitBand.OVER_26_WEEKS);
        assertThatThrownBy(() -> WaitBand.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSqlBandsAgreeWithTheJavaBands() {
        assertThat(WaitBand.sqlCase("d")).isEqualTo("case when d < 28 then 'UP_TO_4_WEEKS' when d < 84 then 'FROM_4_TO_12_WEEKS'"
                + " when d < 182 then 'FROM_12_TO_26_WEEKS' else 'OVER_26_WEEKS' end");
    }

    @Test
    void aCheckInIsDueOneIntervalAfterThePriorityWasSetWhenNobodyHasCheckedInYet() {
        LocalDate set = LocalDate.of(2026, 3, 2);
        assertThat(DEFAULTS.nextDue(Stage.AWAITING_ALLOCATION, Priority.URGENT, set, null)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(DEFAULTS.nextDue(Stage.AWAITING_ALLOCATION, Priority.HIGH, set, null)).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(DEFAULTS.nextDue(Stage.AWAITING_ALLOCATION, Priority.MEDIUM, set, null)).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(DEFAULTS.nextDue(Stage.AWAITING_ALLOCATION, Priority.LOW, set, null)).isEqualTo(LocalDate.of(2026, 4, 13));
    }

    @Test
    void theLaterOfLastCheckInAndPriorityDecisionStartsTheInterval() {
        LocalDate set = LocalDate.of(2026, 3, 2);
        assertThat(DEFAULTS.nextDue(Stage.AWAITING_ALLOCATION, Priority.MEDIUM, set, LocalDate.of(2026, 3, 20))).isEqualTo(LocalDate.of(2026, 4, 17));
        assertThat(DEFAULTS.nextDue(Stage.AWAITING_ALLOCATION, Priority.MEDIUM, set, LocalDate.of(2026, 2, 20))).isEqualTo(LocalDate.of(2026, 3, 30));
    }

    @Test
    void anUnprioritisedRequestHasNoCheckInDue() {
        assertThat(DEFAULTS.nextDue(Stage.AWAITING_TRIAGE, null, null, LocalDate.of(2026, 3, 2))).isNull();
    }

    @Test
    void checkInsStopOnceTheAssessmentIsUnderway() {
        assertThat(DEFAULTS.nextDue(Stage.ASSESSMENT_IN_PROGRESS, Priority.URGENT, LocalDate.of(2026, 3, 2), null)).isNull();
        assertThat(DEFAULTS.nextDue(Stage.AWAITING_ASSESSMENT, Priority.URGENT, LocalDate.of(2026, 3, 2), null)).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void aCheckInDueTodayIsDueButNotOverdue() {
        LocalDate due = LocalDate.of(2026, 3, 9);
        assertThat(CheckInSchedule.overdue(due, LocalDate.of(2026, 3, 9))).isFalse();
        assertThat(CheckInSchedule.overdue(due, LocalDate.of(2026, 3, 10))).isTrue();
        assertThat(CheckInSchedule.overdue(null, LocalDate.of(2026, 3, 10))).isFalse();
    }

    @Test
    void theStageFollowsFromWhatHasHappened() {
        assertThat(Stage.of(false, false, false, false)).isEqualTo(Stage.AWAITING_TRIAGE);
        assertThat(Stage.of(false, false, false, true)).isEqualTo(Stage.AWAITING_ALLOCATION);
        assertThat(Stage.of(false, false, true, true)).isEqualTo(Stage.AWAITING_ASSESSMENT);
        assertThat(Stage.of(false, false, true, false)).isEqualTo(Stage.AWAITING_ASSESSMENT);
        assertThat(Stage.of(false, true, false, false)).isEqualTo(Stage.ASSESSMENT_IN_PROGRESS);
        assertThat(Stage.of(true, true, true, true)).isEqualTo(Stage.CLOSED);
    }
}
