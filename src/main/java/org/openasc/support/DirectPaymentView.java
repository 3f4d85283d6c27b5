package org.openasc.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A direct payment agreement and its monitoring: checks done with their outcomes, the next one due, and when payments ended. */
public record DirectPaymentView(UUID id, UUID personId, UUID serviceId, LocalDate agreementSignedOn, BigDecimal amount, String period,
                                String periodLabel, BigDecimal weeklyAmount, LocalDate startsOn, List<Check> checks, LocalDate nextCheckDueOn,
                                boolean checkOverdue, LocalDate endsOn) {

    public record Check(UUID id, LocalDate dueOn, LocalDate doneOn, String outcome, String notes, String doneBy) {
    }
}
