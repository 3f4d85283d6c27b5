package org.openasc.safeguarding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Safeguarding for a period: concerns received by screening outcome (Blackpool's "new alerts"), the
 * conversion rate to enquiries, screening on time, enquiries concluded by the council's conclusion and by the national one
 * it is counted as, open enquiries by age
 * at the end of the period, types of risk and Making Safeguarding Personal in concluded s42 enquiries.
 */
public record SafeguardingSummary(LocalDate from, LocalDate to, long concernsReceived, BigDecimal concernsAWeek, BigDecimal concernsAMonth,
                                  long organisationalConcerns,
                                  Map<String, Long> concernsByOutcome, BigDecimal conversionRate, long screened, long screenedOnTime,
                                  BigDecimal screenedOnTimePercent, long enquiriesStarted, long s42Started, long enquiriesConcluded,
                                  Map<String, Long> concludedByConclusion, Map<String, Long> concludedByNationalConclusion, long openAtEnd, Map<String, Long> openByAge,
                                  Map<String, Long> typesOfRisk, long mspAskedAndExpressed, Map<String, Long> mspAchieved) {

    /** One month of Leicestershire's organisational or community table: each concern received falls in exactly one column. */
    public record MonthRow(String month, long received, long closedBySafeguardingTeam, long thresholdNotMet, long transferredToLocality,
                           long notClosed) {
    }

    /** The two tables for a calendar year, months received, with totals, as the record stood on {@code asOf}. */
    public record Organisational(int year, LocalDate asOf, List<MonthRow> organisational, MonthRow organisationalTotal, List<MonthRow> community,
                                 MonthRow communityTotal) {
    }
}
