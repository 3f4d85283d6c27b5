package org.openasc.feedback.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.openasc.platform.records.ModuleRetention;
import org.openasc.platform.records.RetentionSource;

/**
 * Feedback's records for retention. A person's complaints are those about them, and those they made about no one else; a
 * complaint they made about someone else belongs to that person's record, and only the complainant's name (and, on deletion,
 * the link to them) is taken out of it. A person's feedback items are those linked to them, and those about one of their
 * complaints linked to no one. Anonymising replaces names and narratives and keeps the ids, dates, how received, service
 * area, theme, team, outcome and kinds, so the annual report's and the committees' figures stay true.
 */
@Repository
public class FeedbackRetentionQuery {

    /** The person's complaints: about them, or made by them about no one else. */
    private static final String COMPLAINTS = """
            select id from feedback.complaint where person_id = :p
            union select id from feedback.complaint where complainant_person_id = :p and person_id is null""";

    /** The person's feedback items: linked to them, or about one of their complaints and linked to no one. */
    private static final String ITEMS = """
            select id from feedback.item where person_id = :p
            union select id from feedback.item where person_id is null and complaint_id in (""" + COMPLAINTS + ")";

    /** Complaints the person made about someone else: that person's record, with this person named as the complainant. */
    private static final String MADE_FOR_OTHERS = "complainant_person_id = :p and person_id <> :p";

    private final JdbcClient jdbc;

    FeedbackRetentionQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Each person's latest day a complaint about them or made by them was received, acknowledged, extended, answered, withdrawn
     * or passed to safeguarding, or a feedback item linked to them was received or answered; {@link RetentionSource#ONGOING}
     * while such a complaint is open (neither answered nor withdrawn).
     */
    public Map<UUID, LocalDate> lastActivity() {
        return ModuleRetention.lastActivity(jdbc.sql("""
                select person_id, max(day) as last_day, bool_or(ongoing) as ongoing from (
                  select who.person_id,
                    greatest(c.received_on, c.acknowledged_on, c.complainant_told_on, c.responded_on, c.withdrawn_on, c.passed_to_safeguarding_on) as day,
                    c.responded_on is null and c.withdrawn_on is null as ongoing
                  from feedback.complaint c cross join lateral (values (c.person_id), (c.complainant_person_id)) as who (person_id)
                  where who.person_id is not null
                  union all
                  select person_id, greatest(received_on, responded_on), false
                  from feedback.item where person_id is not null
                ) activity
                group by person_id"""));
    }

    /** Why the person's feedback records are kept whatever the dates: a complaint about them or made by them that is still open. */
    public List<String> holds(UUID personId) {
        return ModuleRetention.holds(jdbc.sql("""
                select 'Complaint ' || complaint_number || ' is open' from feedback.complaint
                where (person_id = :p or complainant_person_id = :p) and responded_on is null and withdrawn_on is null
                order by complaint_number limit :limit""")
                .param("p", personId));
    }

    /** Replaces every name and free-text passage in the person's complaints, items and lessons with "Anonymised". */
    public void anonymise(UUID personId, String by) {
        jdbc.sql("""
                update feedback.lesson set lesson = 'Anonymised', action = 'Anonymised', owner = 'Anonymised'
                where complaint_id in (""" + COMPLAINTS + ") or item_id in (" + ITEMS + ")").param("p", personId).update();
        jdbc.sql("""
                update feedback.item set
                  summary = 'Anonymised',
                  member_name = case when member_name is null then null else 'Anonymised' end,
                  case_reference = case when case_reference is null then null else 'Anonymised' end,
                  remedy = case when remedy is null then null else 'Anonymised' end,
                  version = version + 1
                where id in (""" + ITEMS + ")").param("p", personId).update();
        jdbc.sql("""
                update feedback.complaint set
                  complainant = 'Anonymised',
                  elements = 'Anonymised',
                  investigating_officer = case when investigating_officer is null then null else 'Anonymised' end,
                  extension_reason = case when extension_reason is null then null else 'Anonymised' end,
                  signed_by = case when signed_by is null then null else 'Anonymised' end,
                  withdrawn_reason = case when withdrawn_reason is null then null else 'Anonymised' end,
                  version = version + 1, changed_at = now(), changed_by = :by
                where id in (""" + COMPLAINTS + ")").param("p", personId).param("by", by).update();
        jdbc.sql("update feedback.complaint set complainant = 'Anonymised', version = version + 1, changed_at = now(), changed_by = :by where "
                + MADE_FOR_OTHERS).param("p", personId).param("by", by).update();
    }

    /**
     * Deletes the person's complaints, items and their lessons, children first (lessons, items, then complaints); items about
     * their complaints that belong to someone else lose the link, and complaints they made about someone else lose their name
     * and the link to them.
     */
    public void delete(UUID personId, String by) {
        jdbc.sql("delete from feedback.lesson where complaint_id in (" + COMPLAINTS + ") or item_id in (" + ITEMS + ")")
                .param("p", personId).update();
        jdbc.sql("delete from feedback.item where id in (" + ITEMS + ")").param("p", personId).update();
        jdbc.sql("update feedback.item set complaint_id = null, version = version + 1 where complaint_id in (" + COMPLAINTS + ")")
                .param("p", personId).update();
        jdbc.sql("delete from feedback.complaint where id in (" + COMPLAINTS + ")").param("p", personId).update();
        jdbc.sql("update feedback.complaint set complainant = 'Anonymised', complainant_person_id = null, version = version + 1, changed_at = now(),"
                + " changed_by = :by where " + MADE_FOR_OTHERS).param("p", personId).param("by", by).update();
    }
}
