package org.openasc.platform.security;

import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks security codes against an account's second factor ({@link SecondFactors}), at sign-in and when it is
 * turned off. A code is accepted once: the step it was accepted for is kept, and an earlier or equal step refused.
 */
@Component
class SecurityCodes {

    /** What a sign-in's security code came to. */
    enum AtSignIn { NOT_NEEDED, ACCEPTED, REFUSED }

    /** An account's second factor; {@code confirmed} false while enrolment waits for a first code. */
    record Factor(long accountId, String username, byte[] secret, boolean confirmed, Long lastUsedStep) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    SecurityCodes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Checks the code of a sign-in whose password was right; an accepted code is used up. */
    AtSignIn atSignIn(String username, String code) {
        Optional<Factor> factor = factor(username).filter(Factor::confirmed);
        if (factor.isEmpty()) {
            return AtSignIn.NOT_NEEDED;
        }
        String typed = TimeBasedCodes.typed(code);
        return problemWith(typed) == null && use(factor.get(), typed).isPresent() ? AtSignIn.ACCEPTED : AtSignIn.REFUSED;
    }

    /** Whether the account needs a security code to sign in (so cannot sign in with HTTP Basic). */
    boolean needsCode(String username) {
        return factor(username).filter(Factor::confirmed).isPresent();
    }

    /** What is wrong with the form of a code (spaces already taken out), or null if it could be a code. */
    static String problemWith(String typed) {
        if (typed.isEmpty()) {
            return "Enter the 6-digit security code from your authenticator app";
        }
        if (!typed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "Enter the security code as numbers only, like 123456";
        }
        if (typed.length() != TimeBasedCodes.DIGITS) {
            return "Enter the security code as 6 digits, like 123456: you entered " + typed.length();
        }
        return null;
    }

    /** The step of a matching, unused code, now marked used; of two requests using the same code at once, one wins. */
    OptionalLong use(Factor factor, String typed) {
        OptionalLong step = TimeBasedCodes.matchingStep(factor.secret(), typed, clock.instant(), factor.lastUsedStep());
        if (step.isEmpty()) {
            return step;
        }
        int used = jdbc.sql("""
                update platform.second_factor set last_used_step = :step
                where account_id = :id and (last_used_step is null or last_used_step < :step)""")
                .param("step", step.getAsLong()).param("id", factor.accountId()).update();
        return used == 1 ? step : OptionalLong.empty();
    }

    Optional<Factor> factor(String username) {
        return jdbc.sql("""
                select f.account_id, u.username, f.secret, f.confirmed_at is not null as confirmed, f.last_used_step
                from platform.second_factor f join platform.staff_user u on u.id = f.account_id
                where u.username = :username and u.kind = 'staff'""")
                .param("username", SignInThrottle.normal(username))
                .query((rs, row) -> new Factor(rs.getLong("account_id"), rs.getString("username"), rs.getBytes("secret"),
                        rs.getBoolean("confirmed"), rs.getObject("last_used_step", Long.class)))
                .optional();
    }
}
