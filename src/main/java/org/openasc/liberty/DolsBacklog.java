package org.openasc.liberty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The DoLS position on a date: applications waiting for a decision by priority and by how long they
 * have waited, those past the 21 days, applications received a month over the last 12 months, and
 * authorisations ending in the next 3 months that need a renewal.
 */
public record DolsBacklog(LocalDate asOf, long waiting, Map<String, Long> waitingByPriority, Map<String, Long> waitingByAge,
                          long overdueDecisions, List<Month> receivedByMonth, BigDecimal averageReceivedAMonth, long renewalsDueInThreeMonths,
                          long activeAuthorisations) {

    @Schema(name = "DolsBacklogMonth")
    public record Month(String month, long received) {
    }
}
