package org.openasc.assessment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A person's assessments that started, were completed or were authorised on UK days {@code from} to {@code to}, for their chronology. */
@Repository
public class AssessmentChronologyQuery {

    /**
     * An assessment with the dates of its events (any of which may fall outside the period) and what was decided: eligible
     * needs identified ("Yes" or "No") for needs and carer's assessments, whether the person lacks capacity for a capacity one.
     */
    public record Event(UUID id, long assessmentNumber, String assessmentType, String method, LocalDate startedOn, LocalDate completedOn,
                        String eligibleNeedsIdentified, Boolean eligible, Boolean lacksCapacity, String decisionInQuestion,
                        Instant authorisedAt) {
    }

    private final JdbcClient jdbc;

    AssessmentChronologyQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Started in the period when {@code started}; completed or authorised in it when {@code decided}. */
    public List<Event> events(UUID personId, LocalDate from, LocalDate to, boolean started, boolean decided) {
        return jdbc.sql("""
                select id, assessment_number, assessment_type, method, started_on, completed_on, eligible_needs_identified, eligible,
                  lacks_capacity, left(decision_in_question, 200) as decision_in_question, authorised_at
                from assessment.assessment
                where person_id = :person
                  and ((cast(:started as boolean) and started_on between :from and :to)
                    or (cast(:decided as boolean) and (completed_on between :from and :to
                                      or (authorised_at at time zone 'Europe/London')::date between :from and :to)))""")
                .param("person", personId).param("from", from).param("to", to).param("started", started).param("decided", decided)
                .query(Event.class).list();
    }
}
