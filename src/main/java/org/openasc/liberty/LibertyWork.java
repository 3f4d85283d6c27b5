package org.openasc.liberty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import org.openasc.liberty.domain.ApplicationStore;
import org.openasc.people.ListedPeople;
import org.openasc.people.PersonRecords;
import org.openasc.platform.security.Role;
import org.openasc.platform.work.ModuleWork;
import org.openasc.platform.work.WorkItem;
import org.openasc.platform.work.WorkList;

/**
 * The DoLS team's work, from the backlog's own definitions: applications with an urgent authorisation, to be
 * decided before it ends (soonest ending first); standard applications waiting for a decision against the
 * 21 days, in the work list's order (high priority first, then the oldest); and authorisations ending in
 * the next 3 months, whose renewal should be requested 28 days before the end. DoLS applications belong to
 * no team. A restricted person's application keeps its number and clock, named "Restricted record".
 */
@Component
class LibertyWork extends ModuleWork<ApplicationStore> {

    private final PersonRecords people;

    LibertyWork(ApplicationStore store, PersonRecords people, Clock clock) {
        super(store, clock, Role.DOLS);
        this.people = people;
    }

    @Override
    protected List<WorkList> lists(LocalDate today) {
        List<ApplicationStore.Row> urgent = store.first(ApplicationStore.URGENT_WAITING, ApplicationStore.URGENT_ENDING_ORDER, today, WorkList.SHOWN);
        List<ApplicationStore.Row> standard = store.first(ApplicationStore.STANDARD_WAITING, ApplicationStore.PRIORITY_ORDER, today, WorkList.SHOWN);
        List<ApplicationStore.Row> ending = store.first(ApplicationStore.RENEWAL_DUE, ApplicationStore.AUTHORISATION_ENDING_ORDER, today, WorkList.SHOWN);
        ListedPeople persons = people.forList(Stream.of(urgent, standard, ending).flatMap(List::stream)
                .map(ApplicationStore.Row::personId).toList());
        Function<ApplicationStore.Row, String> title = r -> "Application " + r.applicationNumber() + ": " + persons.name(r.personId());
        return List.of(
                new WorkList("liberty.urgent-authorisations", "Urgent authorisations: decide before they end",
                        store.count(ApplicationStore.URGENT_WAITING, today), "/dols", urgent.stream().map(r -> WorkItem.due(title.apply(r), href(r),
                        "Urgent decision", urgentEnds(r), today)).toList()),
                new WorkList("liberty.standard-decisions", "Standard applications waiting for a decision",
                        store.count(ApplicationStore.STANDARD_WAITING, today), "/dols", standard.stream().map(r -> WorkItem.due(title.apply(r)
                        + " (" + priority(r.priority()) + ")", href(r), "Decision", DolsClock.standardDue(r.receivedOn()), today)).toList()),
                new WorkList("liberty.renewals", "Authorisations ending in the next 3 months",
                        store.count(ApplicationStore.RENEWAL_DUE, today), "/dols", ending.stream().map(r -> WorkItem.due(title.apply(r), href(r),
                        "Renewal request", DolsClock.renewalRequestBy(r.authorisedTo()), today)).toList()));
    }

    /** When the urgent authorisation ends; the 21 days if the record has no date it was granted (the database allows it, the service does not). */
    private static LocalDate urgentEnds(ApplicationStore.Row r) {
        return r.urgentGrantedOn() == null ? DolsClock.standardDue(r.receivedOn()) : DolsClock.urgentEnds(r.urgentGrantedOn(), r.urgentExtendedDays());
    }

    private static String href(ApplicationStore.Row r) {
        return "/dols/applications/" + r.id();
    }

    private static String priority(String priority) {
        return priority == null ? "not prioritised" : priority.toLowerCase() + " priority";
    }
}
