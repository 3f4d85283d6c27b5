package org.openasc.platform.security;

import java.security.SecureRandom;
import java.util.Base64;

import org.openasc.platform.documents.ContentHash;

/**
 * API tokens as issued to service accounts: 32 random bytes as URL-safe base64 behind the prefix {@code oasc_}, so
 * secret scanners can recognise one in a repository or a log. Only the token's SHA-256 is kept: it is long and
 * random, so a fast unsalted hash cannot be reversed by guessing, and lookup stays one indexed read.
 */
public final class ApiTokens {

    public static final String PREFIX = "oasc_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokens() {
    }

    /** A new token, to be shown once and never kept. */
    public static String generate() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** What is kept of a token, and what it is looked up by. */
    public static String hash(String token) {
        return ContentHash.sha256(token);
    }
}
