package org.openasc.assessment.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.openasc.platform.records.ModuleRetention;

/** Assessments' part of retention: each person's last assessment day, and the anonymisation or deletion of their assessments. */
@Repository
public class AssessmentRetentionQuery {

    private static final String ASSESSMENTS = "(select id from assessment.assessment where person_id = :person)";

    private final JdbcClient jdbc;

    AssessmentRetentionQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per person: the latest day an assessment started, was completed or (UK day) authorised. */
    public Map<UUID, LocalDate> lastActivity() {
        return ModuleRetention.lastActivity(jdbc.sql("""
                select person_id,
                  max(greatest(started_on, completed_on, (authorised_at at time zone 'Europe/London')::date)) as last_day,
                  bool_or(completed_on is null) as ongoing
                from assessment.assessment
                group by person_id"""));
    }

    /**
     * Removes the free text from the person's assessments: the notes and the details of their history lines go, the decision
     * in question and the best interests decision become "Anonymised". Types, methods, dates, workers, the answers to each
     * outcome, the capacity test, the eligibility determination and its reasons (worded from the answers, naming nobody)
     * and the authorisation are kept.
     */
    public void anonymise(UUID personId) {
        jdbc.sql("""
                update assessment.assessment set notes = null,
                  decision_in_question = case when decision_in_question is not null then 'Anonymised' end,
                  best_interests_decision = case when best_interests_decision is not null then 'Anonymised' end
                where person_id = :person""").param("person", personId).update();
        jdbc.sql("update assessment.assessment_history set detail = null where detail is not null and assessment_id in " + ASSESSMENTS)
                .param("person", personId).update();
    }

    /** Deletes the person's assessments with their outcome answers, history lines and what their death ended (ADR 29: no foreign key). */
    public void delete(UUID personId) {
        jdbc.sql("delete from assessment.ended_at_death where person_id = :person").param("person", personId).update();
        jdbc.sql("delete from assessment.outcome_answer where assessment_id in " + ASSESSMENTS).param("person", personId).update();
        jdbc.sql("delete from assessment.assessment_history where assessment_id in " + ASSESSMENTS).param("person", personId).update();
        jdbc.sql("delete from assessment.assessment where person_id = :person").param("person", personId).update();
    }
}
