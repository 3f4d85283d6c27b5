package org.openasc.liberty.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.openasc.platform.records.ModuleRetention;
import org.openasc.platform.records.RetentionSource;

/**
 * Liberty's records for retention: when each person's DoLS applications and Mental Health Act assessments last had something
 * happen (one query for everyone), what still holds them, and their anonymisation or deletion. Anonymising replaces the
 * managing authority's name, the reasons, the conditions, the AMHP's and doctors' names and the delay notes, and keeps the ids,
 * dates, the care home's location and CQC code, priorities, qualifying assessments, outcomes, delays and the number of
 * doctors, so the DoLS return and the Mental Health Act figures stay true.
 */
@Repository
public class LibertyRetentionQuery {

    private static final String APPLICATIONS = "select id from liberty.application where person_id = :p";

    private final JdbcClient jdbc;

    LibertyRetentionQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Each person's latest day an application was received, given an urgent authorisation, assessed, signed off or its
     * authorisation ended, or a Mental Health Act assessment was requested, carried out or found a bed (UK days);
     * {@link RetentionSource#ONGOING} while an application awaits its decision or a standard authorisation has not ended by
     * {@code today}.
     */
    public Map<UUID, LocalDate> lastActivity(LocalDate today) {
        return ModuleRetention.lastActivity(jdbc.sql("""
                select person_id, max(day) as last_day, bool_or(ongoing) as ongoing from (
                  select person_id, greatest(received_on, urgent_granted_on, signed_off_on, coalesce(ceased_on, authorised_to)) as day,
                    outcome is null or (outcome = 'GRANTED' and coalesce(ceased_on, authorised_to) >= :today) as ongoing
                  from liberty.application
                  union all
                  select a.person_id, q.assessed_on, false
                  from liberty.qualifying_assessment q join liberty.application a on a.id = q.application_id
                  where q.assessed_on is not null
                  union all
                  select person_id, greatest((requested_at at time zone 'Europe/London')::date, (assessed_at at time zone 'Europe/London')::date,
                    (bed_found_at at time zone 'Europe/London')::date), false
                  from liberty.mha_assessment
                ) activity
                group by person_id""")
                .param("today", today));
    }

    /** Why the person's liberty records are kept whatever the dates: a DoLS authorisation in force, or an application undecided. */
    public List<String> holds(UUID personId, LocalDate today) {
        return ModuleRetention.holds(jdbc.sql("""
                select case when outcome is null then 'DoLS application ' || application_number || ' is awaiting a decision'
                  else 'The DoLS authorisation from application ' || application_number || ' is in force until '
                    || to_char(coalesce(ceased_on, authorised_to), 'FMDD FMMonth YYYY') end
                from liberty.application
                where person_id = :p and (outcome is null or (outcome = 'GRANTED' and coalesce(ceased_on, authorised_to) >= :today))
                order by application_number limit :limit""")
                .param("p", personId).param("today", today));
    }

    /** Replaces every name and free-text passage in the person's liberty records with "Anonymised", keeping what is counted. */
    public void anonymise(UUID personId, String by) {
        jdbc.sql("""
                update liberty.application set
                  managing_authority = 'Anonymised',
                  priority_reason = case when priority_reason is null then null else 'Anonymised' end,
                  outcome_reason = case when outcome_reason is null then null else 'Anonymised' end,
                  conditions = case when conditions is null then null else 'Anonymised' end,
                  version = version + 1, changed_at = now(), changed_by = :by
                where person_id = :p""").param("p", personId).param("by", by).update();
        jdbc.sql("""
                update liberty.mha_assessment set
                  amhp = 'Anonymised',
                  doctors = array_fill('Anonymised'::text, array[cardinality(doctors)]),
                  delay_notes = case when delay_notes is null then null else 'Anonymised' end
                where person_id = :p""").param("p", personId).update();
    }

    /**
     * Deletes the person's liberty records, children first: qualifying assessments, applications; MHA assessments; and what their
     * death ended (ADR 29), which no foreign key removes.
     */
    public void delete(UUID personId) {
        jdbc.sql("delete from liberty.ended_at_death where person_id = :p").param("p", personId).update();
        jdbc.sql("delete from liberty.qualifying_assessment where application_id in (" + APPLICATIONS + ")").param("p", personId).update();
        jdbc.sql("delete from liberty.application where person_id = :p").param("p", personId).update();
        jdbc.sql("delete from liberty.mha_assessment where person_id = :p").param("p", personId).update();
    }
}
