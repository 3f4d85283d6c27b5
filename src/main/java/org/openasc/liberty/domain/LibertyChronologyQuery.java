package org.openasc.liberty.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A person's DoLS applications and Mental Health Act assessments with a dated event in a range of UK days: one query per
 * kind of record, each asked only for the events wanted, so the chronology costs the same however long the history.
 */
@Repository
public class LibertyChronologyQuery {

    public record ApplicationRow(UUID id, long applicationNumber, String managingAuthority, LocalDate receivedOn, boolean urgent,
                                 LocalDate urgentGrantedOn, Integer urgentExtendedDays, LocalDate signedOffOn, String outcome, LocalDate authorisedFrom,
                                 LocalDate authorisedTo, LocalDate ceasedOn) {
    }

    public record MhaRow(UUID id, long assessmentNumber, Instant requestedAt, LocalDate requestedDay, String amhp, Instant assessedAt,
                         LocalDate assessedDay, String outcome, boolean outOfArea) {
    }

    private final JdbcClient jdbc;

    LibertyChronologyQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Applications about the person received, signed off, or whose standard authorisation ends in the range, as asked. */
    public List<ApplicationRow> applications(UUID personId, LocalDate from, LocalDate to, boolean received, boolean decided, boolean ending) {
        return jdbc.sql("""
                select id, application_number, managing_authority, received_on, urgent, urgent_granted_on, urgent_extended_days, signed_off_on,
                  outcome, authorised_from, authorised_to, ceased_on
                from liberty.application
                where person_id = :p
                  and ((cast(:received as boolean) and received_on between :from and :to)
                    or (cast(:decided as boolean) and signed_off_on between :from and :to)
                    or (cast(:ending as boolean) and outcome = 'GRANTED' and coalesce(ceased_on, authorised_to) between :from and :to))""")
                .param("p", personId).param("from", from).param("to", to).param("received", received).param("decided", decided)
                .param("ending", ending).query(ApplicationRow.class).list();
    }

    /** Mental Health Act assessments of the person requested or carried out on a UK day in the range. */
    public List<MhaRow> mhaAssessments(UUID personId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select id, assessment_number, requested_at, (requested_at at time zone 'Europe/London')::date as requested_day, amhp, assessed_at,
                  (assessed_at at time zone 'Europe/London')::date as assessed_day, outcome, out_of_area
                from liberty.mha_assessment
                where person_id = :p
                  and ((requested_at at time zone 'Europe/London')::date between :from and :to
                    or (assessed_at at time zone 'Europe/London')::date between :from and :to)""")
                .param("p", personId).param("from", from).param("to", to).query(MhaRow.class).list();
    }
}
