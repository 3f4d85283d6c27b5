package org.openasc.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.records.ImportedRecords;
import org.openasc.platform.security.Access;

/**
 * Completed assessments brought in from a council's previous system: the determination as the file gives it (eligible
 * needs identified or not), without the answers behind it, which the file does not carry. The same assessment is the
 * person's of the same type started the same day. Runs inside the import's transaction.
 */
@Service
@PreAuthorize(Access.IMPORT_RECORDS)
@Transactional(propagation = Propagation.MANDATORY)
public class AssessmentImport extends ImportedRecords {

    public record Imported(UUID personId, Long number, String assessmentType, String method, LocalDate startedOn, LocalDate completedOn,
                           String eligibleNeedsIdentified, String outcome) {
    }

    AssessmentImport(JdbcClient jdbc, AuditTrail audit) {
        super(jdbc, audit);
    }

    public int[] apply(List<Imported> assessments, String by) {
        int[] counts = apply(assessments, a -> jdbc.sql("""
                        select id from assessment.assessment where person_id = :p and started_on = :on and assessment_type = :type
                        order by assessment_number limit 1""")
                .param("p", a.personId()).param("on", a.startedOn()).param("type", a.assessmentType()).query(UUID.class).optional(),
                (held, a) -> update(held, a, by), a -> create(a, by));
        jdbc.sql("select setval('assessment.assessment_number', greatest((select max(assessment_number) from assessment.assessment), "
                + "(select last_value from assessment.assessment_number)))").query(Long.class).single();
        return counts;
    }

    private int update(UUID held, Imported a, String by) {
        return jdbc.sql("""
                update assessment.assessment set completed_on = :completed, method = :method, eligible = :eligible,
                  eligible_needs_identified = :eni, outcome = :outcome, version = version + 1, changed_at = now(), changed_by = :by
                where id = :id and (completed_on is distinct from :completed or method is distinct from :method
                  or eligible_needs_identified is distinct from :eni or outcome is distinct from :outcome)""")
                .param("id", held).param("completed", a.completedOn()).param("method", a.method()).param("eligible", eligible(a))
                .param("eni", a.eligibleNeedsIdentified()).param("outcome", a.outcome()).param("by", by).update();
    }

    private UUID create(Imported a, String by) {
        UUID id = UUID.randomUUID();
        long number = jdbc.sql("""
                insert into assessment.assessment (id, assessment_number, person_id, assessment_type, method, started_on, completed_on, worker,
                  eligible, eligibility_reasons, eligible_needs_identified, outcome, created_by)
                values (:id, case when cast(:number as bigint) is not null and not exists (select 1 from assessment.assessment where assessment_number = :number)
                              then :number else nextval('assessment.assessment_number') end,
                  :p, :type, :method, :started, :completed, :by, :eligible, 'As recorded in the previous system', :eni, :outcome, :by)
                returning assessment_number""")
                .param("id", id).param("number", a.number()).param("p", a.personId()).param("type", a.assessmentType()).param("method", a.method())
                .param("started", a.startedOn()).param("completed", a.completedOn()).param("eligible", eligible(a))
                .param("eni", a.eligibleNeedsIdentified()).param("outcome", a.outcome()).param("by", by).query(Long.class).single();
        broughtIn(by, Assessments.SUBJECT, id, number);
        return id;
    }

    private static Boolean eligible(Imported a) {
        return a.eligibleNeedsIdentified() == null ? null : "Yes".equals(a.eligibleNeedsIdentified());
    }
}
