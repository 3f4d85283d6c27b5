package org.openasc.platform;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Settings of the running council: its name, the embedded database folder and sign-in rules. */
@Validated
@ConfigurationProperties("openasc")
public record PlatformProperties(@NotBlank String councilName, EmbeddedDatabase embeddedDatabase, @NotNull Security security) {

    /** Where the embedded PostgreSQL keeps its data; blank means a throwaway folder (tests). */
    public record EmbeddedDatabase(String dataDirectory) {
    }

    /** How many failed sign-ins lock an account, and for how long. */
    public record Security(@Min(1) int maxFailedSignIns, @NotNull Duration lockout) {
    }
}
