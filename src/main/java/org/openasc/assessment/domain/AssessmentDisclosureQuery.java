package org.openasc.assessment.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every assessment of a person and every outcome answered in them, for a subject access request: two queries, oldest first. */
@Repository
public class AssessmentDisclosureQuery {

    /** An outcome answer with the assessment it belongs to. */
    public record Answer(UUID assessmentId, String outcome, boolean unable, Boolean arisesFromImpairment, Boolean significantImpact) {
    }

    private final JdbcClient jdbc;

    AssessmentDisclosureQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AssessmentStore.Row> assessments(UUID personId) {
        return jdbc.sql("""
                select id, assessment_number, person_id, request_id, assessment_type, method, started_on, completed_on, worker, eligible,
                  eligibility_reasons, eligible_needs_identified, carer_needs_from_caring, carer_health_at_risk, carer_significant_impact,
                  decision_in_question, impairment_of_mind, unable_to_understand, unable_to_retain, unable_to_weigh, unable_to_communicate,
                  caused_by_impairment, lacks_capacity, best_interests_decision, notes, authorised_by, authorised_at, version,
                  created_at, created_by
                from assessment.assessment where person_id = :person order by started_on, assessment_number""")
                .param("person", personId).query(AssessmentStore.Row.class).list();
    }

    public List<Answer> answers(UUID personId) {
        return jdbc.sql("""
                select o.assessment_id, o.outcome, o.unable, o.arises_from_impairment, o.significant_impact
                from assessment.outcome_answer o join assessment.assessment a on a.id = o.assessment_id
                where a.person_id = :person""")
                .param("person", personId).query(Answer.class).list();
    }
}
