package org.openasc.platform.staff;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;
import org.openasc.platform.web.FieldChecks;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.NotFound;

/**
 * What the groups and app roles the council's identity provider sends give in OpenASC, one role or one team per
 * mapping, as administrators set them (ADR 25). They apply at each person's next single sign-on; every change is audited.
 */
@Service
public class SingleSignOnMappings {

    static final int LONGEST_VALUE = 200;

    /** A new mapping: the claim value (an Entra group's object id, or an app role's value), a note, and a role code or a team id. */
    public record NewMapping(String claimValue, String description, String role, Long teamId) {
    }

    /** A mapping as kept: {@code gives} says what it gives in words ("Role: Practitioner", "Team: Hospital discharge"). */
    public record Mapping(long id, String claimValue, String description, Role role, Long teamId, String gives, Instant createdAt,
                          String createdBy) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    SingleSignOnMappings(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Access.ADMINISTER)
    public List<Mapping> all() {
        return mappings("true", 0);
    }

    @PreAuthorize(Access.ADMINISTER)
    public Mapping get(long id) {
        return mappings("m.id = :id", id).stream().findFirst().orElseThrow(() -> new NotFound("Single sign-on mapping " + id));
    }

    @PreAuthorize(Access.ADMINISTER)
    @Transactional
    public Mapping add(NewMapping mapping) {
        FieldChecks checks = new FieldChecks().text(mapping.claimValue(), "claimValue",
                "the group's object id or the app role's value, as the identity provider sends it", LONGEST_VALUE);
        String description = FieldChecks.trimmed(mapping.description());
        if (description != null && description.length() > LONGEST_VALUE) {
            checks.add("description", "Enter a note of " + LONGEST_VALUE + " characters or fewer");
        }
        Role role = null;
        if (mapping.role() != null && mapping.teamId() != null) {
            checks.add("role", "Choose a role or a team, not both: add a second mapping for the other");
        } else if (mapping.role() == null && mapping.teamId() == null) {
            checks.add("role", "Choose the role or the team this group gives");
        } else if (mapping.role() != null) {
            role = Arrays.stream(Role.values()).filter(r -> r.name().equals(mapping.role())).findFirst().orElse(null);
            if (role == null) {
                checks.add("role", "There is no role " + mapping.role() + ": choose one of "
                        + String.join(", ", Arrays.stream(Role.values()).map(Role::name).toList()));
            }
        } else if (!jdbc.sql("select exists(select 1 from platform.team where id = :id)").param("id", mapping.teamId())
                .query(Boolean.class).single()) {
            checks.add("teamId", "Choose a team from the list: GET /api/v1/teams gives their ids");
        }
        checks.orRefuse();
        String value = mapping.claimValue().strip();
        String by = CurrentStaff.username();
        long id;
        try {
            id = jdbc.sql("""
                    insert into platform.sso_mapping (claim_value, description, role, team_id, created_at, created_by)
                    values (:value, :description, :role, :team, :now, :by) returning id""")
                    .param("value", value).param("description", description).param("role", role == null ? null : role.name())
                    .param("team", mapping.teamId(), java.sql.Types.BIGINT).param("now", Timestamp.from(clock.instant())).param("by", by)
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new InvalidInput("claimValue", "The value " + value + " already gives that " + (role == null ? "team" : "role"));
        }
        Mapping added = get(id);
        audit.record(by, AuditTrail.Action.CREATED, "single-sign-on-mapping", String.valueOf(id), value, added.gives());
        return added;
    }

    /** Removes a mapping; people lose what it gave at their next sign-in. */
    @PreAuthorize(Access.ADMINISTER)
    @Transactional
    public void remove(long id) {
        Mapping mapping = get(id);
        jdbc.sql("delete from platform.sso_mapping where id = :id").param("id", id).update();
        audit.record(CurrentStaff.username(), AuditTrail.Action.CHANGED, "single-sign-on-mapping", String.valueOf(id), mapping.claimValue(),
                "Removed: it gave " + mapping.gives());
    }

    /** Whether the account signs in through the identity provider (so it has no OpenASC password, and its groups set its roles). */
    @PreAuthorize(Access.ADMINISTER)
    public boolean signsInThroughProvider(long accountId) {
        return jdbc.sql("select sso_subject is not null from platform.staff_user where id = :id").param("id", accountId)
                .query(Boolean.class).optional().orElse(false);
    }

    private List<Mapping> mappings(String where, long id) {
        return jdbc.sql("""
                select m.id, m.claim_value, m.description, m.role, m.team_id, t.name as team_name, m.created_at, m.created_by
                from platform.sso_mapping m left join platform.team t on t.id = m.team_id
                where %s order by m.claim_value, m.role nulls last, t.name""".formatted(where))
                .param("id", id)
                .query((rs, n) -> {
                    Role role = rs.getString("role") == null ? null : Role.valueOf(rs.getString("role"));
                    Long teamId = role == null ? rs.getLong("team_id") : null;
                    return new Mapping(rs.getLong("id"), rs.getString("claim_value"), rs.getString("description"), role, teamId,
                            role != null ? "Role: " + role.label() : "Team: " + rs.getString("team_name"),
                            rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
                }).list();
    }
}
