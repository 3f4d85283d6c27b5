package org.openasc.platform.security;

import java.time.Duration;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import org.openasc.platform.audit.AuditTrail;

/**
 * Checks a username and password (form or HTTP Basic) unless failures from this username or
 * address must wait first; every failure, and every attempt held back, is audited with its address.
 * The refusal is the same whether or not the username exists.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final AuditTrail audit;

    ThrottledSignIn(StaffUserDetailsService accounts, PasswordEncoder encoder, SignInThrottle throttle, AuditTrail audit) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = SignInThrottle.normal(attempt.getName());
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
        Duration wait = throttle.wait(username, address);
        if (!wait.isZero()) {
            audit.recordRegardless(username, AuditTrail.Action.SIGN_IN_FAILED, "staff-user", username, null,
                    "Held back for " + wait.toSeconds() + " s after failed sign-ins, from " + address);
            throw new SignInHeldBack(wait);
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(username, address);
            return signedIn;
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
            audit.recordRegardless(username, AuditTrail.Action.SIGN_IN_FAILED, "staff-user", username, null, "Wrong username or password, from " + address);
            throw e;
        } catch (AuthenticationException e) {
            audit.recordRegardless(username, AuditTrail.Action.SIGN_IN_FAILED, "staff-user", username, null, "Account disabled, from " + address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Too many failed sign-ins: the attempt was not checked and may be tried again after the wait. */
    static final class SignInHeldBack extends AuthenticationException {
        private final transient Duration wait;

        SignInHeldBack(Duration wait) {
            super("Too many failed sign-ins: wait before trying again");
            this.wait = wait;
        }

        Duration retryAfter() {
            return wait;
        }
    }
}
