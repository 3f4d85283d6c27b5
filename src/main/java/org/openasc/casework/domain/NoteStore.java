package org.openasc.casework.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Case notes, their links to other records and their addenda. */
@Repository
public class NoteStore {

    public record Row(UUID id, long noteNumber, UUID personId, Instant occurredAt, String type, String present, String text,
                      String significantCategory, String status, Instant finalisedAt, String finalisedBy, int version, Instant createdAt,
                      String createdBy) {
    }

    public record Link(String kind, UUID id) {
    }

    public record Addendum(UUID id, String text, String reason, Instant createdAt, String createdBy) {
    }

    private static final String SELECT = """
            select id, note_number, person_id, occurred_at, type, present, text, significant_category, status, finalised_at, finalised_by,
              version, created_at, created_by from casework.note""";

    private final JdbcClient jdbc;

    NoteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, UUID person, Instant occurredAt, String type, String present, String text, String significant, String by) {
        jdbc.sql("""
                insert into casework.note (id, person_id, occurred_at, type, present, text, significant_category, created_by)
                values (:id, :person, :at, :type, :present, :text, :significant, :by)""")
                .param("id", id).param("person", person).param("at", Timestamp.from(occurredAt)).param("type", type).param("present", present)
                .param("text", text).param("significant", significant).param("by", by).update();
    }

    public boolean update(UUID id, int version, Instant occurredAt, String type, String present, String text, String significant, String by) {
        return jdbc.sql("""
                update casework.note set occurred_at = :at, type = :type, present = :present, text = :text, significant_category = :significant,
                  version = version + 1, changed_at = now(), changed_by = :by
                where id = :id and version = :version and status = 'DRAFT'""")
                .param("id", id).param("version", version).param("at", Timestamp.from(occurredAt)).param("type", type).param("present", present)
                .param("text", text).param("significant", significant).param("by", by).update() == 1;
    }

    public void replaceLinks(UUID note, List<Link> links) {
        jdbc.sql("delete from casework.note_link where note_id = :n").param("n", note).update();
        for (Link l : links) {
            jdbc.sql("insert into casework.note_link (note_id, kind, record_id) values (:n, :k, :r) on conflict do nothing")
                    .param("n", note).param("k", l.kind()).param("r", l.id()).update();
        }
    }

    public boolean finalise(UUID id, int version, Instant at, String by) {
        return jdbc.sql("""
                update casework.note set status = 'FINAL', finalised_at = :at, finalised_by = :by, version = version + 1, changed_at = :at, changed_by = :by
                where id = :id and version = :version and status = 'DRAFT'""")
                .param("id", id).param("version", version).param("at", Timestamp.from(at)).param("by", by).update() == 1;
    }

    public void addendum(UUID note, String text, String reason, String by) {
        jdbc.sql("insert into casework.addendum (id, note_id, text, reason, created_by) values (:id, :n, :text, :reason, :by)")
                .param("id", UUID.randomUUID()).param("n", note).param("text", text).param("reason", reason).param("by", by).update();
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(Row.class).optional();
    }

    /** The person's notes, newest event first: final ones, and drafts only their author's. */
    public List<Row> ofPerson(UUID person, String viewer) {
        return jdbc.sql(SELECT + " where person_id = :p and (status = 'FINAL' or created_by = :viewer) order by occurred_at desc, note_number desc")
                .param("p", person).param("viewer", viewer).query(Row.class).list();
    }

    /** A person's final notes about contacts or events on UK days {@code from} to {@code to}: drafts are not yet part of the record. */
    public List<Row> finalBetween(UUID person, java.time.LocalDate from, java.time.LocalDate to) {
        return jdbc.sql(SELECT + " where person_id = :p and status = 'FINAL'"
                        + " and (occurred_at at time zone 'Europe/London')::date between :from and :to")
                .param("p", person).param("from", from).param("to", to).query(Row.class).list();
    }

    /** A worker's drafts, oldest first: notes not yet part of the record. */
    public List<Row> draftsBy(String author) {
        return jdbc.sql(SELECT + " where created_by = :by and status = 'DRAFT' order by created_at, note_number").param("by", author)
                .query(Row.class).list();
    }

    /** The links of several notes in one query, by note. */
    public Map<UUID, List<Link>> links(List<UUID> notes) {
        Map<UUID, List<Link>> links = new LinkedHashMap<>();
        if (!notes.isEmpty()) {
            jdbc.sql("select note_id, kind, record_id from casework.note_link where note_id in (:n) order by kind")
                    .param("n", notes).query((rs, i) -> links.computeIfAbsent(rs.getObject("note_id", UUID.class), k -> new ArrayList<>())
                            .add(new Link(rs.getString("kind"), rs.getObject("record_id", UUID.class)))).list();
        }
        return links;
    }

    /** The addenda of several notes in one query, oldest first, by note. */
    public Map<UUID, List<Addendum>> addenda(List<UUID> notes) {
        Map<UUID, List<Addendum>> addenda = new LinkedHashMap<>();
        if (!notes.isEmpty()) {
            jdbc.sql("select id, note_id, text, reason, created_at, created_by from casework.addendum where note_id in (:n) order by created_at")
                    .param("n", notes).query((rs, i) -> addenda.computeIfAbsent(rs.getObject("note_id", UUID.class), k -> new ArrayList<>())
                            .add(new Addendum(rs.getObject("id", UUID.class), rs.getString("text"), rs.getString("reason"),
                                    rs.getTimestamp("created_at").toInstant(), rs.getString("created_by")))).list();
        }
        return addenda;
    }
}
