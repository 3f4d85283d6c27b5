package org.openasc.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic without a password hash on every request: a username and password that passed the full check
 * ({@link ThrottledSignIn}: throttle, then the slow hash) are remembered for five minutes under an HMAC-SHA-256
 * of both, keyed by a random key made when the process starts, so neither the password nor anything that would
 * test a guess against it outlives the process. A remembered credential is used only while the account's access
 * stamp is unchanged (one primary-key read, as for a session): resetting the password, disabling the account or
 * changing its roles raises the stamp, and the old credential is refused at once on every node. Anything not
 * remembered, a wrong password included, goes through the full check and its throttle.
 */
@Component
class RememberedCredentials {

    static final Duration KEPT_FOR = Duration.ofMinutes(5);
    private static final int MOST_KEPT = 10_000;

    private final ThrottledSignIn signIn;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    private record Remembered(String username, Object principal, Collection<? extends GrantedAuthority> roles, long stamp, Instant until) {
    }

    RememberedCredentials(ThrottledSignIn signIn, JdbcClient jdbc, Clock clock) {
        this.signIn = signIn;
        this.jdbc = jdbc;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::mac);
    }

    /** Signs in a username and password, from memory when they passed the full check in the last five minutes. */
    Authentication authenticate(Authentication attempt) {
        if (!(attempt instanceof UsernamePasswordAuthenticationToken) || attempt.getCredentials() == null) {
            return signIn.authenticate(attempt);
        }
        String username = SignInThrottle.normal(attempt.getName());
        String fingerprint = fingerprint(username, attempt.getCredentials().toString());
        Instant now = clock.instant();
        Remembered known = remembered.get(fingerprint);
        if (known != null) {
            if (known.until().isAfter(now) && stamp(known.username()).filter(s -> s == known.stamp()).isPresent()) {
                return signedIn(known, attempt);
            }
            remembered.remove(fingerprint, known);
        }
        // Read before the password is checked: a change made meanwhile raises the stamp, so what is remembered is already stale.
        Optional<Long> stamp = stamp(username);
        Authentication verified = signIn.authenticate(attempt);
        if (verified instanceof CredentialsContainer erasable) {
            erasable.eraseCredentials();
        }
        Remembered checked = new Remembered(verified.getName(), verified.getPrincipal(), verified.getAuthorities(),
                stamp.orElse(-1L), now.plus(KEPT_FOR));
        if (stamp.isPresent() && room(now)) {
            remembered.put(fingerprint, checked);
        }
        return signedIn(checked, attempt);
    }

    private Optional<Long> stamp(String username) {
        return SessionRevocation.currentStamp(jdbc, username);
    }

    /** Whether there is room for one more, forgetting the expired first when there is not. */
    private boolean room(Instant now) {
        if (remembered.size() >= MOST_KEPT) {
            remembered.values().removeIf(r -> !r.until().isAfter(now));
        }
        return remembered.size() < MOST_KEPT;
    }

    private static Authentication signedIn(Remembered known, Authentication attempt) {
        UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(known.principal(), null, known.roles());
        signedIn.setDetails(attempt.getDetails());
        return signedIn;
    }

    private String fingerprint(String username, String password) {
        byte[] digest = macs.get().doFinal((username + '\u0000' + password).getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(digest);
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HMAC-SHA-256", e);
        }
    }
}
