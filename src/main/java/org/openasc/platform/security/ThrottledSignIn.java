package org.openasc.platform.security;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
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
 * address must wait first, then the security code of an account with two-factor sign-in ({@link SecurityCodes});
 * every failure, and every attempt held back, is audited with its address. The refusal is the same whether or not
 * the username exists, and whether the password or the code was wrong.
 */
@Component
@WithoutStaffCheck("the sign-in machinery: runs before anyone is signed in")
class ThrottledSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final AuditTrail audit;
    private final SecurityCodes codes;

    ThrottledSignIn(JdbcClient jdbc, PasswordEncoder encoder, SignInThrottle throttle, AuditTrail audit, SecurityCodes codes) {
        this.passwords = new DaoAuthenticationProvider(new StaffUserDetailsService(jdbc));
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.audit = audit;
        this.codes = codes;
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
        if (attempt.getDetails() instanceof SecurityCodeDetails form && !TimeBasedCodes.typed(form.securityCode()).isEmpty()
                && SecurityCodes.problemWith(TimeBasedCodes.typed(form.securityCode())) != null) {
            throw new SecurityCodeUnreadable();
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            secondFactor(username, attempt.getDetails());
            throttle.succeeded(username, address);
            return signedIn;
        } catch (SecondFactorNeedsSession e) {
            audit.recordRegardless(username, AuditTrail.Action.SIGN_IN_FAILED, "staff-user", username, null,
                    "HTTP Basic refused: the account has two-factor sign-in, from " + address);
            throw e;
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
            audit.recordRegardless(username, AuditTrail.Action.SIGN_IN_FAILED, "staff-user", username, null,
                    (e instanceof SecurityCodeRefused ? "Right password, missing or wrong security code" : "Wrong username or password")
                            + ", from " + address);
            throw e;
        } catch (AuthenticationException e) {
            audit.recordRegardless(username, AuditTrail.Action.SIGN_IN_FAILED, "staff-user", username, null, "Account disabled, from " + address);
            throw e;
        }
    }

    /**
     * A form sign-in to an account with two-factor sign-in needs its current code, refused like a wrong password so
     * the form never tells which accounts have one. HTTP Basic cannot carry a code, so such an account cannot use it.
     */
    private void secondFactor(String username, Object details) {
        if (details instanceof SecurityCodeDetails form) {
            if (codes.atSignIn(username, form.securityCode()) == SecurityCodes.AtSignIn.REFUSED) {
                throw new SecurityCodeRefused();
            }
        } else if (codes.needsCode(username)) {
            throw new SecondFactorNeedsSession();
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

    /** The right password with a missing or wrong security code: answered as a wrong password, and counted as one. */
    static final class SecurityCodeRefused extends BadCredentialsException {
        SecurityCodeRefused() {
            super("Bad credentials");
        }
    }

    /** A security code that cannot be one (not 6 digits): refused before anything is checked, whatever the account. */
    static final class SecurityCodeUnreadable extends AuthenticationException {
        SecurityCodeUnreadable() {
            super("The security code is not 6 digits");
        }
    }

    /** The right password over HTTP Basic for an account with two-factor sign-in, which Basic cannot satisfy. */
    static final class SecondFactorNeedsSession extends AuthenticationException {
        SecondFactorNeedsSession() {
            super("This account has two-factor sign-in: HTTP Basic cannot be used");
        }
    }
}
