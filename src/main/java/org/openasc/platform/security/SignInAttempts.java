package org.openasc.platform.security;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import org.openasc.platform.PlatformProperties;
import org.openasc.platform.audit.AuditTrail;

/** Counts failed sign-ins and locks an account for a while after too many, as the council's policy sets. */
@Component
class SignInAttempts {

    private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PlatformProperties.Security policy;
    private final AuditTrail audit;

    SignInAttempts(JdbcClient jdbc, Clock clock, PlatformProperties properties, AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.policy = properties.security();
        this.audit = audit;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getName()).trim().toLowerCase();
        Instant lockUntil = clock.instant().plus(policy.lockout());
        Integer failures = jdbc.sql("""
                update platform.staff_user
                set failed_sign_ins = case when failed_sign_ins + 1 >= :max then 0 else failed_sign_ins + 1 end,
                    locked_until = case when failed_sign_ins + 1 >= :max then :lockUntil else locked_until end
                where username = :username
                returning case when locked_until = :lockUntil then -1 else failed_sign_ins end""")
                .param("max", policy.maxFailedSignIns())
                .param("lockUntil", java.sql.Timestamp.from(lockUntil))
                .param("username", username)
                .query(Integer.class).optional().orElse(null);
        if (failures == null) {
            return;
        }
        audit.record(username, AuditTrail.Action.SIGN_IN_FAILED, "staff-user", username, null, null);
        if (failures == -1) {
            log.warn("A staff account was locked after {} failed sign-ins", policy.maxFailedSignIns());
            audit.record(username, AuditTrail.Action.LOCKED_OUT, "staff-user", username, null,
                    "Locked until " + lockUntil);
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        jdbc.sql("update platform.staff_user set failed_sign_ins = 0 where username = :username and failed_sign_ins > 0")
                .param("username", event.getAuthentication().getName())
                .update();
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        jdbc.sql("update platform.staff_user set last_sign_in_at = :now where username = :username")
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .param("username", username)
                .update();
        audit.record(username, AuditTrail.Action.SIGNED_IN, "staff-user", username, null, null);
    }
}
