package org.openasc.liberty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.people.PersonRecords;
import org.openasc.people.PersonSummary;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.calendar.Today;

/**
 * Mental Health Act assessments by Approved Mental Health Professionals: the request, the AMHP and the
 * section 12 doctors, when the person was assessed, the outcome, the bed and whether it was out of area,
 * and what delayed it (bed, doctor, transport, police).
 */
@Service
public class MhaAssessments {

    public static final String WORK = "hasAnyRole('DOLS','PRACTITIONER','TEAM_MANAGER')";
    static final ZoneId COUNCIL = ZoneId.of("Europe/London");
    static final Map<String, String> OUTCOMES = Map.of("SECTION_2", "Detained under section 2", "SECTION_3", "Detained under section 3",
            "INFORMAL_ADMISSION", "Informal admission", "COMMUNITY_SUPPORT", "Community support", "NO_FURTHER_ACTION", "No further action");
    static final Set<String> DELAYS = Set.of("BED", "DOCTOR", "TRANSPORT", "POLICE");

    public record MhaView(UUID id, long assessmentNumber, UUID personId, String personName, Instant requestedAt, String amhp, List<String> doctors,
                          Instant assessedAt, String outcome, String outcomeLabel, Instant bedFoundAt, boolean outOfArea, List<String> delays,
                          String delayNotes, Long hoursRequestToAssessment) {
    }

    /** MHA assessments in a period: by outcome, delays by cause, out-of-area beds, median hours from request to assessment. */
    public record MhaFigures(LocalDate from, LocalDate to, long assessments, Map<String, Long> byOutcome, Map<String, Long> delaysByCause,
                             long outOfAreaBeds, Double medianHoursToAssessment) {
    }

    private final JdbcClient jdbc;
    private final PersonRecords people;
    private final AuditTrail audit;
    private final java.time.Clock clock;

    MhaAssessments(JdbcClient jdbc, PersonRecords people, AuditTrail audit, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(WORK)
    @Transactional
    public MhaView record(DolsCommands.NewMhaAssessment a) {
        List<FieldProblem> problems = new ArrayList<>();
        PersonSummary person = people.chosen(a.personId()).orElse(null);
        if (person == null) {
            problems.add(new FieldProblem("personId", "Choose the person: find them or create their record first"));
        }
        LocalDateTime now = Today.now(clock);
        if (a.requestedAt() == null || a.requestedAt().isAfter(now)) {
            problems.add(new FieldProblem("requestedAt", "Enter when the assessment was requested, not in the future"));
        }
        if (a.amhp() == null || a.amhp().isBlank() || a.amhp().length() > 200) {
            problems.add(new FieldProblem("amhp", "Enter the Approved Mental Health Professional"));
        }
        List<String> doctors = a.doctors() == null ? List.of() : a.doctors().stream().filter(d -> d != null && !d.isBlank()).map(String::strip).toList();
        if (a.assessedAt() != null) {
            if (a.requestedAt() != null && a.assessedAt().isBefore(a.requestedAt())) {
                problems.add(new FieldProblem("assessedAt", "The assessment cannot come before the request"));
            } else if (a.assessedAt().isAfter(now)) {
                problems.add(new FieldProblem("assessedAt", "The assessment must be in the past"));
            }
            if (a.outcome() == null || !OUTCOMES.containsKey(a.outcome())) {
                problems.add(new FieldProblem("outcome", "Choose the outcome of the assessment"));
            } else if (a.outcome().startsWith("SECTION") && doctors.size() < 2) {
                problems.add(new FieldProblem("doctors", "Detention needs two medical recommendations: name both doctors"));
            }
        } else if (a.outcome() != null) {
            problems.add(new FieldProblem("assessedAt", "Enter when the person was assessed"));
        }
        boolean admitted = a.outcome() != null && (a.outcome().startsWith("SECTION") || "INFORMAL_ADMISSION".equals(a.outcome()));
        if (a.bedFoundAt() != null && !admitted) {
            problems.add(new FieldProblem("bedFoundAt", "A bed is found for an admission"));
        }
        List<String> delays = a.delays() == null ? List.of() : a.delays();
        if (!DELAYS.containsAll(delays)) {
            problems.add(new FieldProblem("delays", "Choose delays from: bed, doctor, transport, police"));
        }
        if (a.delayNotes() != null && a.delayNotes().length() > 4000) {
            problems.add(new FieldProblem("delayNotes", "Notes must be 4000 characters or fewer"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        UUID id = UUID.randomUUID();
        String by = CurrentStaff.username();
        jdbc.sql("""
                insert into liberty.mha_assessment (id, person_id, requested_at, amhp, doctors, assessed_at, outcome, bed_found_at, out_of_area,
                  delays, delay_notes, recorded_by)
                values (:id, :person, :requested, :amhp, coalesce(string_to_array(:doctors, '|'), '{}'), :assessed, :outcome, :bed, :outOfArea,
                  coalesce(string_to_array(:delays, '|'), '{}'), :notes, :by)""")
                .param("id", id).param("person", a.personId()).param("requested", ts(a.requestedAt())).param("amhp", a.amhp().strip())
                .param("doctors", doctors.isEmpty() ? null : String.join("|", doctors)).param("assessed", ts(a.assessedAt()))
                .param("outcome", a.outcome()).param("bed", ts(a.bedFoundAt())).param("outOfArea", Boolean.TRUE.equals(a.outOfArea()))
                .param("delays", delays.isEmpty() ? null : String.join("|", delays)).param("notes", a.delayNotes()).param("by", by).update();
        audit.record(by, Action.CREATED, "mha-assessment", id.toString(), null, "Council person ID " + person.personId());
        return find(id);
    }

    @PreAuthorize(WORK + " or hasAnyRole('PERFORMANCE','COUNCILLOR','DEMOCRATIC_SERVICES')")
    public MhaFigures figures(LocalDate from, LocalDate to) {
        LocalDate end = to == null ? Today.on(clock) : to;
        LocalDate start = from == null ? end.minusMonths(3).plusDays(1) : from;
        if (start.isAfter(end)) {
            throw new InvalidInput("from", "The start must be on or before the end");
        }
        Map<String, Long> byOutcome = new LinkedHashMap<>();
        Map<String, Long> delays = new LinkedHashMap<>();
        String period = " from liberty.mha_assessment where (requested_at at time zone 'Europe/London')::date between :from and :to";
        jdbc.sql("select coalesce(outcome, 'NOT_YET_ASSESSED'), count(*)" + period + " group by 1 order by 2 desc").param("from", start).param("to", end)
                .query((rs, n) -> byOutcome.put(OUTCOMES.getOrDefault(rs.getString(1), "Not yet assessed"), rs.getLong(2))).list();
        jdbc.sql("select d, count(*) from (select unnest(delays) as d" + period + ") x group by 1 order by 2 desc").param("from", start).param("to", end)
                .query((rs, n) -> delays.put(rs.getString(1), rs.getLong(2))).list();
        long total = byOutcome.values().stream().mapToLong(Long::longValue).sum();
        long outOfArea = jdbc.sql("select count(*)" + period + " and out_of_area").param("from", start).param("to", end).query(Long.class).single();
        Double median = jdbc.sql("select percentile_cont(0.5) within group (order by extract(epoch from assessed_at - requested_at) / 3600)" + period
                + " and assessed_at is not null").param("from", start).param("to", end).query(Double.class).optional().orElse(null);
        return new MhaFigures(start, end, total, byOutcome, delays, outOfArea, median == null ? null : Math.round(median * 10) / 10.0);
    }

    private MhaView find(UUID id) {
        return jdbc.sql("""
                select id, assessment_number, person_id, requested_at, amhp, doctors, assessed_at, outcome, bed_found_at, out_of_area, delays, delay_notes
                from liberty.mha_assessment where id = :id""").param("id", id)
                .query((rs, n) -> {
                    UUID person = rs.getObject("person_id", UUID.class);
                    PersonSummary p = people.summaryOf(person);
                    Instant requested = rs.getTimestamp("requested_at").toInstant();
                    Instant assessed = rs.getTimestamp("assessed_at") == null ? null : rs.getTimestamp("assessed_at").toInstant();
                    String outcome = rs.getString("outcome");
                    return new MhaView(id, rs.getLong("assessment_number"), person, p == null ? null : p.fullName(), requested, rs.getString("amhp"),
                            List.of((String[]) rs.getArray("doctors").getArray()), assessed, outcome, outcome == null ? null : OUTCOMES.get(outcome),
                            rs.getTimestamp("bed_found_at") == null ? null : rs.getTimestamp("bed_found_at").toInstant(), rs.getBoolean("out_of_area"),
                            List.of((String[]) rs.getArray("delays").getArray()), rs.getString("delay_notes"),
                            assessed == null ? null : java.time.Duration.between(requested, assessed).toHours());
                }).single();
    }

    private static java.sql.Timestamp ts(LocalDateTime t) {
        return t == null ? null : java.sql.Timestamp.from(t.atZone(COUNCIL).toInstant());
    }
}
