package org.openasc.casework.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Subject access requests; every change checks the version it was based on. */
@Repository
public class SubjectAccessStore {

    public record Row(UUID id, long requestNumber, UUID personId, LocalDate receivedOn, String requestedBy, boolean onBehalf,
                      boolean identityChecked, LocalDate dueOn, LocalDate extendedTo, String extensionReason, String status, LocalDate sentOn,
                      String sentBundleHash, int version, Instant createdAt, String createdBy) {
    }

    private static final String SELECT = """
            select id, request_number, person_id, received_on, requested_by, on_behalf, identity_checked, due_on, extended_to, extension_reason,
              status, sent_on, sent_bundle_hash, version, created_at, created_by from casework.subject_access_request""";

    private final JdbcClient jdbc;

    SubjectAccessStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, UUID person, LocalDate receivedOn, String requestedBy, boolean onBehalf, boolean identityChecked, LocalDate dueOn,
                       String by) {
        jdbc.sql("""
                insert into casework.subject_access_request (id, person_id, received_on, requested_by, on_behalf, identity_checked, due_on, created_by)
                values (:id, :p, :received, :requestedBy, :onBehalf, :identity, :due, :by)""")
                .param("id", id).param("p", person).param("received", receivedOn).param("requestedBy", requestedBy).param("onBehalf", onBehalf)
                .param("identity", identityChecked).param("due", dueOn).param("by", by).update();
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(Row.class).optional();
    }

    public List<Row> ofPerson(UUID person) {
        return jdbc.sql(SELECT + " where person_id = :p order by received_on desc, request_number desc").param("p", person).query(Row.class).list();
    }

    /** Requests not yet answered, soonest due first (extended ones by their new date). */
    public List<Row> open() {
        return jdbc.sql(SELECT + " where status = 'OPEN' order by coalesce(extended_to, due_on), request_number").query(Row.class).list();
    }

    public boolean extend(UUID id, int version, LocalDate to, String reason, String by) {
        return jdbc.sql("""
                update casework.subject_access_request set extended_to = :to, extension_reason = :reason, version = version + 1,
                  changed_at = now(), changed_by = :by where id = :id and version = :v and status = 'OPEN'""")
                .param("id", id).param("v", version).param("to", to).param("reason", reason).param("by", by).update() == 1;
    }

    public boolean sent(UUID id, int version, LocalDate on, String hash, String by) {
        return jdbc.sql("""
                update casework.subject_access_request set status = 'SENT', sent_on = :on, sent_bundle_hash = :hash, version = version + 1,
                  changed_at = now(), changed_by = :by where id = :id and version = :v and status = 'OPEN'""")
                .param("id", id).param("v", version).param("on", on).param("hash", hash).param("by", by).update() == 1;
    }
}
