package org.openasc.platform.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.platform.PlatformProperties;

/**
 * Slows sign-in attempts after failures instead of locking accounts, so that knowing a worker's
 * username is not enough to lock them out. Failures are counted under three keys: the username
 * from one address (slowed soonest), the address whatever username it tries (password spraying),
 * and the username from anywhere (a spread-out guess; its wait is short so a worker is never held
 * for long). The failure that uses up a key's allowance makes the next attempt wait five seconds,
 * and each further failure doubles the wait, up to the longest. Kept in the
 * database so every node sees the same counts.
 */
@Component
class SignInThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PlatformProperties.SignIn policy;

    SignInThrottle(JdbcClient jdbc, Clock clock, PlatformProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.policy = properties.security().signIn();
    }

    /** How long this attempt must wait before it may be tried, zero if it may be tried now. */
    Duration wait(String username, String address) {
        Instant now = clock.instant();
        Instant until = jdbc.sql("select max(blocked_until) from platform.sign_in_throttle where throttle_key in (:keys)")
                .param("keys", keys(username, address)).query(Instant.class).optional().orElse(null);
        return until == null || !until.isAfter(now) ? Duration.ZERO : Duration.between(now, until);
    }

    /** How long an address must wait after offering API tokens that are not live, zero if it may offer one now. */
    Duration tokenWait(String address) {
        Instant now = clock.instant();
        Instant until = jdbc.sql("select blocked_until from platform.sign_in_throttle where throttle_key = :key")
                .param("key", tokenKey(address)).query(Instant.class).optional().orElse(null);
        return until == null || !until.isAfter(now) ? Duration.ZERO : Duration.between(now, until);
    }

    /**
     * A bearer token refused (unknown, revoked or expired). Counted by address only, under a key of its own, so an
     * integration retrying a revoked token slows itself without holding back staff signing in from the same office.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void tokenRefused(String address) {
        count(tokenKey(address), policy.failuresPerAddress(), policy.longestWait());
    }

    private static String tokenKey(String address) {
        return "token-address:" + address;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failed(String username, String address) {
        List<String> keys = keys(username, address);
        count(keys.get(0), policy.failuresPerUsernameAndAddress(), policy.longestWait());
        count(keys.get(1), policy.failuresPerAddress(), policy.longestWait());
        count(keys.get(2), policy.failuresPerUsername(), policy.longestWaitPerUsername());
    }

    /** A right password clears the username's counts, never the address's (or a sprayer could reset it with their own account). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void succeeded(String username, String address) {
        List<String> keys = keys(username, address);
        jdbc.sql("delete from platform.sign_in_throttle where throttle_key in (:keys)")
                .param("keys", List.of(keys.get(0), keys.get(2))).update();
    }

    private void count(String key, int allowance, Duration longest) {
        Instant now = clock.instant();
        int failures = jdbc.sql("""
                insert into platform.sign_in_throttle (throttle_key, failures, last_failure_at) values (:key, 1, :now)
                on conflict (throttle_key) do update
                  set failures = case when sign_in_throttle.last_failure_at < :forgetBefore then 1 else sign_in_throttle.failures + 1 end,
                      last_failure_at = :now
                returning failures""")
                .param("key", key).param("now", Timestamp.from(now))
                .param("forgetBefore", Timestamp.from(now.minus(policy.forgetAfter())))
                .query(Integer.class).single();
        if (failures >= allowance) {
            Duration wait = backoff(failures - allowance + 1, longest);
            jdbc.sql("update platform.sign_in_throttle set blocked_until = :until where throttle_key = :key")
                    .param("until", Timestamp.from(now.plus(wait))).param("key", key).update();
        }
    }

    /** Five seconds after the failure that uses up the allowance, doubling with each one after it, to the longest wait. */
    static Duration backoff(int beyondAllowance, Duration longest) {
        long seconds = 5L << Math.min(beyondAllowance - 1, 20);
        return seconds >= longest.toSeconds() ? longest : Duration.ofSeconds(seconds);
    }

    private static List<String> keys(String username, String address) {
        String user = "user:" + normal(username);
        return List.of(user + "@" + address, "address:" + address, user);
    }

    /** Usernames as the account store keeps them; anything longer than a username could be is cut, it matches none. */
    static String normal(String username) {
        String trimmed = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return trimmed.length() > 64 ? trimmed.substring(0, 64) : trimmed;
    }
}
