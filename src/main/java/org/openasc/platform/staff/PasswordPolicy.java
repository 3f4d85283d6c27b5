package org.openasc.platform.staff;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The NCSC's guidance for local passwords: length over complexity (12 to 128 characters, no rules about symbols or
 * case), and a deny list of passwords attackers try first, with the patterns that make a long password guessable
 * (one character repeated, a run along the keyboard or the alphabet, the account's own name).
 */
final class PasswordPolicy {

    static final int MIN = 12;
    static final int MAX = 128;
    private static final Set<String> COMMON = load();
    private static final List<String> RUNS = List.of("0123456789012345678901234567890", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
            "qwertyuiopasdfghjklzxcvbnmqwertyuiop", "1qaz2wsx3edc4rfv5tgb6yhn7ujm", "q1w2e3r4t5y6u7i8o9p0");

    private PasswordPolicy() {
    }

    /** Why a password may not be used, or empty when it may. */
    static Optional<String> problem(String password, String username) {
        if (password.length() < MIN) {
            return Optional.of("Password must be at least " + MIN + " characters: a few unrelated words make a long one easy to remember");
        }
        if (password.length() > MAX) {
            return Optional.of("Password must be " + MAX + " characters or fewer");
        }
        String folded = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(folded) || folded.chars().distinct().count() <= 2 || RUNS.stream().anyMatch(r -> r.contains(folded))
                || RUNS.stream().anyMatch(r -> new StringBuilder(r).reverse().toString().contains(folded))) {
            return Optional.of("That password is one attackers try first: choose three or more unrelated words");
        }
        if (username != null && username.length() >= 3 && folded.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("The password must not contain the username");
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/platform/common-passwords.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
