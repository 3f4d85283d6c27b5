package org.openasc.assessment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.openasc.assessment.AssessmentView;
import org.openasc.platform.database.RowsByParent;

/** Assessments and their answers. */
@Repository
public class AssessmentStore {

    /** An assessment as stored. */
    public record Row(UUID id, long assessmentNumber, UUID personId, UUID requestId, String assessmentType, String method,
                      LocalDate startedOn, LocalDate completedOn, String worker, Boolean eligible, String eligibilityReasons,
                      String eligibleNeedsIdentified, Boolean carerNeedsFromCaring, Boolean carerHealthAtRisk,
                      Boolean carerSignificantImpact, String decisionInQuestion, Boolean impairmentOfMind, Boolean unableToUnderstand,
                      Boolean unableToRetain, Boolean unableToWeigh, Boolean unableToCommunicate, Boolean causedByImpairment,
                      Boolean lacksCapacity, String bestInterestsDecision, String notes, String authorisedBy, Instant authorisedAt,
                      int version, Instant createdAt, String createdBy) {
    }

    /** An outcome answer as stored. */
    public record AnswerRow(String outcome, boolean unable, Boolean arisesFromImpairment, Boolean significantImpact) {
    }

    /** An assessment as a list of them shows it. */
    public record Listed(UUID id, long assessmentNumber, UUID personId, String assessmentType, LocalDate startedOn, LocalDate completedOn,
                         String worker) {
    }

    private static final String LISTED = "select id, assessment_number, person_id, assessment_type, started_on, completed_on, worker";

    /** The CLD outcome of an assessment ended because the person died: nothing was determined, so nothing awaits authorisation. */
    public static final String DECEASED = "NFA: Deceased";

    /** Started and not completed, by the worker. */
    private static final String IN_PROGRESS = "from assessment.assessment where worker = :worker and completed_on is null";

    /**
     * Completed determinations of the given types not yet authorised, carried out by the given workers; never one the
     * caller carried out or started, which another manager must authorise.
     */
    private static final String AWAITING_AUTHORISATION = """
            from assessment.assessment where completed_on is not null and authorised_by is null and assessment_type in (:types)
              and worker in (:workers) and worker <> :caller and created_by <> :caller
              and outcome is distinct from 'NFA: Deceased'""";

    private final JdbcClient jdbc;

    AssessmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(UUID id, UUID personId, UUID requestId, String type, String method, LocalDate startedOn, String worker, String by) {
        return jdbc.sql("""
                insert into assessment.assessment (id, person_id, request_id, assessment_type, method, started_on, worker, created_by)
                values (:id, :person, :request, :type, :method, :started, :worker, :by) returning assessment_number""")
                .param("id", id).param("person", personId).param("request", requestId).param("type", type).param("method", method)
                .param("started", startedOn).param("worker", worker).param("by", by).query(Long.class).single();
    }

    private static final String ROW = """
                select id, assessment_number, person_id, request_id, assessment_type, method, started_on, completed_on, worker, eligible,
                  eligibility_reasons, eligible_needs_identified, carer_needs_from_caring, carer_health_at_risk, carer_significant_impact,
                  decision_in_question, impairment_of_mind, unable_to_understand, unable_to_retain, unable_to_weigh, unable_to_communicate,
                  caused_by_impairment, lacks_capacity, best_interests_decision, notes, authorised_by, authorised_at, version,
                  created_at, created_by
                from assessment.assessment""";

    public Optional<Row> find(UUID id) {
        return jdbc.sql(ROW + " where id = :id").param("id", id).query(Row.class).optional();
    }

    /** The person's assessments, the latest started first. */
    public List<Row> ofPerson(UUID personId) {
        return jdbc.sql(ROW + " where person_id = :p order by started_on desc, assessment_number desc").param("p", personId).query(Row.class).list();
    }

    public List<UUID> of(UUID personId) {
        return jdbc.sql("select id from assessment.assessment where person_id = :p order by started_on desc, assessment_number desc")
                .param("p", personId).query(UUID.class).list();
    }

    /** The worker's assessments in progress, the longest running first. */
    public List<Listed> inProgress(String worker, int limit, long offset) {
        return jdbc.sql(LISTED + " " + IN_PROGRESS + " order by started_on, assessment_number limit :limit offset :offset")
                .param("worker", worker).param("limit", limit).param("offset", offset).query(Listed.class).list();
    }

    public long countInProgress(String worker) {
        return jdbc.sql("select count(*) " + IN_PROGRESS).param("worker", worker).query(Long.class).single();
    }

    /** Determinations awaiting a manager's authorisation, the longest waiting first. */
    public List<Listed> awaitingAuthorisation(java.util.Collection<String> types, java.util.Collection<String> workers, String caller, int limit,
                                              long offset) {
        if (types.isEmpty() || workers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(LISTED + " " + AWAITING_AUTHORISATION + " order by completed_on, assessment_number limit :limit offset :offset")
                .param("types", types).param("workers", workers).param("caller", caller).param("limit", limit).param("offset", offset)
                .query(Listed.class).list();
    }

    public long countAwaitingAuthorisation(java.util.Collection<String> types, java.util.Collection<String> workers, String caller) {
        if (types.isEmpty() || workers.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) " + AWAITING_AUTHORISATION).param("types", types).param("workers", workers).param("caller", caller)
                .query(Long.class).single();
    }

    public List<AnswerRow> answers(UUID id) {
        return answers(List.of(id)).getOrDefault(id, List.of());
    }

    /** The answers of a list's assessments, in one query. */
    public Map<UUID, List<AnswerRow>> answers(Collection<UUID> ids) {
        return RowsByParent.of(jdbc, "select assessment_id, outcome, unable, arises_from_impairment, significant_impact from assessment.outcome_answer"
                + " where assessment_id in (:ids)", "assessment_id", ids, AnswerRow.class);
    }

    public void saveAnswers(UUID id, Map<String, Eligibility.Answer> answers) {
        answers.forEach((outcome, a) -> jdbc.sql("""
                insert into assessment.outcome_answer (assessment_id, outcome, unable, arises_from_impairment, significant_impact)
                values (:id, :outcome, :unable, :arises, :impact)
                on conflict (assessment_id, outcome) do update set unable = excluded.unable,
                  arises_from_impairment = excluded.arises_from_impairment, significant_impact = excluded.significant_impact""")
                .param("id", id).param("outcome", outcome).param("unable", a.unable()).param("arises", a.arisesFromImpairment())
                .param("impact", a.significantImpact()).update());
    }

    /** Writes everything that is not an outcome answer, with the determination computed from all the answers. */
    public void saveRest(Row r) {
        jdbc.sql("""
                update assessment.assessment set method = :method, eligible = :eligible, eligibility_reasons = :reasons,
                  carer_needs_from_caring = :needsFromCaring, carer_health_at_risk = :healthAtRisk, carer_significant_impact = :carerImpact,
                  decision_in_question = :decision, impairment_of_mind = :impairment, unable_to_understand = :understand,
                  unable_to_retain = :retain, unable_to_weigh = :weigh, unable_to_communicate = :communicate,
                  caused_by_impairment = :caused, lacks_capacity = :lacks, best_interests_decision = :bestInterests, notes = :notes
                where id = :id""")
                .param("id", r.id()).param("method", r.method()).param("eligible", r.eligible()).param("reasons", r.eligibilityReasons())
                .param("needsFromCaring", r.carerNeedsFromCaring()).param("healthAtRisk", r.carerHealthAtRisk())
                .param("carerImpact", r.carerSignificantImpact()).param("decision", r.decisionInQuestion())
                .param("impairment", r.impairmentOfMind()).param("understand", r.unableToUnderstand()).param("retain", r.unableToRetain())
                .param("weigh", r.unableToWeigh()).param("communicate", r.unableToCommunicate()).param("caused", r.causedByImpairment())
                .param("lacks", r.lacksCapacity()).param("bestInterests", r.bestInterestsDecision()).param("notes", r.notes())
                .update();
    }

    public void complete(UUID id, LocalDate completedOn, String eligibleNeedsIdentified, String outcome) {
        jdbc.sql("update assessment.assessment set completed_on = :on, eligible_needs_identified = :eni, outcome = :outcome where id = :id")
                .param("id", id).param("on", completedOn).param("eni", eligibleNeedsIdentified).param("outcome", outcome).update();
    }

    public void authorise(UUID id, String by) {
        jdbc.sql("update assessment.assessment set authorised_by = :by, authorised_at = now() where id = :id").param("id", id).param("by", by).update();
    }

    public void history(UUID id, String actor, String what, String detail) {
        jdbc.sql("insert into assessment.assessment_history (assessment_id, actor, what, detail) values (:id, :actor, :what, :detail)")
                .param("id", id).param("actor", actor).param("what", what).param("detail", detail).update();
    }

    public List<AssessmentView.HistoryLine> historyOf(UUID id) {
        return historyOf(List.of(id)).getOrDefault(id, List.of());
    }

    /** The histories of a list's assessments, each newest first, in one query. */
    public Map<UUID, List<AssessmentView.HistoryLine>> historyOf(Collection<UUID> ids) {
        return RowsByParent.of(jdbc, "select assessment_id, occurred_at, actor, what, detail from assessment.assessment_history where assessment_id in (:ids)"
                + " order by id desc", "assessment_id", ids, AssessmentView.HistoryLine.class);
    }
}
