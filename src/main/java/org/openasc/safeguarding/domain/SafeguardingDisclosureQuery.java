package org.openasc.safeguarding.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Everything safeguarding holds about a person, for a subject access request: one query per kind of record, oldest first,
 * whoever would see it day to day, so a bundle costs the same few queries however long the history.
 */
@Repository
public class SafeguardingDisclosureQuery {

    /** A concern with its screening and the number of the enquiry it opened, if any. */
    public record ConcernRow(UUID id, long concernNumber, Instant receivedAt, LocalDate receivedOn, String source, String location, String whatHappened,
                             String immediateRisk, String actionTaken, String providerName, LocalDate screenedOn, Boolean needsCareSupport,
                             Boolean experiencingRisk, Boolean unableToProtect, String decision, String decisionReasons, String routedTo,
                             Long routedTeamId, String decidedBy, String createdBy, Long enquiryNumber) {
    }

    /** An enquiry with the number of the concern it came from. */
    public record EnquiryRow(UUID id, long enquiryNumber, long concernNumber, String kind, Long teamId, LocalDate startedOn, LocalDate strategyOn,
                             String strategyAgencies, String causedTo, LocalDate causedDueOn, LocalDate causedResponseOn, String causedResponse,
                             String mspAsked, String mspOutcomes, String mspAchieved, String lackedCapacity, Boolean advocate, String conclusion,
                             String riskAssessmentOutcome, String riskResult, LocalDate concludedOn) {
    }

    public record AllegationRow(UUID enquiryId, String typeOfRisk, String locationOfRisk, String sourceOfRisk) {
    }

    /** A Safeguarding Adults Review, its themes as one line. */
    public record ReviewRow(UUID id, long sarNumber, LocalDate referredOn, String referrer, boolean died, boolean seriousHarm, String reviewGroupAdvice,
                            String boardDecision, LocalDate boardDecidedOn, LocalDate commencedOn, LocalDate completedOn, String themes) {
    }

    public record ActionRow(UUID sarId, String action, String owner, LocalDate dueOn, LocalDate doneOn) {
    }

    private final JdbcClient jdbc;

    SafeguardingDisclosureQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ConcernRow> concerns(UUID personId) {
        return jdbc.sql("""
                select c.id, c.concern_number, c.received_at, c.received_on, c.source, c.location, c.what_happened, c.immediate_risk, c.action_taken,
                  c.provider_name, c.screened_on, c.needs_care_support, c.experiencing_risk, c.unable_to_protect, c.decision, c.decision_reasons,
                  c.routed_to, c.routed_team_id, c.decided_by, c.created_by, e.enquiry_number
                from safeguarding.concern c left join safeguarding.enquiry e on e.concern_id = c.id
                where c.person_id = :p order by c.received_at, c.concern_number""")
                .param("p", personId).query(ConcernRow.class).list();
    }

    public List<EnquiryRow> enquiries(UUID personId) {
        return jdbc.sql("""
                select e.id, e.enquiry_number, c.concern_number, e.kind, e.team_id, e.started_on, e.strategy_on, e.strategy_agencies, e.caused_to,
                  e.caused_due_on, e.caused_response_on, e.caused_response, e.msp_asked, e.msp_outcomes, e.msp_achieved, e.lacked_capacity, e.advocate,
                  e.conclusion, e.risk_assessment_outcome, e.risk_result, e.concluded_on
                from safeguarding.enquiry e join safeguarding.concern c on c.id = e.concern_id
                where e.person_id = :p order by e.started_on, e.enquiry_number""")
                .param("p", personId).query(EnquiryRow.class).list();
    }

    /** The allegations of all the person's enquiries, in the order they were recorded. */
    public List<AllegationRow> allegations(UUID personId) {
        return jdbc.sql("""
                select a.enquiry_id, a.type_of_risk, a.location_of_risk, a.source_of_risk
                from safeguarding.allegation a join safeguarding.enquiry e on e.id = a.enquiry_id
                where e.person_id = :p order by a.id""")
                .param("p", personId).query(AllegationRow.class).list();
    }

    public List<ReviewRow> reviews(UUID personId) {
        return jdbc.sql("""
                select id, sar_number, referred_on, referrer, died, serious_harm, review_group_advice, board_decision, board_decided_on, commenced_on,
                  completed_on, array_to_string(themes, ', ') as themes
                from safeguarding.sar where person_id = :p order by referred_on, sar_number""")
                .param("p", personId).query(ReviewRow.class).list();
    }

    /** The action plans of all the person's reviews, soonest due first. */
    public List<ActionRow> actions(UUID personId) {
        return jdbc.sql("""
                select a.sar_id, a.action, a.owner, a.due_on, a.done_on
                from safeguarding.sar_action a join safeguarding.sar s on s.id = a.sar_id
                where s.person_id = :p order by a.due_on, a.id""")
                .param("p", personId).query(ActionRow.class).list();
    }
}
