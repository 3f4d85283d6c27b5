package org.openasc.platform.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import org.openasc.platform.audit.AuditTrail;

/**
 * Ends a signed-in session as soon as its account is disabled, loses a role or has its password
 * reset: the session holds the account's access stamp from sign-in, and a request whose stamp no
 * longer matches (or whose account is disabled) is treated as not signed in. Checked in the
 * database on every request, so it holds across nodes. HTTP Basic compares the same stamp before it
 * uses a remembered credential ({@link RememberedCredentials}); a request signed in with an API token
 * acts as its service account whatever session cookie it carries, and leaves the session alone.
 */
final class SessionRevocation extends OncePerRequestFilter {

    static final String STAMP = SessionRevocation.class.getName() + ".STAMP";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    SessionRevocation(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)
                && !(signedIn instanceof ServiceAccountSignIn)) {
            Optional<Long> current = currentStamp(jdbc, signedIn.getName());
            Object held = session.getAttribute(STAMP);
            if (current.isEmpty() || (held != null && !held.equals(current.get()))) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                audit.recordRegardless(signedIn.getName(), AuditTrail.Action.SIGNED_OUT, "staff-user", signedIn.getName(), null,
                        "Session ended: the account was disabled or its access changed");
            } else if (held == null) {
                session.setAttribute(STAMP, current.get());
            }
        }
        chain.doFilter(request, response);
    }

    /** The account's access stamp, empty if the account no longer exists or is disabled. */
    static Optional<Long> currentStamp(JdbcClient jdbc, String username) {
        return jdbc.sql("select access_stamp from platform.staff_user where username = :username and enabled")
                .param("username", username).query(Long.class).optional();
    }
}
