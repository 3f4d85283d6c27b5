package org.openasc.committee.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Committees, their membership, meetings and agenda items. */
@Repository
public class CommitteeStore {

    public record CommitteeRow(UUID id, String name, String remit, int version) {
    }

    public record MemberRow(String username, String role) {
    }

    public record MeetingRow(UUID id, UUID committeeId, Instant startsAt, String venue, String onlineLink, String status, int version) {
    }

    public record ItemRow(UUID id, UUID meetingId, int itemNumber, String kind, String title, String purpose, String leadOfficer,
                          boolean exempt, Integer exemptParagraph, UUID reportId, int version) {
    }

    private final JdbcClient jdbc;

    CommitteeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertCommittee(UUID id, String name, String remit, String by) {
        jdbc.sql("insert into committee.committee (id, name, remit, created_by) values (:id, :name, :remit, :by)")
                .param("id", id).param("name", name).param("remit", remit).param("by", by).update();
    }

    public boolean nameTaken(String name) {
        return jdbc.sql("select exists (select 1 from committee.committee where lower(name) = lower(:name))").param("name", name)
                .query(Boolean.class).single();
    }

    public void addMember(UUID committee, String username, String role) {
        jdbc.sql("insert into committee.membership (committee_id, username, role) values (:c, :u, :r)")
                .param("c", committee).param("u", username).param("r", role).update();
    }

    public Optional<CommitteeRow> committee(UUID id) {
        return jdbc.sql("select id, name, remit, version from committee.committee where id = :id").param("id", id)
                .query(CommitteeRow.class).optional();
    }

    public List<CommitteeRow> committees() {
        return jdbc.sql("select id, name, remit, version from committee.committee order by name").query(CommitteeRow.class).list();
    }

    public List<MemberRow> members(UUID committee) {
        return jdbc.sql("""
                select username, role from committee.membership where committee_id = :c
                order by array_position(array['CHAIR','VICE_CHAIR','MEMBER','CLEARING_OFFICER','OFFICER'], role), username""")
                .param("c", committee).query(MemberRow.class).list();
    }

    /** The committees a member of staff sits on or supports, with their role on each. */
    public List<UUID> committeesOf(String username) {
        return jdbc.sql("select committee_id from committee.membership where username = :u").param("u", username).query(UUID.class).list();
    }

    /** The roles a member of staff holds on any committee (CHAIR, OFFICER, CLEARING_OFFICER and so on), each once. */
    public List<String> rolesHeldBy(String username) {
        return jdbc.sql("select distinct role from committee.membership where username = :u").param("u", username).query(String.class).list();
    }

    public Optional<String> roleOf(UUID committee, String username) {
        return jdbc.sql("select role from committee.membership where committee_id = :c and username = :u")
                .param("c", committee).param("u", username).query(String.class).optional();
    }

    public void insertMeeting(UUID id, UUID committee, Instant startsAt, String venue, String onlineLink, String by) {
        jdbc.sql("""
                insert into committee.meeting (id, committee_id, starts_at, venue, online_link, created_by)
                values (:id, :c, :at, :venue, :link, :by)""")
                .param("id", id).param("c", committee).param("at", Timestamp.from(startsAt)).param("venue", venue).param("link", onlineLink)
                .param("by", by).update();
    }

    public void status(UUID meeting, String status) {
        jdbc.sql("update committee.meeting set status = :s, version = version + 1 where id = :m").param("m", meeting).param("s", status).update();
    }

    public Optional<MeetingRow> meeting(UUID id) {
        return jdbc.sql("select id, committee_id, starts_at, venue, online_link, status, version from committee.meeting where id = :id")
                .param("id", id).query(MeetingRow.class).optional();
    }

    public List<MeetingRow> meetingsOf(UUID committee) {
        return jdbc.sql("""
                select id, committee_id, starts_at, venue, online_link, status, version from committee.meeting
                where committee_id = :c order by starts_at desc""").param("c", committee).query(MeetingRow.class).list();
    }

    public List<ItemRow> items(UUID meeting) {
        return jdbc.sql("""
                select id, meeting_id, item_number, kind, title, purpose, lead_officer, exempt, exempt_paragraph, report_id, version
                from committee.agenda_item where meeting_id = :m order by item_number""").param("m", meeting).query(ItemRow.class).list();
    }

    public Optional<ItemRow> itemOfReport(UUID report) {
        return jdbc.sql("""
                select id, meeting_id, item_number, kind, title, purpose, lead_officer, exempt, exempt_paragraph, report_id, version
                from committee.agenda_item where report_id = :r""").param("r", report).query(ItemRow.class).optional();
    }

    public int nextItemNumber(UUID meeting) {
        return jdbc.sql("select coalesce(max(item_number), 0) + 1 from committee.agenda_item where meeting_id = :m").param("m", meeting)
                .query(Integer.class).single();
    }

    public boolean numberTaken(UUID meeting, int number) {
        return jdbc.sql("select exists (select 1 from committee.agenda_item where meeting_id = :m and item_number = :n)")
                .param("m", meeting).param("n", number).query(Boolean.class).single();
    }

    public void insertItem(UUID id, UUID meeting, int number, String kind, String title, String purpose, String leadOfficer,
                           Integer exemptParagraph, UUID report) {
        jdbc.sql("""
                insert into committee.agenda_item (id, meeting_id, item_number, kind, title, purpose, lead_officer, exempt, exempt_paragraph, report_id)
                values (:id, :m, :n, :kind, :title, :purpose, :lead, :exempt, :paragraph, :report)""")
                .param("id", id).param("m", meeting).param("n", number).param("kind", kind).param("title", title).param("purpose", purpose)
                .param("lead", leadOfficer).param("exempt", exemptParagraph != null).param("paragraph", exemptParagraph).param("report", report)
                .update();
    }

    public record Upcoming(UUID meetingId, String committee, Instant startsAt) {
    }

    public record Published(UUID reportId, String title, String committee, Instant publishedAt) {
    }

    private static final String UPCOMING = """
             from committee.meeting m join committee.committee c on c.id = m.committee_id
            where m.starts_at >= :from and (cast(:all as boolean) or m.committee_id in (:committees))""";

    /** Meetings from {@code from} of the given committees (all when null), soonest first. */
    public List<Upcoming> upcoming(List<UUID> committees, Instant from, int limit) {
        return jdbc.sql("select m.id as meeting_id, c.name as committee, m.starts_at" + UPCOMING + " order by m.starts_at limit :limit")
                .param("from", Timestamp.from(from)).param("all", committees == null).param("committees", orNone(committees)).param("limit", limit)
                .query(Upcoming.class).list();
    }

    /** How many meetings {@link #upcoming} would list without its limit. */
    public long countUpcoming(List<UUID> committees, Instant from) {
        return jdbc.sql("select count(*)" + UPCOMING).param("from", Timestamp.from(from)).param("all", committees == null)
                .param("committees", orNone(committees)).query(Long.class).single();
    }

    private static final String PUBLISHED = """
             from committee.report r join committee.agenda_item i on i.report_id = r.id join committee.meeting m on m.id = i.meeting_id
            join committee.committee c on c.id = m.committee_id
            where r.status = 'PUBLISHED' and (cast(:withExempt as boolean) or not i.exempt)
              and (cast(:all as boolean) or m.committee_id in (:committees))""";

    /** Reports published to the given committees (all when null), newest first; exempt ones only when asked. */
    public List<Published> published(List<UUID> committees, boolean withExempt, int limit) {
        return jdbc.sql("select r.id as report_id, r.title, c.name as committee, r.published_at" + PUBLISHED + " order by r.published_at desc limit :limit")
                .param("withExempt", withExempt).param("all", committees == null).param("committees", orNone(committees)).param("limit", limit)
                .query(Published.class).list();
    }

    /** How many reports {@link #published} would list without its limit. */
    public long countPublished(List<UUID> committees, boolean withExempt) {
        return jdbc.sql("select count(*)" + PUBLISHED).param("withExempt", withExempt).param("all", committees == null)
                .param("committees", orNone(committees)).query(Long.class).single();
    }

    /** A list for {@code in (:committees)} that matches nothing when there are none (the clause is then switched off or empty). */
    private static List<UUID> orNone(List<UUID> committees) {
        return committees == null || committees.isEmpty() ? List.of(new UUID(0, 0)) : committees;
    }
}
