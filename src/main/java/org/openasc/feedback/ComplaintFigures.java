package org.openasc.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import org.openasc.feedback.domain.AnnualReportQuery;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;
import org.openasc.platform.signals.MeasureFigures.PeriodBasis;
import org.openasc.platform.staff.StaffDirectory;
import org.openasc.platform.web.FieldChecks;

/** The complaints behind the timescale measure, for managers and analysts: no complainant or person is named. */
@Service
public class ComplaintFigures {

    /** Complaints responded to in the period. */
    public static final String RESPONDED = "responded";
    /** Of those, the ones answered within timescale. */
    public static final String RESPONDED_IN_TIME = "responded-in-time";

    /** The complaints listed and the period they were counted in. */
    @Schema(name = "ComplaintFigureListing")
    public record Listing(String figure, LocalDate from, LocalDate to, List<AnnualReportQuery.Answered> records) {
    }

    private final AnnualReportQuery query;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final Clock clock;

    ComplaintFigures(AnnualReportQuery query, StaffDirectory staff, AuditTrail audit, Clock clock) {
        this.query = query;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The complaints responded to from {@code from} to {@code to} (the financial year to {@code to} when no start is given),
     * all or only those within timescale; a manager sees the complaints about their teams, as on the complaint page.
     */
    @PreAuthorize(Access.DRILL_DOWN)
    public Listing records(String figure, LocalDate from, LocalDate to) {
        LocalDate today = Today.on(clock);
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? PeriodBasis.YEAR_TO_DATE.start(end) : from;
        FieldChecks checks = new FieldChecks().oneOf(figure, "figure", List.of(RESPONDED, RESPONDED_IN_TIME));
        if (end.isAfter(today)) {
            checks.add("to", "The end of the period must be today or in the past");
        } else if (start.isAfter(end)) {
            checks.add("from", "The start of the period must be on or before its end");
        }
        checks.orRefuse();
        List<Long> teams = CurrentStaff.hasRole(Role.PERFORMANCE) ? null : staff.teamIdsOf(CurrentStaff.username());
        List<AnnualReportQuery.Answered> rows = query.answered(start, end, RESPONDED_IN_TIME.equals(figure), teams, 1000);
        audit.record(CurrentStaff.username(), Action.SEARCHED, Complaints.SUBJECT, null, figure, rows.size() + " complaints " + start + " to " + end);
        return new Listing(figure, start, end, rows);
    }
}
