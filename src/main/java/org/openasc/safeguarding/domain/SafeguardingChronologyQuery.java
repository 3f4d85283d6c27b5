package org.openasc.safeguarding.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A person's concerns, enquiries and Safeguarding Adults Reviews with a dated event in a range of UK days: one query per
 * kind of record, each asked only for the events wanted, so the chronology costs the same however long the history.
 */
@Repository
public class SafeguardingChronologyQuery {

    /** A concern with who raised it and the team its enquiry went to, which decide who may see it. */
    public record ConcernRow(UUID id, long concernNumber, Instant receivedAt, LocalDate receivedDay, String source, String providerName,
                             LocalDate screenedOn, String decision, String routedTo, String createdBy, Long enquiryTeamId) {
    }

    /** An enquiry with who raised its concern, which with its team decides who may see it. */
    public record EnquiryRow(UUID id, long enquiryNumber, String kind, LocalDate startedOn, String causedTo, LocalDate concludedOn, String conclusion,
                             String riskAssessmentOutcome, String riskResult, Long teamId, String raisedBy) {
    }

    public record ReviewRow(UUID id, long sarNumber, LocalDate referredOn, boolean died, String boardDecision, LocalDate boardDecidedOn,
                            LocalDate commencedOn, LocalDate completedOn) {
    }

    private final JdbcClient jdbc;

    SafeguardingChronologyQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Concerns about the person received (by UK day of receipt) or screened in the range, as asked. */
    public List<ConcernRow> concerns(UUID personId, LocalDate from, LocalDate to, boolean received, boolean screened) {
        return jdbc.sql("""
                select c.id, c.concern_number, c.received_at, (c.received_at at time zone 'Europe/London')::date as received_day, c.source,
                  c.provider_name, c.screened_on, c.decision, c.routed_to, c.created_by, e.team_id as enquiry_team_id
                from safeguarding.concern c left join safeguarding.enquiry e on e.concern_id = c.id
                where c.person_id = :p
                  and ((cast(:received as boolean) and (c.received_at at time zone 'Europe/London')::date between :from and :to)
                    or (cast(:screened as boolean) and c.screened_on between :from and :to))""")
                .param("p", personId).param("from", from).param("to", to).param("received", received).param("screened", screened)
                .query(ConcernRow.class).list();
    }

    /** Enquiries about the person started or concluded in the range, as asked. */
    public List<EnquiryRow> enquiries(UUID personId, LocalDate from, LocalDate to, boolean started, boolean concluded) {
        return jdbc.sql("""
                select e.id, e.enquiry_number, e.kind, e.started_on, e.caused_to, e.concluded_on, e.conclusion, e.risk_assessment_outcome,
                  e.risk_result, e.team_id, c.created_by as raised_by
                from safeguarding.enquiry e join safeguarding.concern c on c.id = e.concern_id
                where e.person_id = :p
                  and ((cast(:started as boolean) and e.started_on between :from and :to)
                    or (cast(:concluded as boolean) and e.concluded_on between :from and :to))""")
                .param("p", personId).param("from", from).param("to", to).param("started", started).param("concluded", concluded)
                .query(EnquiryRow.class).list();
    }

    /** Reviews about the person referred, decided on by the board, commenced or completed in the range. */
    public List<ReviewRow> reviews(UUID personId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select id, sar_number, referred_on, died, board_decision, board_decided_on, commenced_on, completed_on
                from safeguarding.sar
                where person_id = :p
                  and (referred_on between :from and :to or board_decided_on between :from and :to or commenced_on between :from and :to
                    or completed_on between :from and :to)""")
                .param("p", personId).param("from", from).param("to", to).query(ReviewRow.class).list();
    }
}
