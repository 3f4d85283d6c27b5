package org.openasc.platform.staff;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.platform.web.FieldChecks;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.NotFound;
import org.openasc.platform.web.StaleVersion;
import org.openasc.platform.security.WithoutStaffCheck;

/** Staff accounts, their roles and the teams they belong to, as administrators manage them. */
@Service
public class StaffDirectory {

    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{1,63}$");

    /** A new account: the password must be long enough to resist guessing. */
    public record NewStaff(String username, String displayName, String email, String password, Set<Role> roles, Set<Long> teamIds) {
    }

    /** A change to an account; a blank password keeps the current one. */
    public record StaffChange(String displayName, String email, String password, Set<Role> roles, Set<Long> teamIds,
                              boolean enabled, Integer version) {
    }

    public record StaffMember(long id, String username, String displayName, String email, boolean enabled,
                              boolean locked, List<Role> roles, List<TeamView> teams, int version) {
    }

    public record TeamView(long id, String name, String description, int members) {
    }

    public record NewTeam(String name, String description) {
    }

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;

    StaffDirectory(JdbcClient jdbc, PasswordEncoder passwords, AuditTrail audit) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.audit = audit;
    }

    @PreAuthorize(Access.ADMINISTER)
    @Transactional
    public StaffMember createStaff(NewStaff staff) {
        return createStaffUnchecked(staff, CurrentStaff.username());
    }

    /** For start-up and the demo council, which act as the system rather than a signed-in administrator. */
    @Transactional
    @WithoutStaffCheck("start-up and demo loading create staff and teams before anyone is signed in; the checked doors are createStaff and createTeam")
    public StaffMember createStaffUnchecked(NewStaff staff, String createdBy) {
        String username = staff.username() == null ? "" : staff.username().trim().toLowerCase();
        List<FieldProblem> problems = new ArrayList<>();
        if (!USERNAME.matcher(username).matches()) {
            problems.add(new FieldProblem("username", "Enter a username of 2 to 64 lower-case letters, digits, dots, hyphens or underscores, starting with a letter or digit"));
        } else if (username.startsWith(ServiceAccounts.USERNAME_PREFIX)) {
            problems.add(new FieldProblem("username", "Usernames starting " + ServiceAccounts.USERNAME_PREFIX + " are kept for service accounts: choose another"));
        } else if (CurrentStaff.RESERVED_USERNAMES.contains(username)) {
            problems.add(new FieldProblem("username", "The username " + username
                    + " is kept for work the system does by itself (the audit trail and histories name it): choose another"));
        }
        StaffAccountRules.common(staff.displayName(), staff.email(), staff.roles(), problems);
        StaffAccountRules.password(staff.password(), username, true, problems);
        validateTeams(staff.teamIds(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        long id;
        try {
            id = jdbc.sql("""
                    insert into platform.staff_user (username, display_name, email, password_hash, created_by)
                    values (:username, :displayName, :email, :hash, :by) returning id""")
                    .param("username", username)
                    .param("displayName", staff.displayName().trim())
                    .param("email", FieldChecks.trimmed(staff.email()))
                    .param("hash", passwords.encode(staff.password()))
                    .param("by", createdBy)
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new InvalidInput("username", "The username " + username + " is already taken: choose another");
        }
        replaceRolesAndTeams(id, staff.roles(), staff.teamIds());
        audit.record(createdBy, AuditTrail.Action.CREATED, "staff-user", String.valueOf(id), username, "Roles " + staff.roles());
        return staffMember(id);
    }

    @PreAuthorize(Access.ADMINISTER)
    @Transactional
    public StaffMember changeStaff(long id, StaffChange change) {
        List<FieldProblem> problems = new ArrayList<>();
        StaffAccountRules.common(change.displayName(), change.email(), change.roles(), problems);
        StaffAccountRules.password(change.password(), null, false, problems);
        validateTeams(change.teamIds(), problems);
        if (change.password() != null && !change.password().isBlank() && jdbc.sql("select sso_subject is not null from platform.staff_user where id = :id")
                .param("id", id).query(Boolean.class).optional().orElse(false)) {
            problems.add(new FieldProblem("password", "This person signs in through the council's identity provider: OpenASC keeps no password for them"));
        }
        if (change.version() == null) {
            problems.add(new FieldProblem("version", "Send the version of the account you are changing"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        StaffMember current = staffMember(id);
        boolean newPassword = change.password() != null && !change.password().isBlank();
        int updated = jdbc.sql("""
                update platform.staff_user set display_name = :displayName, email = :email, enabled = :enabled,
                  password_hash = case when :newPassword then :hash else password_hash end,
                  access_stamp = access_stamp + case when :endSessions then 1 else 0 end,
                  version = version + 1, changed_at = now(), changed_by = :by
                where id = :id and version = :version""")
                .param("displayName", change.displayName().trim())
                .param("email", FieldChecks.trimmed(change.email()))
                .param("enabled", change.enabled())
                .param("newPassword", newPassword)
                .param("endSessions", newPassword || !change.enabled() || !Set.copyOf(current.roles()).equals(change.roles()))
                .param("hash", newPassword ? passwords.encode(change.password()) : "")
                .param("by", CurrentStaff.username())
                .param("id", id)
                .param("version", change.version())
                .update();
        if (updated == 0) {
            throw new StaleVersion("The account " + current.username());
        }
        replaceRolesAndTeams(id, change.roles(), change.teamIds());
        if (change.enabled()) {
            // Saving an account lets its sign-ins through again wherever they were being slowed.
            jdbc.sql("delete from platform.sign_in_throttle where throttle_key = :user or starts_with(throttle_key, :user || '@')")
                    .param("user", "user:" + current.username()).update();
        }
        audit.record(CurrentStaff.username(), AuditTrail.Action.CHANGED, "staff-user", String.valueOf(id), current.username(),
                "Roles " + change.roles() + (newPassword ? ", password reset" : ""));
        return staffMember(id);
    }

    @PreAuthorize(Access.ADMINISTER)
    public List<StaffMember> allStaff() {
        return jdbc.sql("select id from platform.staff_user where kind = 'staff' order by username").query(Long.class).list()
                .stream().map(this::staffMember).toList();
    }

    @PreAuthorize(Access.ADMINISTER)
    public StaffMember staff(long id) {
        return staffMember(id);
    }

    @PreAuthorize(Access.ADMINISTER)
    @Transactional
    public TeamView createTeam(NewTeam team) {
        return createTeamUnchecked(team, CurrentStaff.username());
    }

    @Transactional
    @WithoutStaffCheck("start-up and demo loading create staff and teams before anyone is signed in; the checked doors are createStaff and createTeam")
    public TeamView createTeamUnchecked(NewTeam team, String createdBy) {
        List<FieldProblem> problems = new ArrayList<>();
        if (team.name() == null || team.name().isBlank()) {
            problems.add(new FieldProblem("name", "Enter the team's name"));
        } else if (team.name().trim().length() > 100) {
            problems.add(new FieldProblem("name", "Team name must be 100 characters or fewer"));
        }
        if (team.description() != null && team.description().length() > 500) {
            problems.add(new FieldProblem("description", "Description must be 500 characters or fewer"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        try {
            long id = jdbc.sql("insert into platform.team (name, description, created_by) values (:name, :description, :by) returning id")
                    .param("name", team.name().trim())
                    .param("description", FieldChecks.trimmed(team.description()))
                    .param("by", createdBy)
                    .query(Long.class).single();
            audit.record(createdBy, AuditTrail.Action.CREATED, "team", String.valueOf(id), team.name().trim(), null);
            return teams().stream().filter(t -> t.id() == id).findFirst().orElseThrow();
        } catch (DuplicateKeyException e) {
            throw new InvalidInput("name", "A team called " + team.name().trim() + " already exists");
        }
    }

    @PreAuthorize(Access.SIGNED_IN)
    public List<TeamView> allTeams() {
        return teams();
    }

    /** Whether an account with this username exists; used to check names given for restricted records. */
    @WithoutStaffCheck("staff and team lookups other services make for their own checks and labels; no personal data of the people we support")
    public boolean exists(String username) {
        return username != null && jdbc.sql("select count(*) from platform.staff_user where username = :u and kind = 'staff'")
                .param("u", username.trim().toLowerCase()).query(Long.class).single() > 0;
    }

    @WithoutStaffCheck("asked at start-up whether the first administrator is needed")
    public boolean anyStaff() {
        return jdbc.sql("select exists(select 1 from platform.staff_user)").query(Boolean.class).single();
    }

    /** The teams a member of staff belongs to, for scoping work to teams. */
    /** The roles an account holds (none if there is no such account). */
    @WithoutStaffCheck("staff and team lookups other services make for their own checks and labels; no personal data of the people we support")
    public Set<Role> rolesOf(String username) {
        return jdbc.sql("select r.role from platform.staff_role r join platform.staff_user u on u.id = r.user_id where u.username = :u")
                .param("u", username).query(String.class).list().stream().map(Role::valueOf)
                .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(Role.class)));
    }

    @WithoutStaffCheck("staff and team lookups other services make for their own checks and labels; no personal data of the people we support")
    public List<Long> teamIdsOf(String username) {
        return jdbc.sql("""
                select m.team_id from platform.team_membership m join platform.staff_user u on u.id = m.user_id
                where u.username = :u order by m.team_id""").param("u", username).query(Long.class).list();
    }

    /** Whether the member of staff belongs to the team: work is allocated only within a team. */
    @WithoutStaffCheck("staff and team lookups other services make for their own checks and labels; no personal data of the people we support")
    public boolean isMember(String username, long teamId) {
        return username != null && jdbc.sql("""
                select exists(select 1 from platform.team_membership m join platform.staff_user u on u.id = m.user_id
                where u.username = :u and u.kind = 'staff' and m.team_id = :team)""")
                .param("u", username.trim().toLowerCase()).param("team", teamId).query(Boolean.class).single();
    }

    @WithoutStaffCheck("staff and team lookups other services make for their own checks and labels; no personal data of the people we support")
    public boolean teamExists(long teamId) {
        return jdbc.sql("select exists(select 1 from platform.team where id = :id)").param("id", teamId).query(Boolean.class).single();
    }

    /** A team's members who can be given work, for allocation lists. */
    public record Colleague(String username, String displayName) {
    }

    @PreAuthorize(Access.SIGNED_IN)
    public List<Colleague> membersOf(long teamId) {
        return jdbc.sql("""
                select u.username, u.display_name from platform.staff_user u join platform.team_membership m on m.user_id = u.id
                where m.team_id = :team and u.enabled and u.kind = 'staff' order by u.display_name""")
                .param("team", teamId).query(Colleague.class).list();
    }

    /** Display names by username, for showing who did what. */
    @WithoutStaffCheck("staff and team lookups other services make for their own checks and labels; no personal data of the people we support")
    public java.util.Map<String, String> displayNames(java.util.Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<String, String> names = new java.util.HashMap<>();
        jdbc.sql("select username, display_name from platform.staff_user where username in (:u)")
                .param("u", usernames).query((rs, n) -> names.put(rs.getString(1), rs.getString(2))).list();
        return names;
    }

    private List<TeamView> teams() {
        return jdbc.sql("""
                select t.id, t.name, t.description, count(m.user_id)::int as members
                from platform.team t left join platform.team_membership m on m.team_id = t.id
                group by t.id order by t.name""").query(TeamView.class).list();
    }

    private StaffMember staffMember(long id) {
        record Row(long id, String username, String displayName, String email, boolean enabled, boolean locked, int version) {
        }
        Row row = jdbc.sql("""
                select id, username, display_name, email, enabled,
                       exists (select 1 from platform.sign_in_throttle
                               where (throttle_key = 'user:' || username or starts_with(throttle_key, 'user:' || username || '@'))
                                 and blocked_until > now()) as locked, version
                from platform.staff_user where id = :id and kind = 'staff'""")
                .param("id", id).query(Row.class).optional()
                .orElseThrow(() -> new NotFound("Staff account " + id));
        List<Role> roles = jdbc.sql("select role from platform.staff_role where user_id = :id order by role")
                .param("id", id).query(String.class).list().stream().map(Role::valueOf).toList();
        List<TeamView> teams = jdbc.sql("""
                select t.id, t.name, t.description, 0 as members from platform.team t
                join platform.team_membership m on m.team_id = t.id where m.user_id = :id order by t.name""")
                .param("id", id).query(TeamView.class).list();
        return new StaffMember(row.id(), row.username(), row.displayName(), row.email(), row.enabled(), row.locked(),
                roles, teams, row.version());
    }

    void replaceRolesAndTeams(long id, Set<Role> roles, Set<Long> teamIds) {
        jdbc.sql("delete from platform.staff_role where user_id = :id").param("id", id).update();
        for (Role role : roles) {
            jdbc.sql("insert into platform.staff_role (user_id, role) values (:id, :role)")
                    .param("id", id).param("role", role.name()).update();
        }
        jdbc.sql("delete from platform.team_membership where user_id = :id").param("id", id).update();
        for (Long team : teamIds == null ? Set.<Long>of() : teamIds) {
            jdbc.sql("insert into platform.team_membership (team_id, user_id) values (:team, :id)")
                    .param("team", team).param("id", id).update();
        }
    }

    private void validateTeams(Set<Long> teamIds, List<FieldProblem> problems) {
        if (teamIds == null || teamIds.isEmpty()) {
            return;
        }
        long known = jdbc.sql("select count(*) from platform.team where id in (:ids)")
                .param("ids", teamIds).query(Long.class).single();
        if (known != teamIds.size()) {
            problems.add(new FieldProblem("teamIds", "Select teams from the list"));
        }
    }

    /** A random password for generated accounts, printed once and never stored in clear. */
    public static String generatePassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
