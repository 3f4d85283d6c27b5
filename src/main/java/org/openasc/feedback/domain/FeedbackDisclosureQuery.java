package org.openasc.feedback.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Everything customer feedback holds about a person, for a subject access request: complaints about them or made by them,
 * other feedback linked to them and the lessons learnt from both, one query per kind of record, oldest first.
 */
@Repository
public class FeedbackDisclosureQuery {

    /** A complaint, with whether it is about the person and whether they made it (either or both). */
    public record ComplaintRow(UUID id, long complaintNumber, boolean aboutPerson, boolean byPerson, LocalDate receivedOn, String howReceived,
                               String complainant, boolean representative, boolean consentRecorded, String serviceArea, Long teamId, String theme,
                               String elements, String investigatingOfficer, LocalDate acknowledgementDueOn, LocalDate acknowledgedOn,
                               LocalDate responseDueOn, LocalDate agreedResponseDueOn, String extensionReason, LocalDate complainantToldOn,
                               LocalDate respondedOn, String outcome, String signedBy, LocalDate withdrawnOn, String withdrawnReason,
                               LocalDate passedToSafeguardingOn) {
    }

    /** A compliment, comment, member enquiry, Ombudsman contact or FOI request, with the number of the complaint it concerns and its exemptions as one line. */
    public record ItemRow(UUID id, long itemNumber, String kind, LocalDate receivedOn, String serviceArea, String summary, Boolean aboveAndBeyond,
                          String memberType, String memberName, String category, LocalDate dueOn, LocalDate respondedOn, String caseReference,
                          Long complaintNumber, String ombudsmanOutcome, String remedy, LocalDate complianceDueOn, String exemptions) {
    }

    /** A lesson learnt from one of the person's complaints ({@code complaintId}) or feedback items ({@code itemId}). */
    public record LessonRow(UUID complaintId, UUID itemId, String lesson, String action, String owner, LocalDate dueOn, LocalDate doneOn) {
    }

    private final JdbcClient jdbc;

    FeedbackDisclosureQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ComplaintRow> complaints(UUID personId) {
        return jdbc.sql("""
                select id, complaint_number, coalesce(person_id = :p, false) as about_person, coalesce(complainant_person_id = :p, false) as by_person,
                  received_on, how_received, complainant, representative, consent_recorded, service_area, team_id, theme, elements, investigating_officer,
                  acknowledgement_due_on, acknowledged_on, response_due_on, agreed_response_due_on, extension_reason, complainant_told_on, responded_on,
                  outcome, signed_by, withdrawn_on, withdrawn_reason, passed_to_safeguarding_on
                from feedback.complaint
                where person_id = :p or complainant_person_id = :p order by received_on, complaint_number""")
                .param("p", personId).query(ComplaintRow.class).list();
    }

    public List<ItemRow> items(UUID personId) {
        return jdbc.sql("""
                select i.id, i.item_number, i.kind, i.received_on, i.service_area, i.summary, i.above_and_beyond, i.member_type, i.member_name,
                  i.category, i.due_on, i.responded_on, i.case_reference, c.complaint_number, i.ombudsman_outcome, i.remedy, i.compliance_due_on,
                  array_to_string(i.exemptions, '; ') as exemptions
                from feedback.item i left join feedback.complaint c on c.id = i.complaint_id
                where i.person_id = :p order by i.received_on, i.item_number""")
                .param("p", personId).query(ItemRow.class).list();
    }

    /** The lessons learnt from the complaints and feedback items above, in the order they were recorded. */
    public List<LessonRow> lessons(UUID personId) {
        return jdbc.sql("""
                select l.complaint_id, l.item_id, l.lesson, l.action, l.owner, l.due_on, l.done_on
                from feedback.lesson l left join feedback.complaint c on c.id = l.complaint_id left join feedback.item i on i.id = l.item_id
                where c.person_id = :p or c.complainant_person_id = :p or i.person_id = :p
                order by l.recorded_at, l.id""")
                .param("p", personId).query(LessonRow.class).list();
    }
}
