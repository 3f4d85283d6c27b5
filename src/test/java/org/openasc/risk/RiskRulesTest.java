package org.openasc.risk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Movement from the review before, on the net score: lower is better. */
class RiskRulesTest {

    @Test
    void movementComparesTheNetScoreWithTheReviewBefore() {
        assertThat(Movement.between(null, 16)).isEqualTo(Movement.NEW);
        assertThat(Movement.between(16, 12)).isEqualTo(Movement.IMPROVING);
        assertThat(Movement.between(12, 16)).isEqualTo(Movement.WORSENING);
        assertThat(Movement.between(12, 12)).isEqualTo(Movement.NO_CHANGE);
        assertThat(Movement.between(20, 20).label()).isEqualTo("No change");
    }
}
