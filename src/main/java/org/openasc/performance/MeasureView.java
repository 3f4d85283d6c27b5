package org.openasc.performance;

import io.swagger.v3.oas.annotations.media.Schema;

/** A measure in the library: its definition, where its values come from and the RAG rule that applies to it. */
public record MeasureView(String reference, String name, String group, String numerator, String denominator, String unit, String polarity,
                          String basis, String owner, String source, Rule ragRule, String baselineFrom, int version) {

    /** The rule in force and whether it is the performance team's default. */
    @Schema(name = "RagRule")
    public record Rule(java.math.BigDecimal greenWithin, java.math.BigDecimal amberWithin, String basis, boolean isDefault) {
    }

    public boolean computed() {
        return "COMPUTED".equals(source);
    }
}
