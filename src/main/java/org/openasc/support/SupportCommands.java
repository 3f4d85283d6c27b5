package org.openasc.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.openasc.platform.codelist.Coded;

/** What practitioners, managers and brokers send to care and support. */
public final class SupportCommands {

    private SupportCommands() {
    }

    /** A care and support plan for a person whose needs assessment found eligible needs. */
    public record NewPlan(UUID personId, UUID assessmentId, Long teamId, String worker, LocalDate startsOn, BigDecimal budgetAmount,
                          String budgetPeriod, @Coded("delivery-mechanism") String deliveryMechanism, List<PlanOutcome> outcomes) {
    }

    /** An outcome the person wants, in their words, and how it will be met. */
    public record PlanOutcome(String wanted, String howMet) {
    }

    public record SignOff(Integer version, LocalDate signedOffOn) {
    }

    /** A service (CLD Service event) with its first terms. */
    public record NewService(UUID personId, UUID planId, Long teamId, String worker, @Coded("service-type") String serviceType, @Coded("service-component") String serviceComponent,
                             @Coded("delivery-mechanism") String deliveryMechanism, UUID locationId, @Coded("client-funding-status") String clientFundingStatus, LocalDate startDate,
                             BigDecimal unitCost, String costFrequency, BigDecimal plannedUnitsPerWeek, String suspensionOverride) {
    }

    /** New terms from a date: a price change or a change of hours. The service goes on. */
    public record ServiceChange(Integer version, LocalDate effectiveFrom, BigDecimal unitCost, String costFrequency,
                                BigDecimal plannedUnitsPerWeek, String reason) {
    }

    /** The last day of a service and its CLD event outcome. */
    public record ServiceEnd(Integer version, LocalDate endDate, @Coded("event-outcome") String outcome) {
    }

    /** A review of a person's care and support. */
    /** {@code outcome} is what followed the review, from the CLD event outcome list. */
    public record NewReview(UUID personId, @Coded("review-reason") String reason, @Coded("review-method") String method, LocalDate reviewedOn, @Coded("review-outcomes-achieved") String outcomesAchieved,
                            String whatChanged, String worker, @Coded("event-outcome") String outcome) {

        public NewReview(UUID personId, String reason, String method, LocalDate reviewedOn, String outcomesAchieved, String whatChanged,
                         String worker) {
            this(personId, reason, method, reviewedOn, outcomesAchieved, whatChanged, worker, null);
        }
    }

    /** A referral from a hospital ward to the discharge hub. */
    public record NewDischarge(UUID personId, Long teamId, String hospital, String ward, LocalDate referredOn, Integer pathway,
                               Boolean dischargeToAssess) {
    }

    /** What has happened since: the hub's decision, the discharge, reablement and where the person is 91 days on. */
    public record DischargeProgress(Integer version, LocalDate hubDecisionOn, LocalDate dischargedOn, Boolean reablement,
                                    @Coded("reablement-91-day") String status91Day) {
    }

    /** A direct payment agreement. */
    public record NewDirectPayment(UUID personId, UUID serviceId, LocalDate agreementSignedOn, BigDecimal amount, String period,
                                   LocalDate startsOn) {
    }

    /** A direct payment monitoring check done. */
    public record MonitoringDone(LocalDate doneOn, String outcome, String notes) {
    }

    /** A home care package for brokerage to source. */
    public record NewPackageRequest(UUID personId, Long teamId, String zone, BigDecimal hoursPerWeek, LocalDate neededBy,
                                    String requirements) {
    }

    /** An offer to a named framework provider of the zone, out of the usual order. */
    public record NewOffer(UUID locationId) {
    }

    /** A provider accepts, starting on a date, with the funding status for the service it creates. */
    public record Acceptance(LocalDate startDate, @Coded("client-funding-status") String clientFundingStatus, String worker) {
    }

    public record Decline(String reason) {
    }

    /** A home care zone at a price level, with its framework providers in offer order. */
    public record NewZone(String name, String priceLevel, List<UUID> primeProviders, List<UUID> supplementaryProviders) {
    }

    /** An hourly rate for a price level from a date. */
    public record NewRate(String priceLevel, LocalDate effectiveFrom, BigDecimal hourlyRate) {
    }
}
