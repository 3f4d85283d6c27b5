package org.openasc.platform.security;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import org.openasc.platform.audit.AuditTrail;

/** Records a sign-in to a browser session, and gives the session the account's access stamp to be checked on each request. */
@Component
class SignInAttempts {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;

    SignInAttempts(JdbcClient jdbc, Clock clock, AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        jdbc.sql("update platform.staff_user set last_sign_in_at = :now where username = :username")
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .param("username", username)
                .update();
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            SessionRevocation.currentStamp(jdbc, username)
                    .ifPresent(stamp -> request.getSession().setAttribute(SessionRevocation.STAMP, stamp));
        }
        audit.record(username, AuditTrail.Action.SIGNED_IN, "staff-user", username, null,
                event.getAuthentication().getPrincipal() instanceof SingleSignOnUser ? "Single sign-on" : null);
    }
}
