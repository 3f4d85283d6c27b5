package org.openasc.safeguarding;

import java.time.Clock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import org.openasc.platform.calendar.Today;
import org.openasc.platform.web.InvalidInput;
import org.openasc.safeguarding.domain.SafeguardingFigureQuery;

/** Safeguarding figures for any period, and Leicestershire's monthly organisational and community tables: aggregates only. */
@Service
public class SafeguardingFigures {

    public static final String SEE = "hasAnyRole('SAFEGUARDING','TEAM_MANAGER','PERFORMANCE','COUNCILLOR','DEMOCRATIC_SERVICES')";

    private final SafeguardingFigureQuery query;
    private final SafeguardingScope scope;
    private final org.openasc.platform.audit.AuditTrail audit;
    private final Clock clock;

    SafeguardingFigures(SafeguardingFigureQuery query, SafeguardingScope scope, org.openasc.platform.audit.AuditTrail audit, Clock clock) {
        this.query = query;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(SEE)
    public SafeguardingSummary summary(LocalDate from, LocalDate to) {
        LocalDate end = to == null ? Today.on(clock) : to;
        LocalDate start = from == null ? end.minusMonths(3).plusDays(1) : from;
        if (start.isAfter(end)) {
            throw new InvalidInput("from", "The start of the period must be on or before its end");
        }
        if (end.isAfter(Today.on(clock))) {
            throw new InvalidInput("to", "The end of the period must be today or in the past");
        }
        SafeguardingFigureQuery.ConcernCounts c = query.concerns(start, end);
        Map<String, Long> byOutcome = new LinkedHashMap<>();
        byOutcome.put(ScreeningDecision.S42.label(), c.s42());
        byOutcome.put(ScreeningDecision.OTHER_ENQUIRY.label(), c.other());
        byOutcome.put(ScreeningDecision.INCIDENT_ONLY.label(), c.incidentOnly());
        byOutcome.put(ScreeningDecision.NOT_SAFEGUARDING.label(), c.notSafeguarding());
        byOutcome.put("Not yet screened", c.notScreened());
        Map<String, Long> started = query.started(start, end);
        Map<String, Long> concluded = query.concludedByConclusion(start, end);
        Map<String, Long> openByAge = new LinkedHashMap<>();
        Map<String, Long> open = query.openByAge(end);
        for (String band : List.of("Under 4 weeks", "4 to 13 weeks", "13 to 26 weeks", "26 weeks or more")) {
            openByAge.put(band, open.getOrDefault(band, 0L));
        }
        Map<String, Long> msp = query.mspAchieved(start, end);
        long expressed = msp.entrySet().stream()
                .filter(e -> e.getKey() != null && List.of("Fully Achieved", "Partially Achieved", "Not Achieved").contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        long days = java.time.temporal.ChronoUnit.DAYS.between(start, end) + 1;
        BigDecimal aWeek = BigDecimal.valueOf(c.received() * 7).divide(BigDecimal.valueOf(days), 1, RoundingMode.HALF_UP);
        BigDecimal aMonth = BigDecimal.valueOf(c.received() * 365).divide(BigDecimal.valueOf(days * 12), 1, RoundingMode.HALF_UP);
        return new SafeguardingSummary(start, end, c.received(), aWeek, aMonth, c.organisational(), byOutcome, percent(c.s42() + c.other(), c.received()),
                c.screened(), c.screenedOnTime(), percent(c.screenedOnTime(), c.screened()),
                started.values().stream().mapToLong(Long::longValue).sum(), started.getOrDefault("S42", 0L),
                concluded.values().stream().mapToLong(Long::longValue).sum(), concluded, query.concludedByNationalConclusion(start, end),
                openByAge.values().stream().mapToLong(Long::longValue).sum(), openByAge, query.typesOfRisk(start, end), expressed, msp);
    }

    /**
     * Cases closed in a period, whenever received: concerns closed at screening and enquiries concluded,
     * by outcome (committee reports read this beside the concerns received).
     */
    @PreAuthorize(SEE)
    public Map<String, Long> closedByOutcome(LocalDate from, LocalDate to) {
        if (from == null || to == null || from.isAfter(to)) {
            throw new InvalidInput("from", "Give the period's first and last days, the first on or before the last");
        }
        return query.closedByOutcome(from, to);
    }

    /** A concern or enquiry behind a figure, for the team and analysts. */
    @Schema(name = "SafeguardingFigureRecord")
    public record FigureRecord(java.util.UUID concernId, long concernNumber, java.util.UUID enquiryId, Long enquiryNumber, String personName,
                               LocalDate receivedOn, LocalDate startedOn, LocalDate concludedOn, String decision, String conclusion,
                               LocalDate screeningDueOn, LocalDate screenedOn, String outcomesAchieved) {
    }

    /**
     * The records behind a figure of the summary: received, organisational, outcome (value: S42,
     * OTHER_ENQUIRY, INCIDENT_ONLY, NOT_SAFEGUARDING or NOT_SCREENED), concluded (value: the conclusion) or open; and behind the
     * measures, concerns screened in the period (screened, screened-on-time) and section 42 enquiries concluded with outcomes expressed
     * (msp-expressed, msp-achieved).
     */
    @PreAuthorize("hasAnyRole('SAFEGUARDING','PERFORMANCE')")
    public List<FigureRecord> records(String figure, String value, LocalDate from, LocalDate to) {
        return records(figure, value, from, to, 1, 1000).items();
    }

    /** One page of {@link #records(String, String, LocalDate, LocalDate)}, with how many records the figure counts. */
    @PreAuthorize("hasAnyRole('SAFEGUARDING','PERFORMANCE')")
    public org.openasc.platform.web.Page<FigureRecord> records(String figure, String value, LocalDate from, LocalDate to, int page, int size) {
        if (figure == null || !SafeguardingFigureQuery.knownFigure(figure)) {
            throw new InvalidInput("figure", "There is no safeguarding figure called " + figure);
        }
        SafeguardingSummary s = summary(from, to);
        List<SafeguardingFigureQuery.Record> rows = query.records(figure, value, s.from(), s.to(), (page - 1) * size, size);
        long total = query.countRecords(figure, value, s.from(), s.to());
        audit.record(org.openasc.platform.security.CurrentStaff.username(), org.openasc.platform.audit.AuditTrail.Action.SEARCHED,
                "safeguarding-figure", figure, value, rows.size() + " records " + s.from() + " to " + s.to() + (page > 1 ? ", page " + page : ""));
        org.openasc.people.ListedPeople people = scope.people(rows.stream().map(SafeguardingFigureQuery.Record::personId).toList());
        return new org.openasc.platform.web.Page<>(rows.stream().map(r -> new FigureRecord(r.concernId(), r.concernNumber(), r.enquiryId(), r.enquiryNumber(),
                people.sealed(r.personId()) ? null : people.name(r.personId()), r.receivedOn(), r.startedOn(), r.concludedOn(), r.decision(), r.conclusion(), r.screeningDueOn(), r.screenedOn(),
                r.outcomesAchieved())).toList(), page, size, total);
    }

    /**
     * Leicestershire's Tables 1 and 2 for a calendar year as the record stood on a date (today when not
     * given): a concern counts as closed, screened or transferred only if that happened by then.
     */
    @PreAuthorize(SEE)
    public SafeguardingSummary.Organisational organisational(Integer year, LocalDate asOf) {
        LocalDate today = Today.on(clock);
        LocalDate at = asOf == null ? today : asOf;
        if (at.isAfter(today)) {
            throw new InvalidInput("asOf", "The date the tables stood at must be today or in the past");
        }
        int y = year == null ? at.getYear() : year;
        if (y < 2015 || y > at.getYear()) {
            throw new InvalidInput("year", "Choose a year from 2015 to " + at.getYear());
        }
        List<SafeguardingFigureQuery.MonthCounts> counts = query.months(y, at);
        int lastMonth = y == at.getYear() ? at.getMonthValue() : 12;
        List<SafeguardingSummary.MonthRow> organisational = new ArrayList<>();
        List<SafeguardingSummary.MonthRow> community = new ArrayList<>();
        for (int m = 1; m <= lastMonth; m++) {
            organisational.add(row(m, true, counts));
            community.add(row(m, false, counts));
        }
        return new SafeguardingSummary.Organisational(y, at, organisational, total(organisational), community, total(community));
    }

    private static SafeguardingSummary.MonthRow row(int month, boolean organisational, List<SafeguardingFigureQuery.MonthCounts> counts) {
        String name = Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK);
        return counts.stream().filter(c -> c.month() == month && c.organisational() == organisational).findFirst()
                .map(c -> new SafeguardingSummary.MonthRow(name, c.received(), c.closedByTeam(), c.thresholdNotMet(), c.transferred(), c.notClosed()))
                .orElse(new SafeguardingSummary.MonthRow(name, 0, 0, 0, 0, 0));
    }

    private static SafeguardingSummary.MonthRow total(List<SafeguardingSummary.MonthRow> rows) {
        return new SafeguardingSummary.MonthRow("Total", rows.stream().mapToLong(SafeguardingSummary.MonthRow::received).sum(),
                rows.stream().mapToLong(SafeguardingSummary.MonthRow::closedBySafeguardingTeam).sum(),
                rows.stream().mapToLong(SafeguardingSummary.MonthRow::thresholdNotMet).sum(),
                rows.stream().mapToLong(SafeguardingSummary.MonthRow::transferredToLocality).sum(),
                rows.stream().mapToLong(SafeguardingSummary.MonthRow::notClosed).sum());
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
