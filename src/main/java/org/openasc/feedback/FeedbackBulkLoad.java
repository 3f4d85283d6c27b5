package org.openasc.feedback;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.platform.calendar.WorkingDayCalendar;
import org.openasc.platform.security.WithoutStaffCheck;

/** Loads feedback history in batches for the demo and benchmark councils, with due dates from the same {@link FeedbackClocks}. */
@Service
@WithoutStaffCheck("loads synthetic and benchmark records in bulk for the demo council and bench commands, with nobody signed in")
public class FeedbackBulkLoad {

    private static final int BATCH = 5000;

    private final JdbcTemplate jdbc;
    private final FeedbackClocks clocks;

    FeedbackBulkLoad(JdbcTemplate jdbc, WorkingDayCalendar calendar) {
        this.jdbc = jdbc;
        this.clocks = new FeedbackClocks(calendar);
    }

    @Transactional
    public void load(List<HistoricFeedback.Complaint> complaints, List<HistoricFeedback.Item> items, String by) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> lessons = new ArrayList<>();
        for (HistoricFeedback.Complaint c : complaints) {
            UUID id = UUID.randomUUID();
            rows.add(new Object[] {id, date(c.receivedOn()), c.howReceived(), c.complainant(), c.serviceArea(), c.theme(), c.elements(), c.officer(),
                    date(clocks.acknowledgementDue(c.receivedOn())), date(c.acknowledgedOn()), date(clocks.responseDue(c.receivedOn())),
                    date(c.agreedResponseDue()), c.extensionReason(), date(c.respondedOn()), c.outcome(), c.respondedOn() == null ? null : "Director of Adult Services",
                    date(c.withdrawnOn()), by});
            if (c.lesson() != null) {
                lessons.add(new Object[] {UUID.randomUUID(), id, c.lesson(), "Shared with teams at the monthly practice forum", "Head of service",
                        date(c.respondedOn().plusMonths(1)), by});
            }
        }
        batch("""
                insert into feedback.complaint (id, received_on, how_received, complainant, service_area, theme, elements, investigating_officer,
                  acknowledgement_due_on, acknowledged_on, response_due_on, agreed_response_due_on, extension_reason, responded_on, outcome, signed_by,
                  withdrawn_on, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        batch("insert into feedback.lesson (id, complaint_id, lesson, action, owner, due_on, recorded_by) values (?, ?, ?, ?, ?, ?, ?)", lessons);
        List<Object[]> itemRows = new ArrayList<>();
        for (HistoricFeedback.Item i : items) {
            java.time.LocalDate due = switch (i.kind()) {
                case "MEMBER_ENQUIRY" -> clocks.memberEnquiryDue(i.receivedOn());
                case "FOI" -> clocks.foiDue(i.receivedOn());
                default -> null;
            };
            itemRows.add(new Object[] {UUID.randomUUID(), i.kind(), date(i.receivedOn()), i.serviceArea(), i.summary(),
                    "COMPLIMENT".equals(i.kind()) ? Boolean.TRUE : null, i.memberType(), "MEMBER_ENQUIRY".equals(i.kind()) ? "Member of the council or Parliament" : null,
                    i.category(), date(due), date(i.respondedOn()), "OMBUDSMAN".equals(i.kind()) ? "LGSCO " + Math.abs(i.hashCode() % 100000) : null,
                    i.ombudsmanOutcome(), String.join("|", i.exemptions() == null ? List.of() : i.exemptions()), by});
        }
        batch("""
                insert into feedback.item (id, kind, received_on, service_area, summary, above_and_beyond, member_type, member_name, category, due_on,
                  responded_on, case_reference, ombudsman_outcome, exemptions, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(string_to_array(nullif(?, ''), '|'), '{}'), ?)""", itemRows);
        jdbc.execute("analyze feedback.complaint, feedback.item, feedback.lesson");
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int i = 0; i < rows.size(); i += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(i, Math.min(i + BATCH, rows.size())));
        }
    }

    private static Date date(java.time.LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
