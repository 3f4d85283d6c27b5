package org.openasc.frontdoor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.frontdoor.domain.FrontDoorFigureQuery;
import org.openasc.frontdoor.domain.FrontDoorFigureQuery.Figure;
import org.openasc.frontdoor.domain.WaitingListQuery;
import org.openasc.people.ListedPeople;
import org.openasc.people.PersonRecords;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.Page;
import org.openasc.platform.calendar.Today;

/**
 * The front-door dashboard: contacts, requests, waiting, waits and assessments for a period,
 * council-wide and aggregate only; drilling down to the records behind a figure is for the roles
 * that work with personal data, and is audited.
 */
@Service
public class FrontDoorFigures {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("CONTACTS_BY_CHANNEL", "Contacts by channel"), Map.entry("CONTACTS_BY_SOURCE", "Contacts by who made them"),
            Map.entry("CONTACTS_BY_LAYER", "Contacts by layer of need"), Map.entry("CONTACTS_BY_OUTCOME", "Contacts by outcome"),
            Map.entry("REQUESTS_BY_ROUTE", "Requests by route of access"), Map.entry("REQUESTS_BY_CLIENT_TYPE", "Requests by client type"),
            Map.entry("REQUESTS_BY_CLIENT", "Requests from new and existing clients"), Map.entry("ALLOCATED", "Requests first allocated"),
            Map.entry("ASSESSED", "Requests whose assessment was completed"),
            Map.entry("CONVERSATION_ONLY", "Requests closed after a conversation without a formal assessment"),
            Map.entry("CLOSED_BY_OUTCOME", "Requests closed, by outcome"));

    /** What a figure is called on the page. */
    public static String label(String figure) {
        return LABELS.getOrDefault(figure == null ? "" : figure.strip().toUpperCase(), "Front door figure");
    }

    /** The layers of need, in the order reports give them. */
    public static final List<String> LAYERS = List.of("prevent", "reduce", "delay", "meet");

    private final FrontDoorFigureQuery figures;
    private final WaitingListQuery waiting;
    private final PersonRecords people;
    private final RequestScope scope;
    private final AuditTrail audit;
    private final Clock clock;

    FrontDoorFigures(FrontDoorFigureQuery figures, WaitingListQuery waiting, PersonRecords people, RequestScope scope, AuditTrail audit,
                     Clock clock) {
        this.scope = scope;
        this.figures = figures;
        this.waiting = waiting;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Access.SEE_FIGURES)
    @Transactional(readOnly = true)
    public FrontDoorSummary summary(LocalDate from, LocalDate to) {
        LocalDate[] period = period(from, to);
        from = period[0];
        to = period[1];
        Map<Figure, Map<String, Long>> contactCounts = figures.counts(List.of(Figure.CONTACTS_BY_CHANNEL, Figure.CONTACTS_BY_SOURCE,
                Figure.CONTACTS_BY_LAYER, Figure.CONTACTS_BY_OUTCOME), from, to);
        Map<String, Long> byLayer = new LinkedHashMap<>();
        LAYERS.forEach(l -> byLayer.put(l, 0L));
        byLayer.put("pending", 0L);
        byLayer.put("safeguarding", 0L);
        byLayer.putAll(contactCounts.get(Figure.CONTACTS_BY_LAYER));
        long layered = LAYERS.stream().mapToLong(byLayer::get).sum();
        Map<String, Double> shares = new LinkedHashMap<>();
        LAYERS.forEach(l -> shares.put(l, percent(byLayer.get(l), layered)));
        Map<String, Long> byChannel = contactCounts.get(Figure.CONTACTS_BY_CHANNEL);
        FrontDoorSummary.Contacts contacts = new FrontDoorSummary.Contacts(byChannel.values().stream().mapToLong(Long::longValue).sum(),
                byChannel, contactCounts.get(Figure.CONTACTS_BY_SOURCE), byLayer, shares, contactCounts.get(Figure.CONTACTS_BY_OUTCOME));
        Map<Figure, Map<String, Long>> requestCounts = figures.counts(List.of(Figure.REQUESTS_BY_ROUTE, Figure.REQUESTS_BY_CLIENT_TYPE,
                Figure.REQUESTS_BY_CLIENT), from, to);
        Map<String, Long> byRoute = requestCounts.get(Figure.REQUESTS_BY_ROUTE);
        Map<String, Long> byClient = requestCounts.get(Figure.REQUESTS_BY_CLIENT);
        FrontDoorSummary.Requests requests = new FrontDoorSummary.Requests(byRoute.values().stream().mapToLong(Long::longValue).sum(), byRoute,
                requestCounts.get(Figure.REQUESTS_BY_CLIENT_TYPE), byClient.getOrDefault("new", 0L), byClient.getOrDefault("existing", 0L));
        LocalDate today = Today.on(clock);
        WaitingSummary waitingOn = WaitingLists.summarise(to, waiting.counts(WaitingListFilter.today(), to, to.equals(today), null, null));
        Map<String, Long> assessed = figures.assessmentsCompleted(from, to);
        return new FrontDoorSummary(from, to, contacts, requests, waitingOn, waits(figures.waitToAllocation(from, to)),
                waits(figures.waitToAssessment(from, to)), assessed, assessed.values().stream().mapToLong(Long::longValue).sum(),
                figures.counts(Figure.CONVERSATION_ONLY, from, to).values().stream().mapToLong(Long::longValue).sum(),
                figures.counts(Figure.CLOSED_BY_OUTCOME, from, to));
    }

    /** One record behind a figure. */
    @Schema(name = "FrontDoorFigureRecord")
    public record FigureRecord(UUID id, String kind, long number, LocalDate on, UUID personId, String personName, String what) {
    }

    /** Whether drill-down lists are cut to the caller's teams (everyone but the council-wide teams). */
    @PreAuthorize(Access.SIGNED_IN)
    public boolean drillDownIsScoped() {
        return scope.teams() != null;
    }

    /** The records behind one figure: the same query that counted them, cut to what the caller may open. */
    @PreAuthorize(Access.DRILL_DOWN)
    @Transactional
    public Page<FigureRecord> records(String figureName, String value, LocalDate from, LocalDate to, int page, int size) {
        Figure figure;
        try {
            figure = Figure.valueOf(figureName == null ? "" : figureName.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("figure", "Name a figure: one of " + List.of(Figure.values()));
        }
        if (value == null || value.isBlank()) {
            throw new InvalidInput("value", "Name the value of the figure to list, like Phone or prevent");
        }
        LocalDate[] period = period(from, to);
        // Figures are council-wide; the names behind them are only those the caller's teams may open.
        List<Long> teams = scope.teams();
        String me = CurrentStaff.username();
        long total = figures.count(figure, value, period[0], period[1], teams, me);
        List<FrontDoorFigureQuery.RecordRow> rows = figures.records(figure, value, period[0], period[1], teams, me, size, (long) (page - 1) * size);
        ListedPeople names = people.forList(rows.stream().map(FrontDoorFigureQuery.RecordRow::personId).toList());
        audit.record(CurrentStaff.username(), Action.SEARCHED, figure.unit() == FrontDoorFigureQuery.Unit.CONTACT ? "contact" : "request",
                null, null, "Front-door figure " + figure + " = " + value + ", " + period[0] + " to " + period[1] + ": " + total + " records");
        String kind = figure.unit() == FrontDoorFigureQuery.Unit.CONTACT ? "contact" : "request";
        return new Page<>(rows.stream().map(r -> new FigureRecord(r.id(), kind, r.number(), r.on(), r.personId(),
                r.personId() == null ? "Not on the record" : names.get(r.personId()) != null ? names.name(r.personId()) : "Unknown",
                r.what())).toList(), page, size, total);
    }

    /** The period asked for, defaulting to the last 12 months to today; refused if it runs backwards or into the future. */
    LocalDate[] period(LocalDate from, LocalDate to) {
        LocalDate today = Today.on(clock);
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusYears(1).plusDays(1) : from;
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (end.isAfter(today)) {
            problems.add(new FieldProblem("to", "The end of the period must be today or in the past"));
        }
        if (start.isAfter(end)) {
            problems.add(new FieldProblem("from", "The start of the period must be on or before its end"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new LocalDate[] {start, end};
    }

    private static FrontDoorSummary.Waits waits(FrontDoorFigureQuery.Waits w) {
        return new FrontDoorSummary.Waits(w.requests(), w.medianDays(), w.percentile90Days());
    }

    /** A share in percent to one decimal place, rounding halves up; null when there is nothing to share. */
    static Double percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).doubleValue();
    }
}
