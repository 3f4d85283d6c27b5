package org.openasc.platform.security;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

    @Test
    void theWaitDoublesAfterEachFailurePastTheAllowanceUpToTheLongest() {
        Duration longest = Duration.ofMinutes(15);
        assertThat(SignInThrottle.backoff(1, longest)).isEqualTo(Duration.ofSeconds(5));
        assertThat(SignInThrottle.backoff(2, longest)).isEqualTo(Duration.ofSeconds(10));
        assertThat(SignInThrottle.backoff(5, longest)).isEqualTo(Duration.ofSeconds(80));
        assertThat(SignInThrottle.backoff(8, longest)).isEqualTo(Duration.ofSeconds(640));
        assertThat(SignInThrottle.backoff(9, longest)).isEqualTo(longest);
        assertThat(SignInThrottle.backoff(400, Duration.ofMinutes(1))).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void usernamesAreKeptAsTheAccountStoreKeepsThem() {
        assertThat(SignInThrottle.normal("  Jo.Bloggs ")).isEqualTo("jo.bloggs");
        assertThat(SignInThrottle.normal(null)).isEmpty();
        assertThat(SignInThrottle.normal("x".repeat(200))).hasSize(64);
    }
}
