package org.openasc.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.openasc.people.ListedPeople;
import org.openasc.people.PersonSummary;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.web.NotFound;
import org.openasc.support.domain.BrokerageStore;

/** Package requests as brokers and workers see them: status, offers, wait, and what a restricted person's row withholds. */
@Component
class PackageRequestViews {

    private final BrokerageStore store;
    private final SupportContext context;
    private final SupportTeams teams;
    private final Clock clock;

    PackageRequestViews(BrokerageStore store, SupportContext context, SupportTeams teams, Clock clock) {
        this.store = store;
        this.context = context;
        this.teams = teams;
        this.clock = clock;
    }

    PackageRequestView view(UUID id) {
        BrokerageStore.RequestRow r = store.request(id).orElseThrow(() -> new NotFound("The package request " + id));
        return views(List.of(r)).get(0);
    }

    /** A list's package requests with their people, offers and teams looked up once each, however many rows. */
    List<PackageRequestView> views(List<BrokerageStore.RequestRow> rows) {
        ListedPeople people = context.summaries(rows.stream().map(BrokerageStore.RequestRow::personId).collect(Collectors.toSet()));
        Map<UUID, List<PackageRequestView.Offer>> offers = store.offers(rows.stream().map(BrokerageStore.RequestRow::id).toList());
        Map<Long, String> teamNames = rows.isEmpty() ? Map.of() : teams.names();
        return rows.stream().map(r -> view(r, people, offers.getOrDefault(r.id(), List.of()), teamNames)).toList();
    }

    private PackageRequestView view(BrokerageStore.RequestRow r, ListedPeople people, List<PackageRequestView.Offer> offers, Map<Long, String> teamNames) {
        PackageRequestView.Status status = r.cancelledOn() != null ? PackageRequestView.Status.CANCELLED
                : r.serviceId() != null ? PackageRequestView.Status.SOURCED
                : offers.stream().anyMatch(PackageRequestView.Offer::pending) ? PackageRequestView.Status.OFFERED
                : PackageRequestView.Status.UNSOURCED;
        LocalDate until = r.serviceStartsOn() != null ? r.serviceStartsOn() : Today.on(clock);
        PersonSummary p = people.get(r.personId());
        boolean sealed = p != null && p.restricted(); // a restricted person's package shows its wait, not what they need or who offered
        return new PackageRequestView(r.id(), r.requestNumber(), r.personId(), p == null ? null : p.fullName(), r.teamId(),
                SupportTeams.name(teamNames, r.teamId()), r.zone(), r.priceLevel(), r.hoursPerWeek(), r.neededBy(), sealed ? null : r.requirements(),
                r.requestedOn(), status, sealed ? List.of() : offers, r.serviceId(), r.serviceStartsOn(), ChronoUnit.DAYS.between(r.requestedOn(), until), r.version());
    }
}
