package org.openasc.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;
import org.openasc.platform.web.FieldChecks;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.InvalidInput;

/** The register of lessons learnt from complaints and compliments, each with an action, its owner and when it is due. */
@Service
public class Lessons {

    /** Who may read what lessons say, which can name people: staff who work with people's records, not councillors. */
    public static final String READ_TEXT = "hasAnyRole('CUSTOMER_RELATIONS','TEAM_MANAGER','PERFORMANCE')";
    /** A compliment's lessons have no complaint theme. */
    static final String NO_THEME = "Compliment (no theme)";

    private final JdbcClient jdbc;
    private final Complaints complaints;
    private final AuditTrail audit;
    private final Clock clock;

    Lessons(JdbcClient jdbc, Complaints complaints, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.complaints = complaints;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Complaints.WORK)
    @Transactional
    public void lesson(FeedbackCommands.NewLesson l) {
        List<FieldProblem> problems = new ArrayList<>();
        if ((l.complaintId() == null) == (l.itemId() == null)) {
            problems.add(new FieldProblem("complaintId", "A lesson comes from one complaint or one compliment"));
        } else if (l.complaintId() != null) {
            complaints.rowForLesson(l.complaintId());
        } else if (!Feedback.Kind.COMPLIMENT.name().equals(jdbc.sql("select kind from feedback.item where id = :id").param("id", l.itemId()).query(String.class).optional().orElse(null))) {
            problems.add(new FieldProblem("itemId", "That is not a compliment on the record"));
        }
        FieldChecks.text(l.lesson(), "lesson", "the lesson learnt", 4000, true, problems);
        FieldChecks.text(l.action(), "action", "the action", 4000, true, problems);
        FieldChecks.text(l.owner(), "owner", "who owns the action", 200, true, problems);
        if (l.dueOn() == null) {
            problems.add(new FieldProblem("dueOn", "Enter when the action is due"));
        }
        FieldChecks.refuse(problems);
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

    /** Whether the caller may read what lessons say ({@link #READ_TEXT}); others see {@link #summary} only. */
    public static boolean mayReadText() {
        return CurrentStaff.hasRole(Role.CUSTOMER_RELATIONS) || CurrentStaff.hasRole(Role.TEAM_MANAGER) || CurrentStaff.hasRole(Role.PERFORMANCE);
    }

    /** The register of lessons learnt: open ones first, soonest due. */
    @PreAuthorize(READ_TEXT)
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

    /**
     * The lessons learnt from complaints and compliments received from {@code from} to {@code to} (every one when both are
     * null), counted by theme, service area and month and by the state of their action, without their text.
     */
    @PreAuthorize(AnnualReports.READ)
    public LessonSummary summary(LocalDate from, LocalDate to) {
        Map<String, LessonSummary.Count> themes = new TreeMap<>();
        Map<String, LessonSummary.Count> areas = new TreeMap<>();
        Map<String, LessonSummary.Count> months = new TreeMap<>();
        LessonSummary.Count all = jdbc.sql("""
                select coalesce(c.theme, :noTheme) as theme, coalesce(c.service_area, i.service_area) as area,
                  to_char(coalesce(c.received_on, i.received_on), 'YYYY-MM') as month,
                  count(*) filter (where l.done_on is null) as open, count(*) filter (where l.done_on is null and l.due_on < :today) as overdue,
                  count(*) filter (where l.done_on is not null) as done
                from feedback.lesson l left join feedback.complaint c on c.id = l.complaint_id left join feedback.item i on i.id = l.item_id
                where cast(:from as date) is null or coalesce(c.received_on, i.received_on) between :from and :to
                group by 1, 2, 3""")
                .param("noTheme", NO_THEME).param("today", Today.on(clock)).param("from", from).param("to", to)
                .query((rs, n) -> {
                    long open = rs.getLong("open");
                    long overdue = rs.getLong("overdue");
                    long done = rs.getLong("done");
                    themes.merge(rs.getString("theme"), new LessonSummary.Count(rs.getString("theme"), open + done, open, overdue, done), LessonSummary.Count::plus);
                    areas.merge(rs.getString("area"), new LessonSummary.Count(rs.getString("area"), open + done, open, overdue, done), LessonSummary.Count::plus);
                    months.merge(rs.getString("month"), new LessonSummary.Count(rs.getString("month"), open + done, open, overdue, done), LessonSummary.Count::plus);
                    return new LessonSummary.Count("All", open + done, open, overdue, done);
                }).list().stream().reduce(new LessonSummary.Count("All", 0, 0, 0, 0), LessonSummary.Count::plus);
        return new LessonSummary(all.recorded(), all.open(), all.overdue(), all.done(), List.copyOf(themes.values()), List.copyOf(areas.values()),
                List.copyOf(months.values()));
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
}
