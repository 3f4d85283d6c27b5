package org.openasc.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Care and support history as the demo and benchmark councils load it in bulk. */
public final class HistoricSupport {

    private HistoricSupport() {
    }

    /** A service with its terms from each date (the first from the start date). */
    public record Service(UUID id, UUID personId, long teamId, String worker, String serviceType, String serviceComponent,
                          String deliveryMechanism, UUID locationId, String locationName, String cqcLocationId, String clientFundingStatus,
                          LocalDate startDate, LocalDate endDate, String endOutcome, List<Terms> terms) {
    }

    public record Terms(LocalDate effectiveFrom, BigDecimal unitCost, CostFrequency frequency, BigDecimal plannedUnitsPerWeek, String reason) {
    }

    public record Review(UUID personId, String reason, String method, LocalDate reviewedOn, String outcomesAchieved, String worker) {
    }

    public record Discharge(UUID personId, long teamId, String hospital, String ward, LocalDate referredOn, int pathway, boolean dischargeToAssess,
                            LocalDate hubDecisionOn, LocalDate dischargedOn, boolean reablement, String status91Day) {
    }

    public record DirectPayment(UUID personId, UUID serviceId, LocalDate agreementSignedOn, BigDecimal amount, BudgetPeriod period,
                                LocalDate startsOn, List<LocalDate> checksDone, LocalDate nextCheckDue) {
    }
}
