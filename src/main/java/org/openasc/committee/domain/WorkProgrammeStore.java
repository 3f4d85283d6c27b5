package org.openasc.committee.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The items a committee plans for its future meetings. */
@Repository
public class WorkProgrammeStore {

    public record Row(UUID id, UUID committeeId, String title, String purpose, String leadOfficer, String requestedBy, UUID meetingId,
                      Instant meetingStartsAt, String status, String deferredReason, int version) {
    }

    private static final String SELECT = """
            select w.id, w.committee_id, w.title, w.purpose, w.lead_officer, w.requested_by, w.meeting_id, m.starts_at as meeting_starts_at,
              w.status, w.deferred_reason, w.version
            from committee.work_programme_item w left join committee.meeting m on m.id = w.meeting_id""";

    private final JdbcClient jdbc;

    WorkProgrammeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, UUID committee, String title, String purpose, String leadOfficer, String requestedBy, UUID meeting, String status,
                       String deferredReason, String by) {
        jdbc.sql("""
                insert into committee.work_programme_item (id, committee_id, title, purpose, lead_officer, requested_by, meeting_id, status,
                  deferred_reason, created_by) values (:id, :c, :title, :purpose, :lead, :requestedBy, :meeting, :status, :reason, :by)""")
                .param("id", id).param("c", committee).param("title", title).param("purpose", purpose).param("lead", leadOfficer)
                .param("requestedBy", requestedBy).param("meeting", meeting).param("status", status).param("reason", deferredReason)
                .param("by", by).update();
    }

    public boolean update(UUID id, int version, String title, String purpose, String leadOfficer, String requestedBy, UUID meeting, String status,
                          String deferredReason, String by) {
        return jdbc.sql("""
                update committee.work_programme_item set title = :title, purpose = :purpose, lead_officer = :lead, requested_by = :requestedBy,
                  meeting_id = :meeting, status = :status, deferred_reason = :reason, version = version + 1, changed_at = now(), changed_by = :by
                where id = :id and version = :v""")
                .param("id", id).param("v", version).param("title", title).param("purpose", purpose).param("lead", leadOfficer)
                .param("requestedBy", requestedBy).param("meeting", meeting).param("status", status).param("reason", deferredReason)
                .param("by", by).update() == 1;
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql(SELECT + " where w.id = :id").param("id", id).query(Row.class).optional();
    }

    /** The committee's plan: items for meetings in date order, then those not yet given a meeting. */
    public List<Row> of(UUID committee) {
        return jdbc.sql(SELECT + " where w.committee_id = :c order by m.starts_at nulls last, w.created_at").param("c", committee)
                .query(Row.class).list();
    }
}
