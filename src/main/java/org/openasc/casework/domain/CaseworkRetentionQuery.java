package org.openasc.casework.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.openasc.platform.records.ModuleRetention;
import org.openasc.platform.records.RetentionSource;

/**
 * Casework's records for retention: when each person's case notes, addenda, documents and subject access requests last had
 * something happen (one query for everyone), what still holds them, and their anonymisation or deletion. Final notes and their
 * links are protected by triggers that let them change only in a transaction that has set {@code openasc.disposal} to
 * {@code on} (the retention service does, for a disposal): without it, anonymising or deleting a final note is refused.
 */
@Repository
public class CaseworkRetentionQuery {

    private static final String NOTES = "select id from casework.note where person_id = :p";

    private final JdbcClient jdbc;

    CaseworkRetentionQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Each person's latest UK day a case note's contact or event happened, a document was dated, or a subject access request
     * was received or answered; {@link RetentionSource#ONGOING} while a subject access request is open. The days things
     * happened, not the days they were typed: notes and letters brought in from an old system keep their own dates.
     */
    public Map<UUID, LocalDate> lastActivity() {
        return ModuleRetention.lastActivity(jdbc.sql("""
                select person_id, max(day) as last_day, bool_or(ongoing) as ongoing from (
                  select person_id, (occurred_at at time zone 'Europe/London')::date as day, false as ongoing from casework.note
                  union all
                  select person_id, dated_on, false from casework.document
                  union all
                  select person_id, greatest(received_on, sent_on), status = 'OPEN' from casework.subject_access_request
                ) activity
                group by person_id"""));
    }

    /** Why the person's casework records are kept whatever the dates: a subject access request still open. */
    public List<String> holds(UUID personId) {
        return ModuleRetention.holds(jdbc.sql("""
                select 'Subject access request ' || request_number || ' is open' from casework.subject_access_request
                where person_id = :p and status = 'OPEN' order by request_number limit :limit""")
                .param("p", personId));
    }

    /**
     * Replaces the person's notes' text and who was present, their addenda's text and reason, and who made their subject access
     * requests and why they were extended, with "Anonymised"; replaces each document's title, file name and content with a
     * placeholder (the details must describe a file of at least one byte), keeping its kind and date. Ids, dates, note types,
     * significant-event categories, links, statuses and the hash of bundles sent are kept.
     */
    public void anonymise(UUID personId, String by, byte[] placeholder, String placeholderName, String placeholderType, String placeholderHash) {
        jdbc.sql("""
                update casework.addendum set text = 'Anonymised', reason = 'Anonymised'
                where note_id in (""" + NOTES + ")").param("p", personId).update();
        jdbc.sql("""
                update casework.note set
                  present = case when present is null then null else 'Anonymised' end,
                  text = 'Anonymised',
                  version = version + 1, changed_at = now(), changed_by = :by
                where person_id = :p""").param("p", personId).param("by", by).update();
        jdbc.sql("""
                update casework.document set title = 'Anonymised', file_name = :name, media_type = :type, size_bytes = :size, sha256 = :sha,
                  content = :content
                where person_id = :p""")
                .param("p", personId).param("name", placeholderName).param("type", placeholderType).param("size", placeholder.length)
                .param("sha", placeholderHash).param("content", placeholder).update();
        jdbc.sql("""
                update casework.subject_access_request set
                  requested_by = 'Anonymised',
                  extension_reason = case when extension_reason is null then null else 'Anonymised' end,
                  version = version + 1, changed_at = now(), changed_by = :by
                where person_id = :p""").param("p", personId).param("by", by).update();
    }

    /** Deletes the person's casework records, children first: addenda and note links, then notes; documents; subject access requests. */
    public void delete(UUID personId) {
        jdbc.sql("delete from casework.addendum where note_id in (" + NOTES + ")").param("p", personId).update();
        jdbc.sql("delete from casework.note_link where note_id in (" + NOTES + ")").param("p", personId).update();
        jdbc.sql("delete from casework.note where person_id = :p").param("p", personId).update();
        jdbc.sql("delete from casework.document where person_id = :p").param("p", personId).update();
        jdbc.sql("delete from casework.subject_access_request where person_id = :p").param("p", personId).update();
    }
}
