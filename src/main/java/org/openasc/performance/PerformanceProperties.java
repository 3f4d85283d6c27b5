package org.openasc.performance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The council's ONS area code (its row in benchmark files), how many closed months the daily job keeps, and
 * whether the scheduled measure work runs: month ends nightly, the month to date every quarter hour (tests switch it
 * off and keep month ends on request, so their own data decides).
 */
@Validated
@ConfigurationProperties("openasc.performance")
public record PerformanceProperties(@NotBlank String areaCode, @Min(1) @Max(120) int historyMonths, boolean keepMonthEnds) {
}
