package org.openasc.performance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/** What callers send to change the framework. */
public final class MeasureCommands {

    private MeasureCommands() {
    }

    /** A measure whose values are entered per period (a survey-based ASCOF measure, a workforce figure). */
    public record NewMeasure(String reference, String name, String group, String numerator, String denominator, String unit, String polarity,
                             String basis, String owner) {
    }

    @Schema(name = "RagBand")
    public record Band(BigDecimal lower, BigDecimal upper) {
    }

    /** A financial year's target: a value, optionally profiled by month ({@code "2024-06": 600}), or a band; {@code version} when changing one. */
    public record TargetSetting(BigDecimal target, Map<String, BigDecimal> profile, Band band, Integer version) {
    }

    /** A measure's RAG rule: green within, amber within (in percent of target, or in the measure's units), and the basis. */
    public record RuleSetting(BigDecimal greenWithin, BigDecimal amberWithin, String basis, Integer version) {
    }

    /** An entered measure's value for a month; {@code version} and {@code reason} when correcting one already entered. */
    public record EnteredValue(BigDecimal value, BigDecimal numerator, BigDecimal denominator, String source, Integer version, String reason) {
    }

    /** Recalculate the SPC baseline from a month after a process change (null to go back to one baseline). */
    public record Baseline(String from, Integer version) {
    }

    /** Recompute a kept month end from the record as it is now, with the reason. */
    public record Recompute(String reason) {
    }

    public record ComparatorGroup(String name, String description, List<String> areaCodes) {
    }
}
