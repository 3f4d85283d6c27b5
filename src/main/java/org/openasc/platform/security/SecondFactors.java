package org.openasc.platform.security;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.NotFound;

/**
 * Two-factor sign-in for local accounts: a time-based one-time password (RFC 6238) from an authenticator app as well
 * as the password. Turned on only once the person types a current code (so a mistyped key cannot lock them out),
 * turned off with a current code, reset by an administrator as the way back for a lost device. Each change raises the
 * account's access stamp, ending its other sessions and remembered HTTP Basic credentials; the session that made the
 * change keeps going. The key is shown only while enrolment waits to be confirmed, and never logged.
 */
@Service
public class SecondFactors {

    static final String ISSUER = "OpenASC";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A key waiting to be confirmed: typed into an app in groups of four, or opened as an {@code otpauth://} link. */
    public record Enrolment(String key, String link) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;
    private final SignInThrottle throttle;
    private final SecurityCodes codes;

    SecondFactors(JdbcClient jdbc, Clock clock, AuditTrail audit, SignInThrottle throttle, SecurityCodes codes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.throttle = throttle;
        this.codes = codes;
    }

    /** Whether the signed-in member of staff signs in with a security code. */
    @PreAuthorize(Access.SIGNED_IN)
    public boolean isOnForMe() {
        return codes.needsCode(CurrentStaff.username());
    }

    /** Whether the account signs in with a security code, for its administrator. */
    @PreAuthorize(Access.ADMINISTER)
    public boolean isOn(long accountId) {
        return jdbc.sql("select count(*) from platform.second_factor where account_id = :id and confirmed_at is not null")
                .param("id", accountId).query(Integer.class).single() > 0;
    }

    /** The signed-in member of staff's key waiting to be confirmed, if they have started. */
    @PreAuthorize(Access.SIGNED_IN)
    public Optional<Enrolment> pendingForMe() {
        return codes.factor(CurrentStaff.username()).filter(f -> !f.confirmed()).map(SecondFactors::enrolment);
    }

    /** Whether the signed-in member of staff signs in through the council's identity provider, which does their second factor. */
    @PreAuthorize(Access.SIGNED_IN)
    public boolean isSingleSignOnForMe() {
        return jdbc.sql("select sso_subject is not null from platform.staff_user where username = :u")
                .param("u", CurrentStaff.username()).query(Boolean.class).optional().orElse(false);
    }

    /** A new random key for the signed-in member of staff, replacing any not yet confirmed. */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public Enrolment start() {
        String username = CurrentStaff.username();
        if (codes.needsCode(username)) {
            throw new InvalidInput("code", "Two-factor sign-in is already on for your account");
        }
        if (isSingleSignOnForMe()) {
            throw new InvalidInput("code", "You sign in through the council's sign-in, which asks for your second factor: "
                    + "OpenASC's own two-factor sign-in is for OpenASC passwords");
        }
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        int started = jdbc.sql("""
                insert into platform.second_factor (account_id, secret, created_at)
                select id, :secret, :now from platform.staff_user where username = :username and kind = 'staff' and password_hash is not null
                on conflict (account_id) do update set secret = excluded.secret, created_at = excluded.created_at, last_used_step = null
                  where second_factor.confirmed_at is null""")
                .param("secret", secret).param("now", Timestamp.from(clock.instant())).param("username", username).update();
        if (started == 0) {
            throw new InvalidInput("code", "Two-factor sign-in is for accounts that sign in with a password here");
        }
        return enrolment(codes.factor(username).orElseThrow());
    }

    /** Turns two-factor sign-in on once the code typed shows the app holds the key. */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public void confirm(String code) {
        String typed = readable(code);
        String username = CurrentStaff.username();
        SecurityCodes.Factor factor = codes.factor(username).filter(f -> !f.confirmed()).orElseThrow(() -> new InvalidInput("code",
                "Start setting up two-factor sign-in first: there is no key waiting to be confirmed"));
        long step = TimeBasedCodes.matchingStep(factor.secret(), typed, clock.instant(), null).orElseThrow(() -> new InvalidInput("code",
                "The security code does not match the key: check the key was typed in full and the device's time is right, then enter the code shown now"));
        jdbc.sql("update platform.second_factor set confirmed_at = :now, last_used_step = :step where account_id = :id")
                .param("now", Timestamp.from(clock.instant())).param("step", step).param("id", factor.accountId()).update();
        audit.record(username, AuditTrail.Action.CHANGED, "staff-user", String.valueOf(factor.accountId()), username,
                "Two-factor sign-in turned on");
        endOtherSessions(factor.accountId(), true);
    }

    /** Turns two-factor sign-in off with a current code; wrong codes count against sign-ins like wrong passwords. */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public void turnOff(String code, String address) {
        String typed = readable(code);
        String username = CurrentStaff.username();
        SecurityCodes.Factor factor = codes.factor(username).filter(SecurityCodes.Factor::confirmed).orElseThrow(() -> new InvalidInput("code",
                "Two-factor sign-in is not on for your account"));
        Duration wait = throttle.wait(username, address);
        if (!wait.isZero()) {
            throw new InvalidInput("code", "There have been too many wrong codes or passwords for your account: wait "
                    + Math.max(1, wait.toSeconds()) + " seconds, then try again");
        }
        if (codes.use(factor, typed).isEmpty()) {
            throttle.failed(username, address);
            audit.recordRegardless(username, AuditTrail.Action.REFUSED, "staff-user", String.valueOf(factor.accountId()), username,
                    "Wrong security code to turn off two-factor sign-in, from " + address);
            throw new InvalidInput("code", "The security code is not right or has been used already: enter the code your app shows now");
        }
        jdbc.sql("delete from platform.second_factor where account_id = :id").param("id", factor.accountId()).update();
        audit.record(username, AuditTrail.Action.CHANGED, "staff-user", String.valueOf(factor.accountId()), username,
                "Two-factor sign-in turned off");
        endOtherSessions(factor.accountId(), true);
    }

    /**
     * An administrator takes two-factor sign-in (or a set-up not yet confirmed) off an account, for a lost or replaced
     * device, ending its sessions; false if there was nothing to take off.
     */
    @PreAuthorize(Access.ADMINISTER)
    @Transactional
    public boolean reset(long accountId) {
        String username = jdbc.sql("select username from platform.staff_user where id = :id and kind = 'staff'")
                .param("id", accountId).query(String.class).optional()
                .orElseThrow(() -> new NotFound("The account " + accountId));
        Optional<Boolean> wasOn = jdbc.sql("delete from platform.second_factor where account_id = :id returning confirmed_at is not null")
                .param("id", accountId).query(Boolean.class).optional();
        if (wasOn.isEmpty()) {
            return false;
        }
        audit.record(CurrentStaff.username(), AuditTrail.Action.CHANGED, "staff-user", String.valueOf(accountId), username,
                wasOn.get() ? "Two-factor sign-in reset by an administrator" : "Unconfirmed two-factor set-up cleared by an administrator");
        endOtherSessions(accountId, false);
        return true;
    }

    private static String readable(String code) {
        String typed = TimeBasedCodes.typed(code);
        String problem = SecurityCodes.problemWith(typed);
        if (problem != null) {
            throw new InvalidInput("code", problem);
        }
        return typed;
    }

    /** Raises the access stamp; the session making its own change is given the new stamp so that it goes on. */
    private void endOtherSessions(long accountId, boolean keepThisSession) {
        long stamp = jdbc.sql("update platform.staff_user set access_stamp = access_stamp + 1 where id = :id returning access_stamp")
                .param("id", accountId).query(Long.class).single();
        if (keepThisSession && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getRequest().getSession(false) != null) {
            attributes.getRequest().getSession(false).setAttribute(SessionRevocation.STAMP, stamp);
        }
    }

    private static Enrolment enrolment(SecurityCodes.Factor factor) {
        String key = TimeBasedCodes.base32(factor.secret());
        String link = "otpauth://totp/" + ISSUER + ":" + factor.username() + "?secret=" + key + "&issuer=" + ISSUER;
        return new Enrolment(TimeBasedCodes.grouped(key), link);
    }
}
