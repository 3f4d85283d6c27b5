package org.openasc.people.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who may open a restricted record. */
@Repository
public class RestrictionStore {

    private final JdbcClient jdbc;

    RestrictionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> allowedUsers(UUID personId) {
        return jdbc.sql("select username from people.restriction_access where person_id = :id order by username")
                .param("id", personId).query(String.class).list();
    }

    public boolean mayOpen(UUID personId, String username) {
        return mayOpenExisting(personId, username).orElse(true);
    }

    /** Whether {@code username} may open the person's record; empty when there is no such person. */
    public java.util.Optional<Boolean> mayOpenExisting(UUID personId, String username) {
        return jdbc.sql("""
                select not p.restricted or exists (select 1 from people.restriction_access a where a.person_id = p.id and a.username = :u)
                from people.person p where p.id = :id""")
                .param("id", personId).param("u", username).query(Boolean.class).optional();
    }

    /** Seals or unseals the record if it is still at {@code version}; false if it changed meanwhile. */
    public boolean apply(UUID personId, int version, boolean restricted, String reason, List<String> users, String by) {
        int updated = jdbc.sql("""
                update people.person set restricted = :restricted, restriction_reason = :reason,
                  version = version + 1, changed_at = now(), changed_by = :by
                where id = :id and version = :version""")
                .param("restricted", restricted).param("reason", reason).param("by", by)
                .param("id", personId).param("version", version).update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("delete from people.restriction_access where person_id = :id").param("id", personId).update();
        if (restricted) {
            for (String user : users) {
                jdbc.sql("insert into people.restriction_access (person_id, username, granted_by) values (:id, :u, :by)")
                        .param("id", personId).param("u", user).param("by", by).update();
            }
        }
        return true;
    }
}
