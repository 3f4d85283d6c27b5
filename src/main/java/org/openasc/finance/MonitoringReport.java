package org.openasc.finance;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/** The budget monitoring report for a period: lines by section with subtotals and the total, exact pounds. */
public record MonitoringReport(int financialYear, String financialYearLabel, int period, boolean periodClosed, boolean previousPeriodClosed,
                               List<Section> sections, Row total, List<Movement> biggestMovements) {

    @Schema(name = "MonitoringSection")
    public record Section(String name, List<Row> lines, Row subtotal, String commentary, Integer commentaryVersion) {
    }

    /** One line of the table; {@code previousForecastVariance} and {@code changeInForecast} are null when the previous period is not closed. */
    @Schema(name = "MonitoringRow")
    public record Row(String name, String costCentre, String lineId, @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal previousForecastVariance,
                      @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal changeInForecast, BigDecimal finalBudget, BigDecimal actual,
                      BigDecimal committed, BigDecimal expectedDemand, BigDecimal restOfYear, BigDecimal adjustments, BigDecimal yearEndForecast,
                      BigDecimal forecastVariance,
                      @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal variancePercentOfBudget) {
    }

    /** A line whose forecast variance moved since the previous period, with the words for the report. */
    public record Movement(String name, String costCentre, BigDecimal change, String text) {
    }
}
