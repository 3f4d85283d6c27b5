package org.openasc.platform.staff;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.ApiTokens;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;
import org.openasc.platform.web.Conflict;
import org.openasc.platform.web.FieldChecks;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.NotFound;
import org.openasc.platform.web.StaleVersion;

/**
 * Service accounts let another system (a provider portal, the council's data warehouse) use the API with its own
 * roles and teams, scoped and audited as a member of staff is. An account signs in only with API tokens, each
 * shown once when issued, expiring on a chosen day and revocable; the account has no password.
 */
@Service
public class ServiceAccounts {

    static final String USERNAME_PREFIX = "svc-";
    /** Administering accounts (and so issuing tokens) and sitting as a councillor are for people, never for an integration. */
    static final Set<Role> PEOPLE_ONLY = EnumSet.of(Role.ADMIN, Role.COUNCILLOR);
    static final int LONGEST_TOKEN_MONTHS = 13;

    /** A new service account: its name, role codes and the ids of the teams whose work it may see. */
    public record NewServiceAccount(String name, List<String> roles, List<Long> teamIds) {
    }

    public record ServiceAccount(long id, String username, String name, boolean enabled, List<Role> roles,
                                 List<StaffDirectory.TeamView> teams, List<TokenView> tokens, Instant createdAt, String createdBy, int version) {
    }

    /** New roles and teams for an account, against the version of it the administrator saw. */
    public record AccountChange(List<String> roles, List<Long> teamIds, Integer version) {
    }

    /** A token to issue: it works until the end of {@code expiresOn}, UK time. */
    public record NewToken(LocalDate expiresOn) {
    }

    /** A token just issued: the only time its text is ever shown. */
    public record IssuedToken(long id, String token) {
    }

    /** What is known of a token afterwards: never its text. */
    public record TokenView(long id, long serviceAccountId, String serviceAccount, String status, LocalDate expiresOn, Instant createdAt,
                            String createdBy, Instant lastUsedAt, Instant revokedAt, String revokedBy) {
    }

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final Clock clock;

    ServiceAccounts(JdbcClient jdbc, StaffDirectory staff, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** The roles a service account may hold, in the order staff roles are listed. */
    public static List<Role> rolesOffered() {
        return Arrays.stream(Role.values()).filter(r -> !PEOPLE_ONLY.contains(r)).toList();
    }

    @PreAuthorize(Access.ADMINISTER)
    @Transactional
    public ServiceAccount create(NewServiceAccount account) {
        FieldChecks checks = new FieldChecks().text(account.name(), "name", "the service account's name, like Care provider portal", 100);
        String username = username(account.name());
        if (!checks.has("name") && username.length() <= USERNAME_PREFIX.length()) {
            checks.add("name", "Enter a name with letters or digits in it, like Care provider portal");
        }
        Set<Role> roles = roles(account.roles(), checks);
        Set<Long> teams = teams(account.teamIds(), checks);
        checks.orRefuse();
        String by = CurrentStaff.username();
        long id;
        try {
            id = jdbc.sql("""
                    insert into platform.staff_user (username, display_name, kind, password_hash, created_at, created_by)
                    values (:username, :name, 'service', null, :now, :by) returning id""")
                    .param("username", username).param("name", account.name().strip())
                    .param("now", Timestamp.from(clock.instant())).param("by", by)
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new InvalidInput("name", "The name " + account.name().strip()
                    + " is taken (its account would be " + username + "): choose another");
        }
        staff.replaceRolesAndTeams(id, roles, teams);
        audit.record(by, AuditTrail.Action.CREATED, "service-account", String.valueOf(id), username, "Roles " + roles + ", teams " + teams);
        return account(id);
    }

    /**
     * Gives the account new roles and teams. Its tokens carry no roles of their own (each request reads the account's),
     * so the change holds from the next request; raising the access stamp ends anything remembered of the old ones.
     */
    @PreAuthorize(Access.ADMINISTER)
    @Transactional
    public ServiceAccount change(long id, AccountChange change) {
        ServiceAccount current = account(id);
        FieldChecks checks = new FieldChecks();
        Set<Role> roles = roles(change.roles(), checks);
        Set<Long> teams = teams(change.teamIds(), checks);
        if (change.version() == null) {
            checks.add("version", "Send the version of the service account you are changing, from when you opened it");
        }
        checks.orRefuse();
        String by = CurrentStaff.username();
        int updated = jdbc.sql("""
                update platform.staff_user set access_stamp = access_stamp + 1, version = version + 1, changed_at = :now, changed_by = :by
                where id = :id and kind = 'service' and version = :version""")
                .param("now", Timestamp.from(clock.instant())).param("by", by).param("id", id).param("version", change.version()).update();
        if (updated == 0) {
            throw new StaleVersion("The service account " + current.username());
        }
        staff.replaceRolesAndTeams(id, roles, teams);
        audit.record(by, AuditTrail.Action.CHANGED, "service-account", String.valueOf(id), current.username(),
                "Roles " + current.roles() + " to " + roles + ", teams " + current.teams().stream().map(StaffDirectory.TeamView::id).toList()
                        + " to " + teams.stream().sorted().toList());
        return account(id);
    }

    @PreAuthorize(Access.ADMINISTER)
    public List<ServiceAccount> all() {
        return jdbc.sql("select id from platform.staff_user where kind = 'service' order by display_name")
                .query(Long.class).list().stream().map(this::account).toList();
    }

    @PreAuthorize(Access.ADMINISTER)
    public ServiceAccount get(long id) {
        return account(id);
    }

    /** Disables the account for good, revoking its live tokens with it. */
    @PreAuthorize(Access.ADMINISTER)
    @Transactional
    public ServiceAccount disable(long id) {
        ServiceAccount account = account(id);
        if (account.enabled()) {
            String by = CurrentStaff.username();
            Timestamp now = Timestamp.from(clock.instant());
            jdbc.sql("""
                    update platform.staff_user set enabled = false, access_stamp = access_stamp + 1, version = version + 1,
                      changed_at = :now, changed_by = :by where id = :id""")
                    .param("now", now).param("by", by).param("id", id).update();
            int revoked = jdbc.sql("update platform.api_token set revoked_at = :now, revoked_by = :by where account_id = :id and revoked_at is null")
                    .param("now", now).param("by", by).param("id", id).update();
            audit.record(by, AuditTrail.Action.CHANGED, "service-account", String.valueOf(id), account.username(),
                    "Disabled; " + revoked + " tokens revoked");
        }
        return account(id);
    }

    @PreAuthorize(Access.ADMINISTER)
    @Transactional
    public IssuedToken issueToken(long accountId, NewToken request) {
        ServiceAccount account = account(accountId);
        LocalDate today = Today.on(clock);
        LocalDate latest = today.plusMonths(LONGEST_TOKEN_MONTHS);
        FieldChecks checks = new FieldChecks();
        if (request == null || request.expiresOn() == null) {
            checks.add("expiresOn", "Enter the last day the token may be used, like " + today.plusMonths(12));
        } else if (request.expiresOn().isBefore(today)) {
            checks.add("expiresOn", "The expiry date must be today or later");
        } else if (request.expiresOn().isAfter(latest)) {
            checks.add("expiresOn", "A token may last at most " + LONGEST_TOKEN_MONTHS + " months: choose " + latest + " or earlier");
        }
        checks.orRefuse();
        if (!account.enabled()) {
            throw new Conflict(new FieldProblem("serviceAccount", "The service account " + account.name()
                    + " is disabled: create a new service account for the integration"), "/api/v1/service-accounts/" + accountId);
        }
        String token = ApiTokens.generate();
        String by = CurrentStaff.username();
        long id = jdbc.sql("""
                insert into platform.api_token (account_id, token_hash, expires_on, created_at, created_by)
                values (:account, :hash, :expiresOn, :now, :by) returning id""")
                .param("account", accountId).param("hash", ApiTokens.hash(token)).param("expiresOn", request.expiresOn())
                .param("now", Timestamp.from(clock.instant())).param("by", by)
                .query(Long.class).single();
        audit.record(by, AuditTrail.Action.CREATED, "api-token", String.valueOf(id), account.username(), "Expires at the end of " + request.expiresOn());
        return new IssuedToken(id, token);
    }

    @PreAuthorize(Access.ADMINISTER)
    public TokenView token(long id) {
        return tokens("t.id = :id", id).stream().findFirst().orElseThrow(() -> new NotFound("API token " + id));
    }

    /** Revokes a token at once; revoking one already revoked changes nothing. */
    @PreAuthorize(Access.ADMINISTER)
    @Transactional
    public TokenView revokeToken(long id) {
        TokenView token = token(id);
        if (token.revokedAt() == null) {
            String by = CurrentStaff.username();
            jdbc.sql("update platform.api_token set revoked_at = :now, revoked_by = :by where id = :id and revoked_at is null")
                    .param("now", Timestamp.from(clock.instant())).param("by", by).param("id", id).update();
            audit.record(by, AuditTrail.Action.CHANGED, "api-token", String.valueOf(id), token.serviceAccount(), "Revoked");
        }
        return token(id);
    }

    private ServiceAccount account(long id) {
        record Row(long id, String username, String displayName, boolean enabled, Instant createdAt, String createdBy, int version) {
        }
        Row row = jdbc.sql("""
                select id, username, display_name, enabled, created_at, created_by, version
                from platform.staff_user where id = :id and kind = 'service'""")
                .param("id", id).query(Row.class).optional()
                .orElseThrow(() -> new NotFound("Service account " + id));
        List<Role> roles = jdbc.sql("select role from platform.staff_role where user_id = :id order by role")
                .param("id", id).query(String.class).list().stream().map(Role::valueOf).toList();
        List<StaffDirectory.TeamView> teams = jdbc.sql("""
                select t.id, t.name, t.description, 0 as members from platform.team t
                join platform.team_membership m on m.team_id = t.id where m.user_id = :id order by t.name""")
                .param("id", id).query(StaffDirectory.TeamView.class).list();
        return new ServiceAccount(row.id(), row.username(), row.displayName(), row.enabled(), roles, teams,
                tokens("t.account_id = :id", id), row.createdAt(), row.createdBy(), row.version());
    }

    private List<TokenView> tokens(String where, long id) {
        LocalDate today = Today.on(clock);
        return jdbc.sql("""
                select t.id, t.account_id, u.username, t.expires_on, t.created_at, t.created_by, t.last_used_at, t.revoked_at, t.revoked_by
                from platform.api_token t join platform.staff_user u on u.id = t.account_id
                where %s order by t.created_at desc, t.id desc""".formatted(where))
                .param("id", id)
                .query((rs, n) -> {
                    LocalDate expiresOn = rs.getObject("expires_on", LocalDate.class);
                    Instant revokedAt = instant(rs.getTimestamp("revoked_at"));
                    String status = revokedAt != null ? "REVOKED" : today.isAfter(expiresOn) ? "EXPIRED" : "ACTIVE";
                    return new TokenView(rs.getLong("id"), rs.getLong("account_id"), rs.getString("username"), status, expiresOn,
                            instant(rs.getTimestamp("created_at")), rs.getString("created_by"), instant(rs.getTimestamp("last_used_at")),
                            revokedAt, rs.getString("revoked_by"));
                }).list();
    }

    /** The account's username from its name: "Care provider portal" signs in, and is audited, as svc-care-provider-portal. */
    static String username(String name) {
        String slug = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
        return USERNAME_PREFIX + (slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug);
    }

    /** The team ids given, each a team that exists. */
    private Set<Long> teams(List<Long> ids, FieldChecks checks) {
        List<Long> teams = ids == null ? List.of() : ids;
        if (teams.stream().anyMatch(Objects::isNull) || (!teams.isEmpty() && jdbc.sql("select count(*) from platform.team where id in (:ids)")
                .param("ids", teams).query(Long.class).single() != Set.copyOf(teams).size())) {
            checks.add("teamIds", "Choose teams from the list: GET /api/v1/teams gives their ids");
            return Set.of();
        }
        return Set.copyOf(teams);
    }

    /** The role codes given, each a staff role an integration may hold. */
    private static Set<Role> roles(List<String> codes, FieldChecks checks) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        String offered = String.join(", ", rolesOffered().stream().map(Role::name).toList());
        if (codes == null || codes.stream().allMatch(Objects::isNull)) {
            checks.add("roles", "Choose at least one role: " + offered);
            return roles;
        }
        List<String> unknown = new ArrayList<>();
        for (String code : codes) {
            Role role = Arrays.stream(Role.values()).filter(r -> r.name().equals(code)).findFirst().orElse(null);
            if (role == null) {
                unknown.add(String.valueOf(code));
            } else if (PEOPLE_ONLY.contains(role)) {
                checks.add("roles", "A service account cannot be " + role.label().toLowerCase(Locale.ROOT)
                        + ": that is for people. Choose from " + offered);
            } else {
                roles.add(role);
            }
        }
        if (!unknown.isEmpty()) {
            checks.add("roles", "There is no role " + String.join(", ", unknown) + ": choose from " + offered);
        }
        return roles;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
