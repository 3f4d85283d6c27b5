package org.openasc.liberty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.openasc.liberty.domain.ApplicationStore;
import org.openasc.liberty.domain.DolsOutcome;
import org.openasc.liberty.domain.Versioned;
import org.openasc.people.ListedPeople;
import org.openasc.people.PersonRecords;
import org.openasc.platform.calendar.ClockStatus;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.calendar.WorkingDayCalendar;
import org.openasc.platform.records.VersionClaims;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.NotFound;

import static org.openasc.liberty.DolsApplications.SUBJECT;

/**
 * DoLS applications as the work on them sees them: opened under the person's restriction, claimed for a change against
 * the version it was read at, and shown with their qualifying assessments and clocks.
 */
@Component
class ApplicationViews {

    private final ApplicationStore store;
    private final PersonRecords people;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final VersionClaims claims;

    ApplicationViews(ApplicationStore store, PersonRecords people, WorkingDayCalendar calendar, Clock clock, VersionClaims claims) {
        this.store = store;
        this.people = people;
        this.calendar = calendar;
        this.clock = clock;
        this.claims = claims;
    }

    /** The application's status as the national return and the pages word it. */
    static String status(ApplicationStore.Row r) {
        return r.outcome() == null ? "Not yet signed off" : DolsOutcome.valueOf(r.outcome()).label();
    }

    /** The application, refused if it has been decided: nothing is decided twice. */
    ApplicationStore.Row undecided(UUID id) {
        ApplicationStore.Row r = row(id);
        if (r.outcome() != null) {
            throw new InvalidInput("outcome", "Application " + r.applicationNumber() + " was " + status(r).toLowerCase() + " on " + r.signedOffOn()
                    + ": it cannot be changed. A new request starts a new application.");
        }
        return r;
    }

    ApplicationStore.Row row(UUID id) {
        ApplicationStore.Row r = store.find(id).orElseThrow(() -> new NotFound("The DoLS application " + id));
        people.requireOpenable(r.personId(), SUBJECT, id, String.valueOf(r.applicationNumber()));
        return r;
    }

    String claim(ApplicationStore.Row r, Integer version) {
        return claims.claimChange(Versioned.APPLICATION, r.id(), r.version(), version, "Application " + r.applicationNumber());
    }

    ApplicationView view(ApplicationStore.Row r) {
        return views(List.of(r)).get(0);
    }

    /** A list's applications with their people and qualifying assessments looked up once each, however many rows. */
    List<ApplicationView> views(List<ApplicationStore.Row> rows) {
        ListedPeople persons = people.forList(rows.stream().map(ApplicationStore.Row::personId).toList());
        Map<UUID, List<ApplicationStore.AssessmentRow>> assessed = store.assessments(rows.stream().map(ApplicationStore.Row::id).toList());
        return rows.stream().map(r -> view(r, persons, assessed.getOrDefault(r.id(), List.of()))).toList();
    }

    /** A restricted person's application, for a viewer not named on the restriction, keeps its number, dates, clocks and status only. */
    private ApplicationView view(ApplicationStore.Row r, ListedPeople persons, List<ApplicationStore.AssessmentRow> assessed) {
        if (persons.sealed(r.personId())) {
            r = r.sealed();
        }
        Map<String, ApplicationStore.AssessmentRow> results = new LinkedHashMap<>();
        assessed.forEach(a -> results.put(a.requirement(), a));
        List<ApplicationView.Assessment> assessments = java.util.Arrays.stream(Requirement.values()).map(q -> {
            ApplicationStore.AssessmentRow a = results.get(q.name());
            Requirement.Status s = a == null ? Requirement.Status.NOT_ASSESSED : Requirement.Status.valueOf(a.status());
            return new ApplicationView.Assessment(q.name(), q.label(), s.name(), s.label(), a == null ? null : a.assessorId(),
                    a == null ? null : a.assessor(), a == null ? null : a.assessedOn());
        }).toList();
        LocalDate due = DolsClock.standardDue(r.receivedOn());
        return new ApplicationView(r.id(), r.applicationNumber(), r.personId(), persons.name(r.personId()), r.locationId(), r.managingAuthority(),
                r.cqcLocationCode(), r.receivedOn(), due, ClockStatus.of(due, today(), r.signedOffOn(), 3, calendar), r.urgent(), r.urgentGrantedOn(),
                r.urgentExtendedDays(), r.urgentGrantedOn() == null ? null : DolsClock.urgentEnds(r.urgentGrantedOn(), r.urgentExtendedDays()),
                r.priority(), r.priorityReason(), r.bestInterestsAssessor(), r.assessorName(), assessments, r.signedOffOn(), r.outcome(),
                r.outcomeReason(), r.authorisedFrom(), r.authorisedTo(),
                r.authorisedTo() == null || r.ceasedOn() != null ? null : DolsClock.renewalRequestBy(r.authorisedTo()),
                r.conditions(), r.ceasedOn(), r.ceasedReason(), r.version());
    }

    private LocalDate today() {
        return Today.on(clock);
    }
}
