package org.openasc.platform.security;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.web.Problems;

/**
 * Signs an API request in as a service account when it carries {@code Authorization: Bearer} with a live token
 * (known, not revoked, not past its expiry day, its account enabled). Any other bearer token is refused 401 here and
 * goes no further, so a header the server does not accept can never stand in for the session's CSRF token; refusals
 * are counted by address and slow that address down as failed sign-ins do ({@link SignInThrottle}); a live token is
 * not slowed (at 256 random bits, guessing one is hopeless: the throttle spares the audit trail a flood). One indexed
 * read a request; the token's last use is written at most once a minute.
 */
final class BearerTokenSignIn extends OncePerRequestFilter {

    /** Set on a request this filter signed in, so CSRF is not asked of it. */
    static final String SIGNED_IN = BearerTokenSignIn.class.getName() + ".SIGNED_IN";
    private static final Duration LAST_USE_EVERY = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final SignInThrottle throttle;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final Map<Long, Instant> lastUseNoted = new ConcurrentHashMap<>();

    BearerTokenSignIn(JdbcClient jdbc, AuditTrail audit, Clock clock, SignInThrottle throttle) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.throttle = throttle;
    }

    private record Token(long id, String username, boolean enabled, LocalDate expiresOn, Instant revokedAt, Instant lastUsedAt,
                         List<String> roles) {
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Token> token = find(authorization.substring(7).strip());
        String refusal = token.isPresent() ? refusal(token.get())
                : "This API token is not recognised: check it was copied whole, or ask an administrator for a new one.";
        if (refusal != null) {
            String address = request.getRemoteAddr();
            Duration wait = throttle.tokenWait(address);
            if (!wait.isZero()) {
                audit.recordRegardless("unknown", AuditTrail.Action.SIGN_IN_FAILED, "api-token", null, null,
                        "Held back for " + wait.toSeconds() + " s after refused API tokens, from " + address);
                response.setHeader("Retry-After", String.valueOf(Math.max(1, wait.toSeconds())));
                Problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many refused API tokens from this address: wait and try again.");
                return;
            }
            throttle.tokenRefused(address);
            audit.recordRegardless(token.map(Token::username).orElse("unknown"), AuditTrail.Action.SIGN_IN_FAILED, "api-token",
                    token.map(t -> String.valueOf(t.id())).orElse(null), null, refusal + " From " + address);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"OpenASC\", error=\"invalid_token\"");
            Problems.write(response, HttpStatus.UNAUTHORIZED, refusal);
            return;
        }
        Token live = token.orElseThrow();
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new ServiceAccountSignIn(live.username(), live.id(),
                live.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()));
        contexts.setContext(context);
        request.setAttribute(SIGNED_IN, Boolean.TRUE);
        noteUse(live);
        chain.doFilter(request, response);
    }

    private Optional<Token> find(String text) {
        if (!text.startsWith(ApiTokens.PREFIX) || text.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select t.id, u.username, u.enabled, t.expires_on, t.revoked_at, t.last_used_at,
                       array(select r.role from platform.staff_role r where r.user_id = u.id) as roles
                from platform.api_token t join platform.staff_user u on u.id = t.account_id and u.kind = 'service'
                where t.token_hash = :hash""")
                .param("hash", ApiTokens.hash(text))
                .query((rs, n) -> new Token(rs.getLong("id"), rs.getString("username"), rs.getBoolean("enabled"),
                        rs.getObject("expires_on", LocalDate.class), instant(rs.getTimestamp("revoked_at")),
                        instant(rs.getTimestamp("last_used_at")), Arrays.asList((String[]) rs.getArray("roles").getArray())))
                .optional();
    }

    /** Why a known token may not be used, or null when it may. */
    private String refusal(Token token) {
        if (token.revokedAt() != null) {
            return "This API token has been revoked: ask an administrator for a new one.";
        }
        if (Today.on(clock).isAfter(token.expiresOn())) {
            return "This API token expired at the end of " + token.expiresOn() + ": ask an administrator for a new one.";
        }
        if (!token.enabled()) {
            return "The service account of this API token is disabled.";
        }
        return null;
    }

    /** Keeps the token's last use to the minute without a write on every request (and only one writer a minute per node). */
    private void noteUse(Token token) {
        Instant now = clock.instant();
        Instant due = now.minus(LAST_USE_EVERY);
        if (token.lastUsedAt() != null && token.lastUsedAt().isAfter(due)) {
            return;
        }
        boolean[] mine = {false};
        lastUseNoted.compute(token.id(), (id, noted) -> {
            if (noted != null && noted.isAfter(due)) {
                return noted;
            }
            mine[0] = true;
            return now;
        });
        if (mine[0]) {
            jdbc.sql("update platform.api_token set last_used_at = :now where id = :id and (last_used_at is null or last_used_at <= :due)")
                    .param("now", Timestamp.from(now)).param("id", token.id()).param("due", Timestamp.from(due)).update();
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
