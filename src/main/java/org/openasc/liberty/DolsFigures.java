package org.openasc.liberty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import org.openasc.liberty.domain.ApplicationStore;
import org.openasc.people.ListedPeople;
import org.openasc.people.PersonRecords;
import org.openasc.people.PersonSummary;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.FieldChecks;

/** The DoLS applications behind the measures, for managers and analysts: the backlog on a date and the standard decisions of a period. */
@Service
public class DolsFigures {

    /** The backlog on the period's last day. */
    public static final String WAITING = "waiting";
    /** Standard applications granted or not granted in the period. */
    public static final String DECIDED = "decided";
    /** Of those, the ones signed off within 21 days of the request. */
    public static final String DECIDED_IN_TIME = "decided-in-time";

    private static final Map<String, String> FIGURES = Map.of(WAITING, ApplicationStore.WAITING, DECIDED, ApplicationStore.STANDARD_DECIDED,
            DECIDED_IN_TIME, ApplicationStore.DECIDED_IN_TIME);

    /** An application behind a figure; a restricted person's name and ID are not given to those outside the restriction. */
    @Schema(name = "DolsFigureRecord")
    public record FigureRecord(UUID id, long applicationNumber, UUID personId, String personName, String councilPersonId, String managingAuthority,
                               LocalDate receivedOn, boolean urgent, String priority, LocalDate signedOffOn, String outcome, long days) {
    }

    /** The records listed and the period they were counted in. */
    @Schema(name = "DolsFigureListing")
    public record Listing(String figure, LocalDate from, LocalDate to, List<FigureRecord> records) {
    }

    private final ApplicationStore store;
    private final PersonRecords people;
    private final AuditTrail audit;
    private final Clock clock;

    DolsFigures(ApplicationStore store, PersonRecords people, AuditTrail audit, Clock clock) {
        this.store = store;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The applications behind a figure: waiting on {@code to}, or decided from {@code from} to {@code to} (the month to
     * {@code to} when no start is given). DoLS applications belong to no team, so nobody's list is cut to teams.
     */
    @PreAuthorize(Access.DRILL_DOWN)
    public Listing records(String figure, LocalDate from, LocalDate to) {
        LocalDate today = Today.on(clock);
        LocalDate end = to == null ? today : to;
        LocalDate start = WAITING.equals(figure) ? end : from == null ? end.withDayOfMonth(1) : from;
        FieldChecks checks = new FieldChecks();
        if (figure == null || !FIGURES.containsKey(figure)) {
            checks.add("figure", "Choose a figure: waiting, decided or decided-in-time");
        }
        if (end.isAfter(today)) {
            checks.add("to", "The end of the period must be today or in the past");
        } else if (start.isAfter(end)) {
            checks.add("from", "The start of the period must be on or before its end");
        }
        checks.orRefuse();
        List<ApplicationStore.Row> rows = store.listed(FIGURES.get(figure), start, end, DolsClock.STANDARD_DAYS, 1000);
        ListedPeople persons = people.forList(rows.stream().map(ApplicationStore.Row::personId).toList());
        audit.record(CurrentStaff.username(), Action.SEARCHED, DolsApplications.SUBJECT, null, figure,
                rows.size() + " applications " + start + " to " + end);
        return new Listing(figure, start, end, rows.stream().map(r -> record(r, persons, end)).toList());
    }

    /**
     * Days from the request to the sign-off, or to the period's end for one not decided by then (whose later decision is not shown).
     * A restricted person's application keeps its number, dates and outcome, not who or where.
     */
    private static FigureRecord record(ApplicationStore.Row r, ListedPeople persons, LocalDate end) {
        boolean decided = r.signedOffOn() != null && !r.signedOffOn().isAfter(end);
        LocalDate until = decided ? r.signedOffOn() : end;
        PersonSummary p = persons.get(r.personId());
        boolean sealed = persons.sealed(r.personId());
        return new FigureRecord(r.id(), r.applicationNumber(), r.personId(), persons.name(r.personId()), sealed ? null : p.personId(),
                sealed ? null : r.managingAuthority(), r.receivedOn(), r.urgent(), r.priority(), decided ? r.signedOffOn() : null, decided ? r.outcome() : null,
                ChronoUnit.DAYS.between(r.receivedOn(), until));
    }
}
