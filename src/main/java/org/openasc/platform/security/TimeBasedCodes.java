package org.openasc.platform.security;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords exactly as RFC 6238 (over RFC 4226's HOTP) with the parameters every authenticator
 * app assumes: HMAC-SHA1, 30-second steps from the Unix epoch, 6 digits; and the secret written in RFC 4648 base32.
 */
final class TimeBasedCodes {

    static final int DIGITS = 6;
    static final long STEP_SECONDS = 30;
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000};

    private TimeBasedCodes() {
    }

    /** The step an instant falls in (RFC 6238's T, with T0 = 0 and X = 30). */
    static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The code for one step, zero-padded to {@code digits} (RFC 4226 section 5.3: dynamic truncation). */
    static String code(byte[] secret, long step, int digits) {
        byte[] hash;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HMAC-SHA1", e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        String code = Integer.toString(binary % POWERS[digits]);
        return "0".repeat(digits - code.length()) + code;
    }

    /**
     * The step whose code this is, among the step {@code now} falls in and one either side (for a device's clock a
     * little out), and only a step after {@code lastUsed} so that a code is accepted once; empty if none matches.
     */
    static OptionalLong matchingStep(byte[] secret, String code, Instant now, Long lastUsed) {
        long current = step(now);
        for (long step = current - 1; step <= current + 1; step++) {
            boolean unused = lastUsed == null || step > lastUsed;
            if (unused && MessageDigest.isEqual(code(secret, step, DIGITS).getBytes(), code.getBytes())) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** A code as typed, with spaces and hyphens taken out (some apps show "123 456"). */
    static String typed(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "");
    }

    /** RFC 4648 base32 without padding, as authenticator apps take it. */
    static String base32(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                text.append(BASE32.charAt((buffer >> (bits - 5)) & 0x1f));
                bits -= 5;
            }
        }
        if (bits > 0) {
            text.append(BASE32.charAt((buffer << (5 - bits)) & 0x1f));
        }
        return text.toString();
    }

    /** Reads base32, ignoring case, spaces and padding (as an authenticator app reads the key shown). */
    static byte[] fromBase32(String text) {
        String clean = text.replaceAll("[\\s=]", "").toUpperCase(Locale.ROOT);
        ByteBuffer bytes = ByteBuffer.allocate(clean.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            int value = BASE32.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("Not base32: " + c);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                bytes.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return bytes.array();
    }

    /** The key in groups of four, easier to type into an app by hand. */
    static String grouped(String base32) {
        return String.join(" ", base32.split("(?<=\\G.{4})"));
    }
}
