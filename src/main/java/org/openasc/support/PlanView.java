package org.openasc.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A care and support plan: outcomes, personal budget, how it is taken, and its sign-off. */
public record PlanView(UUID id, UUID personId, String personName, UUID assessmentId, long teamId, String teamName, String worker,
                       LocalDate startsOn, BigDecimal budgetAmount, String budgetPeriod, String budgetPeriodLabel, BigDecimal weeklyBudget,
                       String deliveryMechanism, List<SupportCommands.PlanOutcome> outcomes, String signedOffBy, LocalDate signedOffOn,
                       BigDecimal committedWeekly, int version, Instant createdAt, String createdBy) {

    public boolean signedOff() {
        return signedOffOn != null;
    }
}
