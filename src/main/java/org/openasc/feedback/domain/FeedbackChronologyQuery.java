package org.openasc.feedback.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Complaints about a person and the feedback items linked to them with a dated event in a range of days: one query per
 * kind of record, each asked only for the events wanted, so the chronology costs the same however long the history.
 */
@Repository
public class FeedbackChronologyQuery {

    /** A complaint with the team concerned, which decides who besides customer relations may see it. */
    public record ComplaintRow(UUID id, long complaintNumber, LocalDate receivedOn, String serviceArea, String theme, Long teamId,
                               LocalDate passedToSafeguardingOn, LocalDate respondedOn, String outcome, LocalDate withdrawnOn) {
    }

    public record ItemRow(UUID id, long itemNumber, String kind, LocalDate receivedOn, String serviceArea, String memberType) {
    }

    private final JdbcClient jdbc;

    FeedbackChronologyQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Complaints about the person received or passed to safeguarding, or answered or withdrawn, in the range, as asked. */
    public List<ComplaintRow> complaints(UUID personId, LocalDate from, LocalDate to, boolean received, boolean closed) {
        return jdbc.sql("""
                select id, complaint_number, received_on, service_area, theme, team_id, passed_to_safeguarding_on, responded_on, outcome, withdrawn_on
                from feedback.complaint
                where person_id = :p
                  and ((cast(:received as boolean) and (received_on between :from and :to or passed_to_safeguarding_on between :from and :to))
                    or (cast(:closed as boolean) and (responded_on between :from and :to or withdrawn_on between :from and :to)))""")
                .param("p", personId).param("from", from).param("to", to).param("received", received).param("closed", closed)
                .query(ComplaintRow.class).list();
    }

    /** Compliments, comments, member enquiries, Ombudsman contacts and FOI requests linked to the person, received in the range. */
    public List<ItemRow> items(UUID personId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select id, item_number, kind, received_on, service_area, member_type from feedback.item
                where person_id = :p and received_on between :from and :to""")
                .param("p", personId).param("from", from).param("to", to).query(ItemRow.class).list();
    }
}
