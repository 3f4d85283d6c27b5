package org.openasc.platform.security;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.platform.audit.AuditTrail;

/**
 * The staff account of a person signing in through the council's identity provider: found by the issuer and subject
 * the provider gives them (created at their first sign-in, with no OpenASC password), its name and email kept as the
 * provider sends them, and its roles and teams set at every sign-in from the groups administrators mapped
 * ({@code platform.sso_mapping}). Leaving a group in the directory takes its role away at the next sign-in, and any
 * change of roles or teams raises the access stamp so the account's other sessions end (as an administrator's change
 * does). A disabled account stays disabled; a person whose groups give no role is refused, and loses what they held.
 */
@Component
class SingleSignOnAccounts {

    private static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    /** Who the identity provider says signed in, and the values of their group claims. */
    record Identity(String issuer, String subject, String preferredUsername, String name, String email, Set<String> groups,
                    boolean groupsLeftOut) {
    }

    /** Why a person who proved who they are to the identity provider is still not let in. */
    enum Refusal {
        NO_ROLE("no-role"), DISABLED("disabled"), COUNCILLOR_AND_STAFF("councillor-and-staff");

        final String reason;

        Refusal(String reason) {
            this.reason = reason;
        }
    }

    /** Signed in as {@code username} with {@code roles}, or refused. */
    record Outcome(String username, Set<Role> roles, Refusal refusal) {
    }

    private record Account(long id, String username, boolean enabled, String displayName, String email) {
    }

    private record Grants(Set<Role> roles, Set<Long> teams) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    SingleSignOnAccounts(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Finds or creates the person's account and applies their mapped roles and teams; a refusal is audited and kept too. */
    @WithoutStaffCheck("it is the sign-in itself: the identity provider has just vouched for the person, who holds no role yet")
    @Transactional
    public Outcome signIn(Identity who, String address) {
        Grants mapped = mapped(who.groups());
        Optional<Account> known = account(who);
        String shownAs = known.map(Account::username).orElse(who.preferredUsername() != null ? who.preferredUsername() : who.subject());
        Refusal refusal = known.isPresent() && !known.get().enabled() ? Refusal.DISABLED
                : mapped.roles().isEmpty() ? Refusal.NO_ROLE
                : mapped.roles().contains(Role.COUNCILLOR) && mapped.roles().size() > 1 ? Refusal.COUNCILLOR_AND_STAFF : null;
        if (refusal != null) {
            if (refusal != Refusal.DISABLED) {
                known.ifPresent(account -> apply(account, new Grants(Set.of(), Set.of())));
            }
            audit.record(shownAs, AuditTrail.Action.SIGN_IN_FAILED, "staff-user", known.map(a -> String.valueOf(a.id())).orElse(null), shownAs,
                    "Single sign-on refused (" + refusal.reason + "): groups sent " + who.groups().size()
                            + (who.groupsLeftOut() ? " (the provider left some out: map app roles or groups assigned to the application)" : "")
                            + ", roles mapped " + mapped.roles() + ", from " + address);
            return new Outcome(shownAs, Set.of(), refusal);
        }
        Account account = known.orElseGet(() -> create(who, mapped));
        String displayName = displayName(who, account.username());
        String email = email(who);
        if (!displayName.equals(account.displayName()) || !Objects.equals(email, account.email())) {
            jdbc.sql("update platform.staff_user set display_name = :name, email = :email, changed_at = now(), changed_by = :by where id = :id")
                    .param("name", displayName).param("email", email).param("by", account.username()).param("id", account.id()).update();
        }
        apply(account, mapped);
        return new Outcome(account.username(), mapped.roles(), null);
    }

    /** Gives the account exactly these roles and teams; a change raises the access stamp, ending its other sessions. */
    private void apply(Account account, Grants access) {
        Grants held = new Grants(
                jdbc.sql("select role from platform.staff_role where user_id = :id").param("id", account.id()).query(String.class).list()
                        .stream().map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))),
                new HashSet<>(jdbc.sql("select team_id from platform.team_membership where user_id = :id").param("id", account.id())
                        .query(Long.class).list()));
        if (held.equals(access)) {
            return;
        }
        jdbc.sql("delete from platform.staff_role where user_id = :id").param("id", account.id()).update();
        access.roles().forEach(role -> jdbc.sql("insert into platform.staff_role (user_id, role) values (:id, :role)")
                .param("id", account.id()).param("role", role.name()).update());
        jdbc.sql("delete from platform.team_membership where user_id = :id").param("id", account.id()).update();
        access.teams().forEach(team -> jdbc.sql("insert into platform.team_membership (team_id, user_id) values (:team, :id)")
                .param("team", team).param("id", account.id()).update());
        jdbc.sql("""
                update platform.staff_user set access_stamp = access_stamp + 1, version = version + 1, changed_at = now(), changed_by = :by
                where id = :id""").param("by", account.username()).param("id", account.id()).update();
        audit.record(account.username(), AuditTrail.Action.CHANGED, "staff-user", String.valueOf(account.id()), account.username(),
                "Single sign-on: roles " + held.roles() + " to " + access.roles() + ", teams " + new TreeSet<>(held.teams())
                        + " to " + new TreeSet<>(access.teams()));
    }

    private Grants mapped(Set<String> groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<Long> teams = new HashSet<>();
        if (!groups.isEmpty()) {
            jdbc.sql("select role, team_id from platform.sso_mapping where claim_value in (:groups)").param("groups", groups)
                    .query((rs, n) -> {
                        String role = rs.getString("role");
                        if (role != null) {
                            roles.add(Role.valueOf(role));
                        } else {
                            teams.add(rs.getLong("team_id"));
                        }
                        return null;
                    }).list();
        }
        return new Grants(roles, teams);
    }

    private Optional<Account> account(Identity who) {
        return jdbc.sql("""
                select id, username, enabled, display_name, email from platform.staff_user
                where sso_issuer = :issuer and sso_subject = :subject""")
                .param("issuer", who.issuer()).param("subject", who.subject()).query(Account.class).optional();
    }

    /**
     * A new account named from the local part of the person's sign-in name (jsmith@council.gov.uk is {@code jsmith}),
     * with a number after it when that is taken; never renamed afterwards, since the trail and the records name it.
     */
    private Account create(Identity who, Grants mapped) {
        String stem = usernameStem(who);
        for (int n = 1; n <= 99; n++) {
            String candidate = n == 1 ? stem : stem + "-" + n;
            Optional<Long> id = jdbc.sql("""
                    insert into platform.staff_user (username, display_name, email, password_hash, sso_issuer, sso_subject, created_by)
                    values (:username, :name, :email, null, :issuer, :subject, :username)
                    on conflict do nothing returning id""")
                    .param("username", candidate).param("name", displayName(who, candidate)).param("email", email(who))
                    .param("issuer", who.issuer()).param("subject", who.subject())
                    .query(Long.class).optional();
            if (id.isPresent()) {
                audit.record(candidate, AuditTrail.Action.CREATED, "staff-user", String.valueOf(id.get()), candidate,
                        "Single sign-on, first sign-in through " + who.issuer() + "; roles " + mapped.roles());
                return new Account(id.get(), candidate, true, displayName(who, candidate), email(who));
            }
            Optional<Account> madeMeanwhile = account(who);
            if (madeMeanwhile.isPresent()) {
                return madeMeanwhile.get();
            }
        }
        throw new IllegalStateException("No free username from the stem " + stem);
    }

    static String usernameStem(Identity who) {
        String source = List.of(String.valueOf(who.preferredUsername()), String.valueOf(who.email()), String.valueOf(who.name())).stream()
                .filter(s -> !"null".equals(s) && !s.isBlank()).findFirst().orElse("sso");
        String local = source.contains("@") ? source.substring(0, source.indexOf('@')) : source;
        String stem = Normalizer.normalize(local, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]+", ".").replaceAll("^[._-]+|[._-]+$", "");
        stem = stem.length() > 56 ? stem.substring(0, 56).replaceAll("[._-]+$", "") : stem;
        return stem.length() < 2 || stem.startsWith("svc-") || CurrentStaff.RESERVED_USERNAMES.contains(stem) ? "sso-" + stem : stem;
    }

    private static String displayName(Identity who, String username) {
        String name = who.name() == null || who.name().isBlank() ? username : who.name().strip();
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    private static String email(Identity who) {
        return who.email() != null && who.email().strip().matches(EMAIL) ? who.email().strip()
                : who.preferredUsername() != null && who.preferredUsername().strip().matches(EMAIL) ? who.preferredUsername().strip() : null;
    }
}
