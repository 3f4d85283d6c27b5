package org.openasc.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.platform.web.Labelled;
import org.openasc.platform.web.FieldChecks;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.calendar.WorkingDayCalendar;
import org.openasc.platform.codelist.CodeLists;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.calendar.Today;

/**
 * The other feedback the annual report counts: compliments (only for service above and beyond, which the
 * recorder confirms), comments, MP and councillor enquiries (answered within 5 working days), Ombudsman
 * contacts with their outcome and remedy, and FOI requests (20 working days, exemptions). Lessons learnt are {@link Lessons}.
 */
@Service
public class Feedback {

    /** An item as recorded, with its clock where it has one. */
    public record ItemView(UUID id, long itemNumber, String kind, LocalDate receivedOn, String serviceArea, String summary, String memberType,
                           String memberName, String category, LocalDate dueOn, LocalDate respondedOn, Boolean withinTimescale, String caseReference,
                           UUID complaintId, String ombudsmanOutcome, String remedy, LocalDate complianceDueOn, List<String> exemptions) {
    }

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
        FieldChecks.refuse(problems);
        return insert(Kind.COMPLIMENT, c.receivedOn(), c.serviceArea(), c.summary(), map(Column.ABOVE_AND_BEYOND, true));
    }

    @PreAuthorize(Complaints.WORK)
    @Transactional
    public ItemView comment(FeedbackCommands.NewComment c) {
        FieldChecks.refuse(common(c.receivedOn(), c.serviceArea(), c.summary()));
        return insert(Kind.COMMENT, c.receivedOn(), c.serviceArea(), c.summary(), map());
    }

    @PreAuthorize(Complaints.WORK)
    @Transactional
    public ItemView memberEnquiry(FeedbackCommands.NewMemberEnquiry m) {
        List<FieldProblem> problems = common(m.receivedOn(), m.serviceArea(), m.summary());
        if (!"MP".equals(m.memberType()) && !"COUNCILLOR".equals(m.memberType())) {
            problems.add(new FieldProblem("memberType", "Select MP or councillor"));
        }
        FieldChecks.text(m.memberName(), "memberName", "the member's name", 200, true, problems);
        if (m.category() == null || !codes.isValid("member-enquiry-category", m.category())) {
            problems.add(new FieldProblem("category", codes.refusal("member-enquiry-category", m.category(), "Select the category: background information, reasons for decision, request for service or review of outcome")));
        }
        responded(m.respondedOn(), m.receivedOn(), problems);
        FieldChecks.refuse(problems);
        return insert(Kind.MEMBER_ENQUIRY, m.receivedOn(), m.serviceArea(), m.summary(), map(Column.MEMBER_TYPE, m.memberType(), Column.MEMBER_NAME,
                m.memberName().strip(), Column.CATEGORY, m.category(), Column.DUE_ON, clocks.memberEnquiryDue(m.receivedOn()), Column.RESPONDED_ON,
                m.respondedOn()));
    }

    @PreAuthorize(Complaints.WORK)
    @Transactional
    public ItemView ombudsmanContact(FeedbackCommands.NewOmbudsmanContact o) {
        List<FieldProblem> problems = common(o.receivedOn(), o.serviceArea(), o.summary());
        FieldChecks.text(o.caseReference(), "caseReference", "the Ombudsman's case reference", 100, true, problems);
        if (o.complaintId() != null) {
            try {
                complaints.rowForLesson(o.complaintId());
            } catch (org.openasc.platform.web.NotFound e) {
                problems.add(new FieldProblem("complaintId", "There is no such complaint"));
            }
        }
        if (o.outcome() != null && Labelled.of(OmbudsmanOutcome.class, o.outcome()) == null) {
            problems.add(new FieldProblem("outcome", "Select the Ombudsman's outcome: premature, outside jurisdiction, not upheld, fault without or with injustice"));
        }
        if (OmbudsmanOutcome.FAULT_INJUSTICE.is(o.outcome()) && FieldChecks.trimmed(o.remedy()) == null) {
            problems.add(new FieldProblem("remedy", "Enter the remedy the Ombudsman asked for"));
        }
        FieldChecks.text(o.remedy(), "remedy", "the remedy", 4000, false, problems);
        if (o.complianceDueOn() != null && o.receivedOn() != null && o.complianceDueOn().isBefore(o.receivedOn())) {
            problems.add(new FieldProblem("complianceDueOn", "Compliance cannot be due before the contact"));
        }
        FieldChecks.refuse(problems);
        return insert(Kind.OMBUDSMAN, o.receivedOn(), o.serviceArea(), o.summary(), map(Column.CASE_REFERENCE, o.caseReference().strip(),
                Column.COMPLAINT_ID, o.complaintId(), Column.OMBUDSMAN_OUTCOME, o.outcome(), Column.REMEDY, FieldChecks.trimmed(o.remedy()),
                Column.COMPLIANCE_DUE_ON, o.complianceDueOn()));
    }

    @PreAuthorize(Complaints.WORK)
    @Transactional
    public ItemView foiRequest(FeedbackCommands.NewFoiRequest f) {
        List<FieldProblem> problems = common(f.receivedOn(), f.serviceArea(), f.summary());
        responded(f.respondedOn(), f.receivedOn(), problems);
        List<String> exemptions = f.exemptions() == null ? List.of() : f.exemptions();
        if (exemptions.stream().anyMatch(e -> !codes.isValid("foi-exemption", e))) {
            problems.add(new FieldProblem("exemptions", codes.withCodes("foi-exemption", "Choose exemptions from the Act's list")));
        }
        FieldChecks.refuse(problems);
        ItemView item = insert(Kind.FOI, f.receivedOn(), f.serviceArea(), f.summary(), map(Column.DUE_ON, clocks.foiDue(f.receivedOn()),
                Column.RESPONDED_ON, f.respondedOn()));
        jdbc.sql("update feedback.item set exemptions = string_to_array(:e, '|') where id = :id").param("e", String.join("|", exemptions))
                .param("id", item.id()).update();
        return find(item.id());
    }

    /** Member enquiries and FOI requests not yet answered, soonest due first (the workbench), in one query. */
    @PreAuthorize(Complaints.WORK)
    public List<ItemView> awaitingResponse() {
        return jdbc.sql(ITEM + " where due_on is not null and responded_on is null order by due_on, item_number").query(Feedback::item).list();
    }

    /** The kinds of item; the name is what the record keeps. */
    enum Kind {
        COMPLIMENT, COMMENT, MEMBER_ENQUIRY, OMBUDSMAN, FOI
    }

    /** The columns an item of one kind fills beyond those every item has. */
    enum Column {
        ABOVE_AND_BEYOND, MEMBER_TYPE, MEMBER_NAME, CATEGORY, DUE_ON, RESPONDED_ON, CASE_REFERENCE, COMPLAINT_ID, OMBUDSMAN_OUTCOME, REMEDY,
        COMPLIANCE_DUE_ON;

        String column() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private ItemView insert(Kind kind, LocalDate received, String area, String summary, Map<Column, Object> extra) {
        UUID id = UUID.randomUUID();
        StringBuilder columns = new StringBuilder("id, kind, received_on, service_area, summary, created_by");
        StringBuilder values = new StringBuilder(":id, :kind, :on, :area, :summary, :by");
        Map<String, Object> params = new java.util.HashMap<>();
        extra.forEach((c, v) -> {
            columns.append(", ").append(c.column());
            values.append(", :").append(c.column());
            params.put(c.column(), v);
        });
        jdbc.sql("insert into feedback.item (" + columns + ") values (" + values + ")").params(params)
                .param("id", id).param("kind", kind.name()).param("on", received).param("area", area).param("summary", summary.strip())
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
            problems.add(new FieldProblem("serviceArea", codes.refusal("feedback-service-area", area, "Select the service area from the list")));
        }
        FieldChecks.text(summary, "summary", "what it says", 8000, true, problems);
        return problems;
    }

    private static void responded(LocalDate responded, LocalDate received, List<FieldProblem> problems) {
        if (responded != null && received != null && responded.isBefore(received)) {
            problems.add(new FieldProblem("respondedOn", "The response cannot come before it was received (" + received + ")"));
        }
    }

    /** Columns and their values, in pairs; a value may be null. */
    private static Map<Column, Object> map(Object... pairs) {
        Map<Column, Object> map = new java.util.EnumMap<>(Column.class);
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((Column) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
