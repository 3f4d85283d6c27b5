package org.openasc.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The care and support dashboard on a date: every figure counted from the record, each with its drill-down key. */
public record SupportSummary(LocalDate asOf, long peopleInLongTermSupport, List<Count> bySetting, List<Count> bySupportReason,
                             List<Cell> bySettingAndReason, Share workingAgeSettled, long olderPeopleInCareHomes, long olderInResidential,
                             long olderInNursing, Share directPayments, Share reviewedInYear, Discharge discharge, BigDecimal weeklyCost,
                             List<Cost> weeklyCostByServiceType) {

    public record Count(String key, String label, long count) {
    }

    @Schema(name = "SupportSummaryCell")
    public record Cell(String setting, String reason, long count) {
    }

    /** A share: numerator of denominator, as a percentage to one decimal place (none when nobody is counted). */
    public record Share(String figure, long numerator, long denominator, BigDecimal percent) {
    }

    /** Discharges in the 28 days to the date: days from the hub's decision to discharge (target 2). */
    public record Discharge(LocalDate from, LocalDate to, long discharges, BigDecimal averageDays, long withinTarget, int targetDays) {
    }

    public record Cost(String serviceType, long services, BigDecimal weeklyCost) {
    }

    /** The measures at the end of a month (or on the date asked for, in its month), discharges within the calendar month. */
    @Schema(name = "SupportSummaryMonth")
    public record Month(java.time.YearMonth month, LocalDate on, Share workingAgeSettled, long olderPeopleInCareHomes, Share directPayments,
                        Share reviewedInYear, long discharges, BigDecimal averageDaysToDischarge) {
    }
}
