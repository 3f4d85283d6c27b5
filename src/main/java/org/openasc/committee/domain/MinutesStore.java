package org.openasc.committee.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Minutes of meetings (their parts as JSON) and the actions members ask of officers. */
@Repository
public class MinutesStore {

    public record MinutesRow(UUID meetingId, String attendance, String apologies, String declarations, String items, UUID approvedAtMeeting,
                             LocalDate approvedOn, int version, Instant changedAt, String changedBy) {
    }

    public record ActionRow(UUID id, long actionNumber, UUID meetingId, UUID committeeId, String committeeName, Instant meetingStartsAt,
                            Integer itemNumber, String request, String askedBy, String officer, LocalDate dueOn, String response,
                            LocalDate respondedOn, String status, int version) {
    }

    private final JdbcClient jdbc;

    MinutesStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<MinutesRow> minutes(UUID meeting) {
        return jdbc.sql("""
                select meeting_id, attendance::text as attendance, apologies::text as apologies, declarations::text as declarations,
                  items::text as items, approved_at_meeting, approved_on, version, changed_at, changed_by
                from committee.minutes where meeting_id = :m""").param("m", meeting).query(MinutesRow.class).optional();
    }

    /** Writes the minutes: the first time with no version, then only at the version read. */
    public boolean write(UUID meeting, Integer version, String attendance, String apologies, String declarations, String items, String by) {
        if (version == null) {
            return jdbc.sql("""
                    insert into committee.minutes (meeting_id, attendance, apologies, declarations, items, changed_by)
                    values (:m, cast(:a as jsonb), cast(:ap as jsonb), cast(:d as jsonb), cast(:i as jsonb), :by) on conflict do nothing""")
                    .param("m", meeting).param("a", attendance).param("ap", apologies).param("d", declarations).param("i", items).param("by", by)
                    .update() == 1;
        }
        return jdbc.sql("""
                update committee.minutes set attendance = cast(:a as jsonb), apologies = cast(:ap as jsonb), declarations = cast(:d as jsonb),
                  items = cast(:i as jsonb), version = version + 1, changed_at = now(), changed_by = :by
                where meeting_id = :m and version = :v and approved_on is null""")
                .param("m", meeting).param("v", version).param("a", attendance).param("ap", apologies).param("d", declarations).param("i", items)
                .param("by", by).update() == 1;
    }

    public boolean approve(UUID meeting, int version, UUID at, LocalDate on, String by) {
        return jdbc.sql("""
                update committee.minutes set approved_at_meeting = :at, approved_on = :on, version = version + 1, changed_at = now(), changed_by = :by
                where meeting_id = :m and version = :v and approved_on is null""")
                .param("m", meeting).param("v", version).param("at", at).param("on", on).param("by", by).update() == 1;
    }

    public UUID insertAction(UUID meeting, Integer item, String request, String askedBy, String officer, LocalDate dueOn, String by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into committee.action (id, meeting_id, item_number, request, asked_by, officer, due_on, created_by)
                values (:id, :m, :item, :request, :askedBy, :officer, :due, :by)""")
                .param("id", id).param("m", meeting).param("item", item).param("request", request).param("askedBy", askedBy)
                .param("officer", officer).param("due", dueOn).param("by", by).update();
        return id;
    }

    private static final String ACTION = """
            select a.id, a.action_number, a.meeting_id, m.committee_id, c.name as committee_name, m.starts_at as meeting_starts_at, a.item_number,
              a.request, a.asked_by, a.officer, a.due_on, a.response, a.responded_on, a.status, a.version
            from committee.action a join committee.meeting m on m.id = a.meeting_id join committee.committee c on c.id = m.committee_id""";

    public Optional<ActionRow> action(UUID id) {
        return jdbc.sql(ACTION + " where a.id = :id").param("id", id).query(ActionRow.class).optional();
    }

    public List<ActionRow> actionsOfMeeting(UUID meeting) {
        return jdbc.sql(ACTION + " where a.meeting_id = :m order by a.action_number").param("m", meeting).query(ActionRow.class).list();
    }

    /**
     * Open actions, those due before {@code overdueBefore} only when it is given: of every committee when
     * {@code committees} is null, else of those committees or answered by {@code officer}; only those asked by
     * {@code askedBy} when it is given.
     */
    public List<ActionRow> openActions(List<UUID> committees, String officer, String askedBy, LocalDate overdueBefore) {
        return jdbc.sql(ACTION + """
                 where a.status = 'OPEN' and (cast(:overdue as date) is null or a.due_on < cast(:overdue as date))
                  and (cast(:askedBy as text) is null or a.asked_by = cast(:askedBy as text))
                  and (cast(:all as boolean) or m.committee_id in (:committees) or a.officer = cast(:officer as text))
                order by a.due_on, a.action_number""")
                .param("overdue", overdueBefore).param("askedBy", askedBy).param("officer", officer).param("all", committees == null)
                .param("committees", committees == null || committees.isEmpty() ? List.of(new UUID(0, 0)) : committees)
                .query(ActionRow.class).list();
    }

    /** Actions a member asked, whatever their status, newest first. */
    public List<ActionRow> actionsAskedBy(String askedBy) {
        return jdbc.sql(ACTION + " where a.asked_by = :a order by a.action_number desc").param("a", askedBy).query(ActionRow.class).list();
    }

    public boolean respond(UUID id, int version, String response, LocalDate on, String status, String by) {
        return jdbc.sql("""
                update committee.action set response = :response, responded_on = :on, status = :status, version = version + 1,
                  changed_at = now(), changed_by = :by where id = :id and version = :v""")
                .param("id", id).param("v", version).param("response", response).param("on", on).param("status", status).param("by", by)
                .update() == 1;
    }
}
