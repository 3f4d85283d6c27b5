package org.openasc.committee.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reports: their words (as JSON lists), workflow, and once published the frozen snapshot, its hash and PDF. */
@Repository
public class ReportStore {

    public record Row(UUID id, String template, String parameters, String title, String purpose, String recommendations, String background,
                      String sections, String appendices, String author, String status, Instant submittedAt, String clearedBy, Instant clearedAt,
                      Instant publishedAt, String publishedBy, String snapshot, String contentHash, int version) {
    }

    private final JdbcClient jdbc;

    ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, String template, String parameters, String title, String author) {
        jdbc.sql("""
                insert into committee.report (id, template, parameters, title, author, created_by)
                values (:id, :template, cast(:parameters as jsonb), :title, :author, :author)""")
                .param("id", id).param("template", template).param("parameters", parameters).param("title", title).param("author", author).update();
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql("""
                select id, template, parameters::text as parameters, title, purpose, recommendations::text as recommendations, background,
                  sections::text as sections, appendices::text as appendices, author, status, submitted_at, cleared_by, cleared_at,
                  published_at, published_by, snapshot, content_hash, version
                from committee.report where id = :id""").param("id", id).query(Row.class).optional();
    }

    /** New words; a cleared or submitted report goes back to draft, for clearance to be given again. */
    public boolean write(UUID id, int version, String title, String purpose, String recommendations, String background, String sections,
                         String appendices, String by) {
        return jdbc.sql("""
                update committee.report set title = :title, purpose = :purpose, recommendations = cast(:recommendations as jsonb),
                  background = :background, sections = cast(:sections as jsonb), appendices = cast(:appendices as jsonb),
                  status = 'DRAFT', submitted_at = null, cleared_by = null, cleared_at = null,
                  version = version + 1, changed_at = now(), changed_by = :by
                where id = :id and version = :version and status <> 'PUBLISHED'""")
                .param("id", id).param("version", version).param("title", title).param("purpose", purpose)
                .param("recommendations", recommendations).param("background", background).param("sections", sections)
                .param("appendices", appendices).param("by", by).update() == 1;
    }

    public boolean submit(UUID id, int version, Instant at, String by) {
        return jdbc.sql("""
                update committee.report set status = 'SUBMITTED', submitted_at = :at, version = version + 1, changed_at = :at, changed_by = :by
                where id = :id and version = :version and status = 'DRAFT'""")
                .param("id", id).param("version", version).param("at", java.sql.Timestamp.from(at)).param("by", by).update() == 1;
    }

    public boolean clear(UUID id, int version, Instant at, String by) {
        return jdbc.sql("""
                update committee.report set status = 'CLEARED', cleared_by = :by, cleared_at = :at, version = version + 1, changed_at = :at, changed_by = :by
                where id = :id and version = :version and status = 'SUBMITTED'""")
                .param("id", id).param("version", version).param("at", java.sql.Timestamp.from(at)).param("by", by).update() == 1;
    }

    public boolean publish(UUID id, int version, Instant at, String by, String snapshot, String hash, byte[] pdf) {
        return jdbc.sql("""
                update committee.report set status = 'PUBLISHED', published_at = :at, published_by = :by, snapshot = :snapshot,
                  content_hash = :hash, pdf = :pdf, version = version + 1, changed_at = :at, changed_by = :by
                where id = :id and version = :version and status = 'CLEARED'""")
                .param("id", id).param("version", version).param("at", java.sql.Timestamp.from(at)).param("by", by)
                .param("snapshot", snapshot).param("hash", hash).param("pdf", pdf).update() == 1;
    }

    /** A report not yet published, with the committee and meeting it is for. */
    public record Pending(UUID reportId, String title, String committee, Instant meetingStartsAt, Instant submittedAt) {
    }

    private static final String PENDING = """
            select r.id as report_id, r.title, c.name as committee, m.starts_at as meeting_starts_at, r.submitted_at""";

    private static final String PLACE = """
             from committee.report r join committee.agenda_item i on i.report_id = r.id join committee.meeting m on m.id = i.meeting_id
            join committee.committee c on c.id = m.committee_id""";

    private static final String TO_CLEAR = PLACE + """

            join committee.membership s on s.committee_id = m.committee_id and s.username = :u and s.role = 'CLEARING_OFFICER'
            where r.status = 'SUBMITTED' and r.author <> :u""";

    /**
     * Reports a member of staff may clear, as {@code Reports.clear} allows: submitted, for a committee they are a
     * clearing officer of, and written by someone else; the soonest meeting first.
     */
    public List<Pending> awaitingClearanceBy(String username, int limit) {
        return jdbc.sql(PENDING + TO_CLEAR + " order by m.starts_at, r.submitted_at limit :limit").param("u", username).param("limit", limit)
                .query(Pending.class).list();
    }

    /** How many reports {@link #awaitingClearanceBy} would list without its limit. */
    public long countAwaitingClearanceBy(String username) {
        return jdbc.sql("select count(*)" + TO_CLEAR).param("u", username).query(Long.class).single();
    }

    private static final String DRAFTS = PLACE + " where r.status = 'DRAFT' and r.author = :u";

    /** A member of staff's draft reports, the soonest meeting first. */
    public List<Pending> draftsBy(String author, int limit) {
        return jdbc.sql(PENDING + DRAFTS + " order by m.starts_at, r.title limit :limit").param("u", author).param("limit", limit)
                .query(Pending.class).list();
    }

    /** How many reports {@link #draftsBy} would list without its limit. */
    public long countDraftsBy(String author) {
        return jdbc.sql("select count(*)" + DRAFTS).param("u", author).query(Long.class).single();
    }

    public Optional<byte[]> pdf(UUID id) {
        return jdbc.sql("select pdf from committee.report where id = :id and pdf is not null").param("id", id).query(byte[].class).optional();
    }
}
