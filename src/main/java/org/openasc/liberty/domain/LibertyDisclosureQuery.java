package org.openasc.liberty.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Everything liberty holds about a person, for a subject access request: one query per kind of record, oldest first, so a
 * bundle costs the same few queries however long the history.
 */
@Repository
public class LibertyDisclosureQuery {

    /** A DoLS application with the name of its Best Interests Assessor. */
    public record ApplicationRow(UUID id, long applicationNumber, String managingAuthority, LocalDate receivedOn, boolean urgent,
                                 LocalDate urgentGrantedOn, Integer urgentExtendedDays, String priority, String priorityReason, String bestInterestsAssessor,
                                 LocalDate signedOffOn, String outcome, String outcomeReason, LocalDate authorisedFrom, LocalDate authorisedTo,
                                 String conditions) {
    }

    public record AssessmentRow(UUID applicationId, String requirement, String status, String assessor, LocalDate assessedOn) {
    }

    /** A Mental Health Act assessment; {@code requestedOn} is the UK day of the request. */
    public record MhaRow(UUID id, long assessmentNumber, Instant requestedAt, LocalDate requestedOn, String amhp, List<String> doctors, Instant assessedAt,
                         String outcome, Instant bedFoundAt, boolean outOfArea, List<String> delays, String delayNotes) {
    }

    private final JdbcClient jdbc;

    LibertyDisclosureQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ApplicationRow> applications(UUID personId) {
        return jdbc.sql("""
                select a.id, a.application_number, a.managing_authority, a.received_on, a.urgent, a.urgent_granted_on, a.urgent_extended_days,
                  a.priority, a.priority_reason, s.name as best_interests_assessor, a.signed_off_on, a.outcome, a.outcome_reason, a.authorised_from,
                  a.authorised_to, a.conditions
                from liberty.application a left join liberty.assessor s on s.id = a.best_interests_assessor
                where a.person_id = :p order by a.received_on, a.application_number""")
                .param("p", personId).query(ApplicationRow.class).list();
    }

    /** The qualifying assessments of all the person's applications. */
    public List<AssessmentRow> assessments(UUID personId) {
        return jdbc.sql("""
                select q.application_id, q.requirement, q.status, s.name as assessor, q.assessed_on
                from liberty.qualifying_assessment q join liberty.application a on a.id = q.application_id
                  left join liberty.assessor s on s.id = q.assessor_id
                where a.person_id = :p""")
                .param("p", personId).query(AssessmentRow.class).list();
    }

    public List<MhaRow> mhaAssessments(UUID personId) {
        return jdbc.sql("""
                select id, assessment_number, requested_at, (requested_at at time zone 'Europe/London')::date as requested_on, amhp, doctors,
                  assessed_at, outcome, bed_found_at, out_of_area, delays, delay_notes
                from liberty.mha_assessment where person_id = :p order by requested_at, assessment_number""")
                .param("p", personId).query(LibertyDisclosureQuery::mha).list();
    }

    private static MhaRow mha(ResultSet rs, int n) throws SQLException {
        return new MhaRow(rs.getObject("id", UUID.class), rs.getLong("assessment_number"), rs.getTimestamp("requested_at").toInstant(),
                rs.getObject("requested_on", LocalDate.class), rs.getString("amhp"), List.of((String[]) rs.getArray("doctors").getArray()),
                instant(rs.getTimestamp("assessed_at")), rs.getString("outcome"), instant(rs.getTimestamp("bed_found_at")), rs.getBoolean("out_of_area"),
                List.of((String[]) rs.getArray("delays").getArray()), rs.getString("delay_notes"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
