package org.openasc.feedback.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.openasc.feedback.ComplaintView;

/** Complaints and lessons learnt. */
@Repository
public class ComplaintStore {

    public record Row(UUID id, long complaintNumber, LocalDate receivedOn, String howReceived, String complainant, boolean representative,
                      boolean consentRecorded, UUID personId, String serviceArea, Long teamId, String theme, String elements, String investigatingOfficer,
                      LocalDate acknowledgementDueOn, LocalDate acknowledgedOn, LocalDate responseDueOn, LocalDate agreedResponseDueOn,
                      String extensionReason, LocalDate complainantToldOn, LocalDate respondedOn, String outcome, String signedBy, LocalDate withdrawnOn,
                      String withdrawnReason, LocalDate passedToSafeguardingOn, int version) {

        /** The response due date in force: the one agreed with the complainant if the period was extended. */
        public LocalDate responseDueInForce() {
            return agreedResponseDueOn != null ? agreedResponseDueOn : responseDueOn;
        }
    }

    /** Not yet answered or withdrawn: the workbench's complaints. */
    private static final String OUTSTANDING = " where responded_on is null and withdrawn_on is null";

    /** Of those, not yet acknowledged. */
    private static final String UNACKNOWLEDGED = OUTSTANDING + " and acknowledged_on is null";

    private static final String SELECT = """
            select id, complaint_number, received_on, how_received, complainant, representative, consent_recorded, person_id, service_area, team_id,
              theme, elements, investigating_officer, acknowledgement_due_on, acknowledged_on, response_due_on, agreed_response_due_on,
              extension_reason, complainant_told_on, responded_on, outcome, signed_by, withdrawn_on, withdrawn_reason, passed_to_safeguarding_on, version
            from feedback.complaint""";

    private final JdbcClient jdbc;

    ComplaintStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(UUID id, Map<String, Object> values, String by) {
        return jdbc.sql("""
                insert into feedback.complaint (id, received_on, how_received, complainant, complainant_person_id, representative, consent_recorded,
                  person_id, service_area, team_id, theme, elements, investigating_officer, acknowledgement_due_on, response_due_on, created_by)
                values (:id, :receivedOn, :howReceived, :complainant, :complainantPersonId, :representative, :consentRecorded, :personId, :serviceArea,
                  :teamId, :theme, :elements, :investigatingOfficer, :acknowledgementDueOn, :responseDueOn, :by) returning complaint_number""")
                .params(values).param("id", id).param("by", by).query(Long.class).single();
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(this::row).optional();
    }

    /** Complaints not yet answered or withdrawn, soonest response due first. */
    public List<Row> outstanding(int limit) {
        return outstanding(0, limit);
    }

    /** The same from the {@code offset}th on: a page, the complaint number breaking ties so pages neither overlap nor skip. */
    public List<Row> outstanding(int offset, int limit) {
        return jdbc.sql(SELECT + OUTSTANDING + " order by coalesce(agreed_response_due_on, response_due_on), complaint_number limit :limit offset :offset")
                .param("limit", limit).param("offset", offset).query(this::row).list();
    }

    /** How many {@link #outstanding} complaints there are. */
    public long countOutstanding() {
        return jdbc.sql("select count(*) from feedback.complaint" + OUTSTANDING).query(Long.class).single();
    }

    /** Outstanding complaints not yet acknowledged, soonest acknowledgement due first. */
    public List<Row> unacknowledged(int limit) {
        return jdbc.sql(SELECT + UNACKNOWLEDGED + " order by acknowledgement_due_on, complaint_number limit :limit")
                .param("limit", limit).query(this::row).list();
    }

    /** How many {@link #unacknowledged} complaints there are. */
    public long countUnacknowledged() {
        return jdbc.sql("select count(*) from feedback.complaint" + UNACKNOWLEDGED).query(Long.class).single();
    }

    /** The columns of a complaint set as it moves from receipt to response. */
    public enum Settable {
        ACKNOWLEDGED_ON, AGREED_RESPONSE_DUE_ON, EXTENSION_REASON, COMPLAINANT_TOLD_ON, RESPONDED_ON, OUTCOME, SIGNED_BY, WITHDRAWN_ON,
        WITHDRAWN_REASON, PASSED_TO_SAFEGUARDING_ON;

        String column() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public void set(UUID id, Map<Settable, Object> values) {
        StringBuilder sql = new StringBuilder("update feedback.complaint set ");
        Map<String, Object> params = new java.util.HashMap<>();
        values.forEach((c, v) -> {
            sql.append(c.column()).append(" = :").append(c.column()).append(", ");
            params.put(c.column(), v);
        });
        sql.setLength(sql.length() - 2);
        jdbc.sql(sql + " where id = :id").params(params).param("id", id).update();
    }

    public void addLesson(UUID complaintId, UUID itemId, String lesson, String action, String owner, LocalDate dueOn, String by) {
        jdbc.sql("""
                insert into feedback.lesson (id, complaint_id, item_id, lesson, action, owner, due_on, recorded_by)
                values (:id, :complaint, :item, :lesson, :action, :owner, :due, :by)""")
                .param("id", UUID.randomUUID()).param("complaint", complaintId).param("item", itemId).param("lesson", lesson).param("action", action)
                .param("owner", owner).param("due", dueOn).param("by", by).update();
    }

    /** The lessons learnt from several complaints in one query, by complaint, soonest due first. */
    public Map<UUID, List<ComplaintView.Lesson>> lessons(java.util.Collection<UUID> complaintIds) {
        Map<UUID, List<ComplaintView.Lesson>> lessons = new java.util.HashMap<>();
        if (!complaintIds.isEmpty()) {
            jdbc.sql("select complaint_id, id, lesson, action, owner, due_on, done_on from feedback.lesson where complaint_id in (:c) order by due_on")
                    .param("c", List.copyOf(complaintIds))
                    .query((rs, n) -> lessons.computeIfAbsent(rs.getObject("complaint_id", UUID.class), c -> new java.util.ArrayList<>())
                            .add(new ComplaintView.Lesson(rs.getObject("id", UUID.class), rs.getString("lesson"), rs.getString("action"),
                                    rs.getString("owner"), rs.getObject("due_on", LocalDate.class), rs.getObject("done_on", LocalDate.class)))).list();
        }
        return lessons;
    }

    private Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getLong("complaint_number"), rs.getObject("received_on", LocalDate.class),
                rs.getString("how_received"), rs.getString("complainant"), rs.getBoolean("representative"), rs.getBoolean("consent_recorded"),
                rs.getObject("person_id", UUID.class), rs.getString("service_area"), (Long) rs.getObject("team_id"), rs.getString("theme"),
                rs.getString("elements"), rs.getString("investigating_officer"), rs.getObject("acknowledgement_due_on", LocalDate.class),
                rs.getObject("acknowledged_on", LocalDate.class), rs.getObject("response_due_on", LocalDate.class),
                rs.getObject("agreed_response_due_on", LocalDate.class), rs.getString("extension_reason"), rs.getObject("complainant_told_on", LocalDate.class),
                rs.getObject("responded_on", LocalDate.class), rs.getString("outcome"), rs.getString("signed_by"), rs.getObject("withdrawn_on", LocalDate.class),
                rs.getString("withdrawn_reason"), rs.getObject("passed_to_safeguarding_on", LocalDate.class), rs.getInt("version"));
    }
}
