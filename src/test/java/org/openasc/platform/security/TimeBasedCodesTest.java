package org.openasc.platform.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimeBasedCodesTest {

    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void codesMatchTheSha1TestVectorsOfRfc6238AppendixB() {
        assertThat(rfcCode(59L)).isEqualTo("94287082");
        assertThat(rfcCode(1111111109L)).isEqualTo("07081804");
        assertThat(rfcCode(1111111111L)).isEqualTo("14050471");
        assertThat(rfcCode(1234567890L)).isEqualTo("89005924");
        assertThat(rfcCode(2000000000L)).isEqualTo("69279037");
        assertThat(rfcCode(20000000000L)).isEqualTo("65353130");
    }

    @Test
    void sixDigitCodesAreTheLastSixOfTheRfcCodes() {
        assertThat(TimeBasedCodes.code(RFC_SEED, TimeBasedCodes.step(Instant.ofEpochSecond(59)), 6)).isEqualTo("287082");
        assertThat(TimeBasedCodes.code(RFC_SEED, TimeBasedCodes.step(Instant.ofEpochSecond(1111111109)), 6)).isEqualTo("081804");
    }

    @Test
    void aCodeFromOneStepEitherSideIsAcceptedForADeviceClockALittleOut() {
        Instant now = Instant.ofEpochSecond(1_800_000_015L);
        long step = TimeBasedCodes.step(now);
        for (long drift = -1; drift <= 1; drift++) {
            String code = TimeBasedCodes.code(RFC_SEED, step + drift, 6);
            assertThat(TimeBasedCodes.matchingStep(RFC_SEED, code, now, null)).hasValue(step + drift);
        }
        assertThat(TimeBasedCodes.matchingStep(RFC_SEED, TimeBasedCodes.code(RFC_SEED, step - 2, 6), now, null)).isEmpty();
        assertThat(TimeBasedCodes.matchingStep(RFC_SEED, TimeBasedCodes.code(RFC_SEED, step + 2, 6), now, null)).isEmpty();
    }

    @Test
    void aCodeIsAcceptedOnlyForAStepAfterTheLastOneUsed() {
        Instant now = Instant.ofEpochSecond(1_800_000_015L);
        long step = TimeBasedCodes.step(now);
        String current = TimeBasedCodes.code(RFC_SEED, step, 6);
        assertThat(TimeBasedCodes.matchingStep(RFC_SEED, current, now, step - 1)).hasValue(step);
        assertThat(TimeBasedCodes.matchingStep(RFC_SEED, current, now, step)).as("replayed").isEmpty();
        assertThat(TimeBasedCodes.matchingStep(RFC_SEED, TimeBasedCodes.code(RFC_SEED, step - 1, 6), now, step))
                .as("an older code after a newer one").isEmpty();
        assertThat(TimeBasedCodes.matchingStep(RFC_SEED, current, now.plusSeconds(30), step - 1))
                .as("still accepted when the clock moves on a step").hasValue(step);
        assertThat(TimeBasedCodes.matchingStep(RFC_SEED, current, now.plusSeconds(60), step - 1))
                .as("but not two steps on").isEmpty();
    }

    @Test
    void keysAreWrittenInRfc4648Base32AndReadBack() {
        assertThat(TimeBasedCodes.base32("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
        assertThat(TimeBasedCodes.base32("fooba".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTB");
        assertThat(TimeBasedCodes.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(TimeBasedCodes.base32(RFC_SEED)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(TimeBasedCodes.fromBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(RFC_SEED);
        assertThat(TimeBasedCodes.grouped("GEZDGNBVGY")).isEqualTo("GEZD GNBV GY");
    }

    @Test
    void aCodeTypedWithSpacesIsReadAndAnythingElseIsNamedPlainly() {
        assertThat(TimeBasedCodes.typed(" 123 456 ")).isEqualTo("123456");
        assertThat(SecurityCodes.problemWith("123456")).isNull();
        assertThat(SecurityCodes.problemWith("")).isEqualTo("Enter the 6-digit security code from your authenticator app");
        assertThat(SecurityCodes.problemWith("12a456")).isEqualTo("Enter the security code as numbers only, like 123456");
        assertThat(SecurityCodes.problemWith("١٢٣٤٥٦")).as("digits of another script").isEqualTo("Enter the security code as numbers only, like 123456");
        assertThat(SecurityCodes.problemWith("12345")).isEqualTo("Enter the security code as 6 digits, like 123456: you entered 5");
    }

    private static String rfcCode(long seconds) {
        return TimeBasedCodes.code(RFC_SEED, TimeBasedCodes.step(Instant.ofEpochSecond(seconds)), 8);
    }
}
