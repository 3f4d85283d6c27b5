package org.openasc.casework.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Everything casework holds about a person, for a subject access request: every case note (drafts too, whoever wrote them), their
 * addenda and links, and the details of every document, one query per kind of record by person, oldest first.
 */
@Repository
public class CaseworkDisclosureQuery {

    /** A note; {@code occurredOn} is the UK day of the contact or event. */
    public record NoteRow(UUID id, long noteNumber, Instant occurredAt, LocalDate occurredOn, String type, String present, String text,
                          String significantCategory, String status, Instant finalisedAt, String finalisedBy, String createdBy) {
    }

    public record AddendumRow(UUID noteId, String text, String reason, Instant createdAt, String createdBy) {
    }

    public record LinkRow(UUID noteId, String kind, UUID recordId) {
    }

    /** A document's details; the file itself is not read. */
    public record DocumentRow(UUID id, long documentNumber, String title, String kind, LocalDate datedOn, String fileName, String mediaType, int sizeBytes,
                              Instant createdAt, String createdBy) {
    }

    private final JdbcClient jdbc;

    CaseworkDisclosureQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<NoteRow> notes(UUID personId) {
        return jdbc.sql("""
                select id, note_number, occurred_at, (occurred_at at time zone 'Europe/London')::date as occurred_on, type, present, text,
                  significant_category, status, finalised_at, finalised_by, created_by
                from casework.note where person_id = :p order by occurred_at, note_number""")
                .param("p", personId).query(NoteRow.class).list();
    }

    /** The addenda of all the person's notes, oldest first. */
    public List<AddendumRow> addenda(UUID personId) {
        return jdbc.sql("""
                select a.note_id, a.text, a.reason, a.created_at, a.created_by
                from casework.addendum a join casework.note n on n.id = a.note_id
                where n.person_id = :p order by a.created_at, a.id""")
                .param("p", personId).query(AddendumRow.class).list();
    }

    /** The links of all the person's notes. */
    public List<LinkRow> links(UUID personId) {
        return jdbc.sql("""
                select l.note_id, l.kind, l.record_id
                from casework.note_link l join casework.note n on n.id = l.note_id
                where n.person_id = :p order by l.kind, l.record_id""")
                .param("p", personId).query(LinkRow.class).list();
    }

    public List<DocumentRow> documents(UUID personId) {
        return jdbc.sql("""
                select id, document_number, title, kind, dated_on, file_name, media_type, size_bytes, created_at, created_by
                from casework.document where person_id = :p order by dated_on, document_number""")
                .param("p", personId).query(DocumentRow.class).list();
    }
}
