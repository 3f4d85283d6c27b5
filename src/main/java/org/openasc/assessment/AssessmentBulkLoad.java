package org.openasc.assessment;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.assessment.domain.Eligibility;
import org.openasc.platform.security.WithoutStaffCheck;

/**
 * Loads past needs assessments in batches for the demo and benchmark councils, with the
 * determination computed by the same rule the live service uses.
 */
@Service
@WithoutStaffCheck("loads synthetic and benchmark records in bulk for the demo council and bench commands, with nobody signed in")
public class AssessmentBulkLoad {

    /**
     * A needs assessment that has already happened; {@code completedOn} null while still in progress. The
     * outcomes in {@code unable} were unachievable because of illness with significant impact; the rest achievable.
     */
    public record PastAssessment(UUID id, UUID personId, UUID requestId, String assessmentType, String method, LocalDate startedOn,
                                 LocalDate completedOn, String worker, List<EligibilityOutcome> unable) {
    }

    /** The assessment type whose eligibility follows the carer criteria. */
    public static final String CARER_TYPE = "Unpaid carer assessment";

    private final JdbcTemplate jdbc;

    AssessmentBulkLoad(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Answers for the ten adult outcomes: the named ones unable because of illness with significant impact, the rest able. */
    private static Map<EligibilityOutcome, Eligibility.Answer> answers(List<EligibilityOutcome> outcomes, List<EligibilityOutcome> unable) {
        Map<EligibilityOutcome, Eligibility.Answer> answers = new java.util.EnumMap<>(EligibilityOutcome.class);
        outcomes.forEach(o -> answers.put(o, unable.contains(o) ? new Eligibility.Answer(true, true, true)
                : new Eligibility.Answer(false, null, null)));
        return answers;
    }

    @Transactional
    public void load(List<PastAssessment> assessments, String by) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> answers = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        for (PastAssessment a : assessments) {
            boolean carer = CARER_TYPE.equals(a.assessmentType());
            Map<EligibilityOutcome, Eligibility.Answer> given = answers(carer ? EligibilityOutcome.forCarers() : EligibilityOutcome.forAdults(), a.unable());
            // A carer unable to achieve an outcome is also taken to be at risk and significantly affected: the demo's simplification.
            Boolean affected = carer ? !a.unable().isEmpty() : null;
            Eligibility.Determination d = carer ? Eligibility.carer(given, new Eligibility.CarerAnswers(true, affected, affected)) : Eligibility.adult(given);
            String eni = a.completedOn() == null || d.eligible() == null ? null : d.eligible() ? "Yes" : "No";
            // What followed, as the front door closes the request after it: support planning when eligible, otherwise advice.
            String outcome = eni == null ? null : "Yes".equals(eni) ? "Progress to support planning or services" : "NFA: Information and advice or signposting";
            rows.add(new Object[] {a.id(), a.personId(), a.requestId(), a.assessmentType(), a.method(), Date.valueOf(a.startedOn()),
                    a.completedOn() == null ? null : Date.valueOf(a.completedOn()), a.worker(), d.eligible(), String.join("\n", d.reasons()), eni,
                    carer ? Boolean.TRUE : null, affected, affected, by, outcome});
            given.forEach((o, answer) -> answers.add(new Object[] {a.id(), o.name(), answer.unable(), answer.arisesFromImpairment(),
                    answer.significantImpact()}));
            history.add(new Object[] {a.id(), by, "Started", a.assessmentType() + " on " + a.startedOn() + " by " + a.worker()});
            if (a.completedOn() != null) {
                history.add(new Object[] {a.id(), by, "Completed", a.completedOn() + "; eligible needs identified: " + eni});
            }
        }
        batch("""
                insert into assessment.assessment (id, person_id, request_id, assessment_type, method, started_on, completed_on, worker,
                  eligible, eligibility_reasons, eligible_needs_identified, carer_needs_from_caring, carer_health_at_risk,
                  carer_significant_impact, created_by, outcome) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        batch("""
                insert into assessment.outcome_answer (assessment_id, outcome, unable, arises_from_impairment, significant_impact)
                values (?, ?, ?, ?, ?)""", answers);
        batch("insert into assessment.assessment_history (assessment_id, actor, what, detail) values (?, ?, ?, ?)", history);
        jdbc.execute("analyze assessment.assessment, assessment.outcome_answer");
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int start = 0; start < rows.size(); start += 2000) {
            jdbc.batchUpdate(sql, rows.subList(start, Math.min(start + 2000, rows.size())));
        }
    }
}
