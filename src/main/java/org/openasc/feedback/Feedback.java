package org.openasc.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.platform.web.FieldChecks;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.calendar.WorkingDayCalendar;
import org.openasc.platform.codelist.CodeLists;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.calendar.Today;

/**
 * The other feedback the annual report counts: compliments (only for service above and beyond, which the
 * recorder confirms), comments, MP and councillor enquiries (answered within 5 working days), Ombudsman
 * contacts with their outcome and remedy, FOI requests (20 working days, exemptions), and lessons learnt.
 */
@Service
public class Feedback {

    /** An item as recorded, with its clock where it has one. */
    public record ItemView(UUID id, long itemNumber, String kind, LocalDate receivedOn, String serviceArea, String summary, String memberType,
                           String memberName, String category, LocalDate dueOn, LocalDate respondedOn, Boolean withinTimescale, String caseReference,
                           UUID complaintId, String ombudsmanOutcome, String remedy, LocalDate complianceDueOn, List<String> exemptions) {
    }

    static final Set<String> OMBUDSMAN_OUTCOMES = Set.of("PREMATURE", "OUTSIDE_JURISDICTION", "NOT_UPHELD", "FAULT_NO_INJUSTICE", "FAULT_INJUSTICE");

    private final JdbcClient jdbc;
    private final CodeLists codes;
    private final AuditTrail audit;
    private final FeedbackClocks clocks;
    private final Complaints complaints;
    private final Clock clock;

    Feedback(JdbcClient jdbc, CodeLists codes, AuditTrail audit, WorkingDayCalendar calendar, Complaints complaints, Clock clock) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.audit = audit;
        this.clocks = new FeedbackClocks(calendar);
        this.complaints = complaints;
        this.clock = clock;
    }

    @PreAuthorize(Complaints.WORK)
    @Transactional
    public ItemView compliment(FeedbackCommands.NewCompliment c) {
        List<FieldProblem> problems = common(c.receivedOn(), c.serviceArea(), c.summary());
        if (!Boolean.TRUE.equals(c.aboveAndBeyond())) {
            problems.add(new FieldProblem("aboveAndBeyond", "A compliment is recorded for service above and beyond: confirm it was, or record a comment"));
        }
        check(problems);
        return insert("COMPLIMENT", c.receivedOn(), c.serviceArea(), c.summary(), Map.of("above_and_beyond", true));
    }

    @PreAuthorize(Complaints.WORK)
    @Transactional
    public ItemView comment(FeedbackCommands.NewComment c) {
        check(common(c.receivedOn(), c.serviceArea(), c.summary()));
        return insert("COMMENT", c.receivedOn(), c.serviceArea(), c.summary(), Map.of());
    }

    @PreAuthorize(Complaints.WORK)
    @Transactional
    public ItemView memberEnquiry(FeedbackCommands.NewMemberEnquiry m) {
        List<FieldProblem> problems = common(m.receivedOn(), m.serviceArea(), m.summary());
        if (!"MP".equals(m.memberType()) && !"COUNCILLOR".equals(m.memberType())) {
            problems.add(new FieldProblem("memberType", "Select MP or councillor"));
        }
        text(m.memberName(), "memberName", "the member's name", 200, true, problems);
        if (m.category() == null || !codes.isValid("member-enquiry-category", m.category())) {
            problems.add(new FieldProblem("category", "Select the category: background information, reasons for decision, request for service or review of outcome"));
        }
        responded(m.respondedOn(), m.receivedOn(), problems);
        check(problems);
        return insert("MEMBER_ENQUIRY", m.receivedOn(), m.serviceArea(), m.summary(), map("member_type", m.memberType(), "member_name", m.memberName().strip(),
                "category", m.category(), "due_on", clocks.memberEnquiryDue(m.receivedOn()), "responded_on", m.respondedOn()));
    }

    @PreAuthorize(Complaints.WORK)
    @Transactional
    public ItemView ombudsmanContact(FeedbackCommands.NewOmbudsmanContact o) {
        List<FieldProblem> problems = common(o.receivedOn(), o.serviceArea(), o.summary());
        text(o.caseReference(), "caseReference", "the Ombudsman's case reference", 100, true, problems);
        if (o.complaintId() != null) {
            try {
                complaints.rowForLesson(o.complaintId());
            } catch (org.openasc.platform.web.NotFound e) {
                problems.add(new FieldProblem("complaintId", "There is no such complaint"));
            }
        }
        if (o.outcome() != null && !OMBUDSMAN_OUTCOMES.contains(o.outcome())) {
            problems.add(new FieldProblem("outcome", "Select the Ombudsman's outcome: premature, outside jurisdiction, not upheld, fault without or with injustice"));
        }
        if ("FAULT_INJUSTICE".equals(o.outcome()) && FieldChecks.trimmed(o.remedy()) == null) {
            problems.add(new FieldProblem("remedy", "Enter the remedy the Ombudsman asked for"));
        }
        text(o.remedy(), "remedy", "the remedy", 4000, false, problems);
        if (o.complianceDueOn() != null && o.receivedOn() != null && o.complianceDueOn().isBefore(o.receivedOn())) {
            problems.add(new FieldProblem("complianceDueOn", "Compliance cannot be due before the contact"));
        }
        check(problems);
        return insert("OMBUDSMAN", o.receivedOn(), o.serviceArea(), o.summary(), map("case_reference", o.caseReference().strip(), "complaint_id", o.complaintId(),
                "ombudsman_outcome", o.outcome(), "remedy", FieldChecks.trimmed(o.remedy()), "compliance_due_on", o.complianceDueOn()));
    }

    @PreAuthorize(Complaints.WORK)
    @Transactional
    public ItemView foiRequest(FeedbackCommands.NewFoiRequest f) {
        List<FieldProblem> problems = common(f.receivedOn(), f.serviceArea(), f.summary());
        responded(f.respondedOn(), f.receivedOn(), problems);
        List<String> exemptions = f.exemptions() == null ? List.of() : f.exemptions();
        if (exemptions.stream().anyMatch(e -> !codes.isValid("foi-exemption", e))) {
            problems.add(new FieldProblem("exemptions", "Choose exemptions from the Act's list"));
        }
        check(problems);
        ItemView item = insert("FOI", f.receivedOn(), f.serviceArea(), f.summary(), map("due_on", clocks.foiDue(f.receivedOn()), "responded_on", f.respondedOn()));
        jdbc.sql("update feedback.item set exemptions = string_to_array(:e, '|') where id = :id").param("e", String.join("|", exemptions))
                .param("id", item.id()).update();
        return find(item.id());
    }

    @PreAuthorize(Complaints.WORK)
    @Transactional
    public void lesson(FeedbackCommands.NewLesson l) {
        List<FieldProblem> problems = new ArrayList<>();
        if ((l.complaintId() == null) == (l.itemId() == null)) {
            problems.add(new FieldProblem("complaintId", "A lesson comes from one complaint or one compliment"));
        } else if (l.complaintId() != null) {
            complaints.rowForLesson(l.complaintId());
        } else if (!"COMPLIMENT".equals(jdbc.sql("select kind from feedback.item where id = :id").param("id", l.itemId()).query(String.class).optional().orElse(null))) {
            problems.add(new FieldProblem("itemId", "That is not a compliment on the record"));
        }
        text(l.lesson(), "lesson", "the lesson learnt", 4000, true, problems);
        text(l.action(), "action", "the action", 4000, true, problems);
        text(l.owner(), "owner", "who owns the action", 200, true, problems);
        if (l.dueOn() == null) {
            problems.add(new FieldProblem("dueOn", "Enter when the action is due"));
        }
        check(problems);
        jdbc.sql("""
                insert into feedback.lesson (id, complaint_id, item_id, lesson, action, owner, due_on, recorded_by)
                values (:id, :c, :i, :lesson, :action, :owner, :due, :by)""")
                .param("id", UUID.randomUUID()).param("c", l.complaintId()).param("i", l.itemId()).param("lesson", l.lesson().strip())
                .param("action", l.action().strip()).param("owner", l.owner().strip()).param("due", l.dueOn()).param("by", CurrentStaff.username()).update();
        audit.record(CurrentStaff.username(), Action.CREATED, "lesson", null, null, "Lesson learnt");
    }

    /** A lesson learnt in the register, with where it came from. */
    public record LessonView(UUID id, String source, String lesson, String action, String owner, LocalDate dueOn, LocalDate doneOn, boolean overdue) {
    }

    /** The register of lessons learnt: open ones first, soonest due. */
    @PreAuthorize(AnnualReports.READ)
    public List<LessonView> lessons() {
        LocalDate today = Today.on(clock);
        return jdbc.sql("""
                select l.id, coalesce('Complaint ' || c.complaint_number, 'Compliment ' || i.item_number) as source, l.lesson, l.action, l.owner,
                  l.due_on, l.done_on
                from feedback.lesson l left join feedback.complaint c on c.id = l.complaint_id left join feedback.item i on i.id = l.item_id
                order by l.done_on is not null, l.due_on limit 2000""")
                .query((rs, n) -> {
                    LocalDate due = rs.getObject("due_on", LocalDate.class);
                    LocalDate done = rs.getObject("done_on", LocalDate.class);
                    return new LessonView(rs.getObject("id", UUID.class), rs.getString("source"), rs.getString("lesson"), rs.getString("action"),
                            rs.getString("owner"), due, done, done == null && due.isBefore(today));
                }).list();
    }

    @PreAuthorize(Complaints.WORK)
    @Transactional
    public void lessonDone(UUID id) {
        LocalDate today = Today.on(clock);
        if (jdbc.sql("update feedback.lesson set done_on = :on where id = :id and done_on is null").param("on", today).param("id", id).update() != 1) {
            throw new InvalidInput("lesson", "That lesson's action is already done, or there is no such lesson");
        }
        audit.record(CurrentStaff.username(), Action.CHANGED, "lesson", id.toString(), null, "Action done " + today);
    }

    /** Member enquiries and FOI requests not yet answered, soonest due first (the workbench), in one query. */
    @PreAuthorize(Complaints.WORK)
    public List<ItemView> awaitingResponse() {
        return jdbc.sql(ITEM + " where due_on is not null and responded_on is null order by due_on, item_number").query(Feedback::item).list();
    }

    private ItemView insert(String kind, LocalDate received, String area, String summary, Map<String, Object> extra) {
        UUID id = UUID.randomUUID();
        StringBuilder columns = new StringBuilder("id, kind, received_on, service_area, summary, created_by");
        StringBuilder values = new StringBuilder(":id, :kind, :on, :area, :summary, :by");
        extra.keySet().forEach(c -> {
            columns.append(", ").append(c);
            values.append(", :").append(c);
        });
        jdbc.sql("insert into feedback.item (" + columns + ") values (" + values + ")").params(extra)
                .param("id", id).param("kind", kind).param("on", received).param("area", area).param("summary", summary.strip())
                .param("by", CurrentStaff.username()).update();
        audit.record(CurrentStaff.username(), Action.CREATED, "feedback-item", id.toString(), null, kind + ", " + area);
        return find(id);
    }

    private static final String ITEM = """
            select id, item_number, kind, received_on, service_area, summary, member_type, member_name, category, due_on, responded_on,
              case_reference, complaint_id, ombudsman_outcome, remedy, compliance_due_on, exemptions from feedback.item""";

    private ItemView find(UUID id) {
        return jdbc.sql(ITEM + " where id = :id").param("id", id).query(Feedback::item).single();
    }

    private static ItemView item(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        LocalDate responded = rs.getObject("responded_on", LocalDate.class);
        return new ItemView(rs.getObject("id", UUID.class), rs.getLong("item_number"), rs.getString("kind"), rs.getObject("received_on", LocalDate.class),
                rs.getString("service_area"), rs.getString("summary"), rs.getString("member_type"), rs.getString("member_name"),
                rs.getString("category"), due, responded, due == null || responded == null ? null : !responded.isAfter(due),
                rs.getString("case_reference"), rs.getObject("complaint_id", UUID.class), rs.getString("ombudsman_outcome"),
                rs.getString("remedy"), rs.getObject("compliance_due_on", LocalDate.class), List.of((String[]) rs.getArray("exemptions").getArray()));
    }

    private List<FieldProblem> common(LocalDate received, String area, String summary) {
        List<FieldProblem> problems = new ArrayList<>();
        if (received == null) {
            problems.add(new FieldProblem("receivedOn", "Enter the date it was received"));
        } else if (received.isAfter(Today.on(clock))) {
            problems.add(new FieldProblem("receivedOn", "The date it was received must be today or in the past"));
        }
        if (area == null || !codes.isValid("feedback-service-area", area)) {
            problems.add(new FieldProblem("serviceArea", "Select the service area from the list"));
        }
        text(summary, "summary", "what it says", 8000, true, problems);
        return problems;
    }

    private static void responded(LocalDate responded, LocalDate received, List<FieldProblem> problems) {
        if (responded != null && received != null && responded.isBefore(received)) {
            problems.add(new FieldProblem("respondedOn", "The response cannot come before it was received (" + received + ")"));
        }
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    static void text(String value, String field, String what, int max, boolean required, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "Enter " + what));
            }
        } else if (value.length() > max) {
            problems.add(new FieldProblem(field, Character.toUpperCase(what.charAt(0)) + what.substring(1) + " must be " + max + " characters or fewer"));
        }
    }


    static void check(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
