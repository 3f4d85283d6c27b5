package org.openasc.platform;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Settings of the running council: its name, the embedded database folder and sign-in rules. */
@Validated
@ConfigurationProperties("openasc")
public record PlatformProperties(@NotBlank String councilName, EmbeddedDatabase embeddedDatabase, @NotNull @Valid Security security) {

    /** Where the embedded PostgreSQL keeps its data; blank means a throwaway folder (tests). */
    public record EmbeddedDatabase(String dataDirectory) {
    }

    public record Security(@NotNull @Valid SignIn signIn) {
    }

    /**
     * How failed sign-ins are slowed: the failures allowed under each key before attempts must wait,
     * the longest wait (and a shorter one for a username tried from anywhere), and when failures are forgotten.
     */
    public record SignIn(@Min(1) int failuresPerUsernameAndAddress, @Min(1) int failuresPerAddress, @Min(1) int failuresPerUsername,
                         @NotNull Duration longestWait, @NotNull Duration longestWaitPerUsername, @NotNull Duration forgetAfter) {
    }
}
