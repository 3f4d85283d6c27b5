package org.openasc.safeguarding;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.platform.calendar.Today;
import org.openasc.platform.calendar.WorkingDayCalendar;
import org.openasc.platform.security.WithoutStaffCheck;

/**
 * Loads safeguarding history in batches for the demo and benchmark councils; screening due dates come
 * from the same {@link ScreeningClock} the live service uses.
 */
@Service
@WithoutStaffCheck("loads synthetic and benchmark records in bulk for the demo council and bench commands, with nobody signed in")
public class SafeguardingBulkLoad {

    private static final int BATCH = 5000;

    private final JdbcTemplate jdbc;
    private final ScreeningClock clock;

    SafeguardingBulkLoad(JdbcTemplate jdbc, WorkingDayCalendar calendar) {
        this.jdbc = jdbc;
        this.clock = new ScreeningClock(calendar);
    }

    @Transactional
    public void load(List<HistoricSafeguarding.Concern> concerns, String by) {
        List<Object[]> concernRows = new ArrayList<>();
        List<Object[]> enquiryRows = new ArrayList<>();
        List<Object[]> allegationRows = new ArrayList<>();
        for (HistoricSafeguarding.Concern c : concerns) {
            UUID id = UUID.randomUUID();
            HistoricSafeguarding.Screening s = c.screening();
            java.time.LocalDate received = c.receivedAt().toLocalDate();
            concernRows.add(new Object[] {id, c.personId(), Timestamp.from(c.receivedAt().atZone(Today.COUNCIL_ZONE).toInstant()), Date.valueOf(received),
                    c.source(), c.whatHappened(), c.locationId(), c.providerName(), Date.valueOf(clock.dueOn(received)),
                    s == null ? null : Date.valueOf(s.screenedOn()), s == null ? null : true, s == null ? null : true,
                    s == null ? null : s.criteriaMet(), s == null ? null : s.decision().name(), s == null ? null : "Screened against the s42 criteria",
                    s == null || s.routedTo() == null ? null : s.routedTo().name(), s == null ? null : s.teamId(), s == null ? null : by, by});
            HistoricSafeguarding.Enquiry e = c.enquiry();
            if (s != null && e != null && s.decision().enquiry()) {
                UUID enquiryId = UUID.randomUUID();
                enquiryRows.add(new Object[] {enquiryId, id, c.personId(), s.decision() == ScreeningDecision.S42 ? "S42" : "OTHER", s.teamId(),
                        Date.valueOf(s.screenedOn()), e.mspAsked(), e.mspAchieved(), e.lackedCapacity(), e.advocate(),
                        e.concludedOn() == null ? null : Date.valueOf(e.concludedOn()), e.conclusion(), e.riskAssessmentOutcome(), e.riskResult(), by});
                e.allegations().forEach(a -> allegationRows.add(new Object[] {enquiryId, a.typeOfRisk(), a.locationOfRisk(), a.sourceOfRisk(), by}));
            }
        }
        batch("""
                insert into safeguarding.concern (id, person_id, received_at, received_on, source, what_happened, location_id, provider_name,
                  screening_due_on, screened_on, needs_care_support, experiencing_risk, unable_to_protect, decision, decision_reasons, routed_to,
                  routed_team_id, decided_by, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", concernRows);
        batch("""
                insert into safeguarding.enquiry (id, concern_id, person_id, kind, team_id, started_on, msp_asked, msp_achieved, lacked_capacity,
                  advocate, concluded_on, conclusion, risk_assessment_outcome, risk_result, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", enquiryRows);
        batch("insert into safeguarding.allegation (enquiry_id, type_of_risk, location_of_risk, source_of_risk, recorded_by) values (?, ?, ?, ?, ?)",
                allegationRows);
        jdbc.execute("analyze safeguarding.concern, safeguarding.enquiry, safeguarding.allegation");
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int i = 0; i < rows.size(); i += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(i, Math.min(i + BATCH, rows.size())));
        }
    }
}
