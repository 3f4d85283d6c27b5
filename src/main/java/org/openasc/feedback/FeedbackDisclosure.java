package org.openasc.feedback;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.openasc.platform.web.Labelled;
import org.openasc.feedback.domain.FeedbackDisclosureQuery;
import org.openasc.feedback.domain.FeedbackDisclosureQuery.ComplaintRow;
import org.openasc.feedback.domain.FeedbackDisclosureQuery.ItemRow;
import org.openasc.feedback.domain.FeedbackDisclosureQuery.LessonRow;
import org.openasc.platform.records.Disclosed;
import org.openasc.platform.records.ModuleDisclosure;
import org.openasc.platform.staff.StaffDirectory;

/**
 * Customer feedback's part of a subject access request: every complaint about the person or made by them (saying which), every
 * compliment, comment, enquiry, Ombudsman contact or FOI request linked to them, and the lessons learnt from them, though day to
 * day most of it is seen only by customer relations.
 */
@Component
class FeedbackDisclosure extends ModuleDisclosure<FeedbackDisclosureQuery> {

    private static final Map<String, String> KINDS = Map.of("COMPLIMENT", "Compliment", "COMMENT", "Comment", "OMBUDSMAN", "Ombudsman contact",
            "FOI", "Freedom of Information request");

    FeedbackDisclosure(FeedbackDisclosureQuery query, StaffDirectory staff) {
        super(query, staff);
    }

    @Override
    protected void collect(UUID personId, Sections sections) {
        List<ComplaintRow> complaints = query.complaints(personId);
        List<ItemRow> items = query.items(personId);
        if (complaints.isEmpty() && items.isEmpty()) {
            return;
        }
        List<LessonRow> lessons = query.lessons(personId);
        Map<UUID, List<LessonRow>> byComplaint = lessons.stream().filter(l -> l.complaintId() != null)
                .collect(Collectors.groupingBy(LessonRow::complaintId));
        Map<UUID, List<LessonRow>> byItem = lessons.stream().filter(l -> l.itemId() != null).collect(Collectors.groupingBy(LessonRow::itemId));
        Map<Long, String> teams = complaints.stream().map(ComplaintRow::teamId).anyMatch(Objects::nonNull) ? teamNames() : Map.of();
        sections.add("Complaints", complaints, c -> complaint(c, teams, byComplaint.getOrDefault(c.id(), List.of())))
                .add("Compliments and other feedback", items, i -> item(i, byItem.getOrDefault(i.id(), List.of())));
    }

    private static Item complaint(ComplaintRow c, Map<Long, String> teams, List<LessonRow> lessons) {
        Disclosed record = new Disclosed()
                .field("How the person is involved", c.aboutPerson() && c.byPerson() ? "They made the complaint, about themselves"
                        : c.byPerson() ? "They made the complaint" : "The complaint is about them")
                .field("Received", c.receivedOn())
                .field("How it was received", c.howReceived())
                .field("Made by a representative", c.representative())
                .field("Consent to the representative recorded", c.representative() ? c.consentRecorded() : null)
                .field("Service area", c.serviceArea())
                .field("Team concerned", c.teamId() == null ? null : teams.get(c.teamId()))
                .field("Theme", c.theme())
                .field("Acknowledgement due", c.acknowledgementDueOn())
                .field("Acknowledged", c.acknowledgedOn())
                .field("Response due", c.responseDueOn())
                .field("Longer response period agreed, to", c.agreedResponseDueOn())
                .field("Complainant told of the longer period", c.complainantToldOn())
                .field("Responded", c.respondedOn())
                .field("Outcome", Labelled.labelOf(ComplaintOutcome.class, c.outcome()))
                .field("Withdrawn", c.withdrawnOn())
                .field("Passed to safeguarding", c.passedToSafeguardingOn())
                .passage("Complainant", c.complainant())
                .passage("What the complaint says", c.elements())
                .passage("Investigating officer", c.investigatingOfficer())
                .passage("Why more time was needed", c.extensionReason())
                .passage("Response signed by", c.signedBy())
                .passage("Why it was withdrawn", c.withdrawnReason());
        return withLessons(record, lessons).item("Complaint " + c.complaintNumber(), c.receivedOn());
    }

    private static Item item(ItemRow i, List<LessonRow> lessons) {
        String kind = "MEMBER_ENQUIRY".equals(i.kind()) ? ("MP".equals(i.memberType()) ? "MP enquiry" : "Councillor enquiry") : KINDS.get(i.kind());
        Disclosed record = new Disclosed()
                .field("Kind of feedback", kind)
                .field("Received", i.receivedOn())
                .field("Service area", i.serviceArea())
                .field("Went above and beyond", i.aboveAndBeyond())
                .field("Category", i.category())
                .field("Response due", i.dueOn())
                .field("Responded", i.respondedOn())
                .field("Ombudsman's case reference", i.caseReference())
                .field("Complaint it concerns", i.complaintNumber() == null ? null : "Complaint " + i.complaintNumber())
                .field("Ombudsman's outcome", Labelled.labelOf(OmbudsmanOutcome.class, i.ombudsmanOutcome()))
                .field("Compliance with the Ombudsman's remedy due", i.complianceDueOn())
                .field("Exemptions applied", i.exemptions())
                .passage("What it says", i.summary())
                .passage("Member's name", i.memberName())
                .passage("Remedy the Ombudsman asked for", i.remedy());
        return withLessons(record, lessons).item(kind + " " + i.itemNumber(), i.receivedOn());
    }

    /** The lessons learnt from a complaint or item, each with its action, owner and dates; their words may name people, so they are passages. */
    private static Disclosed withLessons(Disclosed record, List<LessonRow> lessons) {
        for (int n = 1; n <= lessons.size(); n++) {
            LessonRow l = lessons.get(n - 1);
            record.passage("Lesson " + n, l.lesson()).passage("Action for lesson " + n, l.action()).passage("Owner of lesson " + n, l.owner())
                    .field("Lesson " + n + " action due", l.dueOn()).field("Lesson " + n + " action done", l.doneOn());
        }
        return record;
    }
}
