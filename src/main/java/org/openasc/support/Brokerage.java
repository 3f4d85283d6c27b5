package org.openasc.support;

import java.time.Clock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.platform.calendar.Today;
import org.openasc.platform.web.FieldChecks;
import org.openasc.people.PersonSummary;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.NotFound;
import org.openasc.providers.LocationStanding;
import org.openasc.providers.ProviderRegister;
import org.openasc.support.domain.BrokerageStore;
import org.openasc.support.domain.Versioned;
import org.openasc.platform.records.VersionClaims;

/**
 * Brokerage of home care: a package request is offered to the zone's framework providers one at a
 * time in order (prime first, then supplementary); a decline with its reason moves it to the next; an
 * acceptance starts the service at the zone's hourly rate on the start date. A request nobody has
 * accepted and nobody is considering is unsourced.
 */
@Service
public class Brokerage {

    static final String SUBJECT = "package-request";
    static final String HOME_CARE = "Home care";
    private static final Set<String> PRICE_LEVELS = Set.of("URBAN", "FRINGE", "RURAL", "ISOLATED");

    private final BrokerageStore store;
    private final SupportContext context;
    private final ProviderRegister providers;
    private final CarePackages packages;
    private final AuditTrail audit;
    private final Clock clock;
    private final VersionClaims claims;
    private final SupportTeams teams;
    private final PackageRequestViews requestViews;

    Brokerage(BrokerageStore store, SupportContext context, ProviderRegister providers, CarePackages packages, AuditTrail audit, VersionClaims claims, Clock clock,
              SupportTeams teams, PackageRequestViews requestViews) {
        this.store = store;
        this.context = context;
        this.providers = providers;
        this.packages = packages;
        this.audit = audit;
        this.claims = claims;
        this.clock = clock;
        this.teams = teams;
        this.requestViews = requestViews;
    }

    @PreAuthorize(Access.BROKER)
    @Transactional
    public ZoneView defineZone(SupportCommands.NewZone z) {
        List<FieldProblem> problems = new ArrayList<>();
        FieldChecks.text(z.name(), "name", "the zone's name", 100, true, problems);
        if (z.name() != null && !z.name().isBlank() && store.zoneExists(z.name().strip())) {
            problems.add(new FieldProblem("name", "Zone " + z.name().strip() + " already exists"));
        }
        String level = z.priceLevel() == null ? null : z.priceLevel().strip().toUpperCase();
        if (level == null || !PRICE_LEVELS.contains(level)) {
            problems.add(new FieldProblem("priceLevel", "Select the price level: urban, fringe, rural or isolated"));
        }
        List<UUID> prime = z.primeProviders() == null ? List.of() : z.primeProviders();
        List<UUID> supplementary = z.supplementaryProviders() == null ? List.of() : z.supplementaryProviders();
        Set<UUID> seen = new HashSet<>();
        checkFramework(prime, "primeProviders", seen, problems);
        checkFramework(supplementary, "supplementaryProviders", seen, problems);
        FieldChecks.refuse(problems);
        String name = z.name().strip();
        store.insertZone(name, level);
        for (int i = 0; i < prime.size(); i++) {
            store.addFramework(name, prime.get(i), OfferOrder.Tier.PRIME, i + 1);
        }
        for (int i = 0; i < supplementary.size(); i++) {
            store.addFramework(name, supplementary.get(i), OfferOrder.Tier.SUPPLEMENTARY, i + 1);
        }
        audit.record(CurrentStaff.username(), Action.CREATED, "zone", name, null, level);
        return zone(name);
    }

    @PreAuthorize(Access.BROKER)
    @Transactional
    public void setRate(SupportCommands.NewRate r) {
        List<FieldProblem> problems = new ArrayList<>();
        String level = r.priceLevel() == null ? null : r.priceLevel().strip().toUpperCase();
        if (level == null || !PRICE_LEVELS.contains(level)) {
            problems.add(new FieldProblem("priceLevel", "Select the price level: urban, fringe, rural or isolated"));
        }
        if (r.effectiveFrom() == null) {
            problems.add(new FieldProblem("effectiveFrom", "Enter the date the rate takes effect"));
        } else if (level != null && store.rateExists(level, r.effectiveFrom())) {
            problems.add(new FieldProblem("effectiveFrom", "A " + level.toLowerCase() + " rate from " + r.effectiveFrom() + " is already recorded"));
        }
        BigDecimal rate = Pounds.check(r.hourlyRate(), "hourlyRate", "the hourly rate", new BigDecimal("1000"), false, problems);
        FieldChecks.refuse(problems);
        store.insertRate(level, r.effectiveFrom(), rate);
        audit.record(CurrentStaff.username(), Action.CHANGED, "price-rate", level, null, "£" + rate + " an hour from " + r.effectiveFrom());
    }

    @PreAuthorize(Access.WORK_SUPPORT)
    public List<ZoneView> zones() {
        return store.zones().stream().map(this::zone).toList();
    }

    @PreAuthorize(Access.WORK_SUPPORT)
    @Transactional
    public PackageRequestView request(SupportCommands.NewPackageRequest r) {
        List<FieldProblem> problems = new ArrayList<>();
        PersonSummary person = context.person(r.personId(), problems);
        teams.check(r.teamId(), null, problems);
        if (r.zone() == null || !store.zoneExists(r.zone())) {
            problems.add(new FieldProblem("zone", "Select the home care zone where the person lives"));
        }
        BigDecimal hours = r.hoursPerWeek();
        if (hours == null || hours.signum() <= 0 || hours.compareTo(new BigDecimal("168")) > 0 || hours.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem("hoursPerWeek", "Enter the hours a week, more than 0 and at most 168, like 10.5"));
        }
        LocalDate today = Today.on(clock);
        if (r.neededBy() == null) {
            problems.add(new FieldProblem("neededBy", "Enter the date the care is needed by"));
        } else if (r.neededBy().isBefore(today)) {
            problems.add(new FieldProblem("neededBy", "The date the care is needed by must be today or later"));
        }
        FieldChecks.text(r.requirements(), "requirements", "the requirements", 4000, false, problems);
        FieldChecks.refuse(problems);
        UUID id = UUID.randomUUID();
        String by = CurrentStaff.username();
        long number = store.insertRequest(id, r.personId(), r.teamId(), r.zone(), hours.setScale(2), r.neededBy(),
                FieldChecks.trimmed(r.requirements()), today, by);
        audit.record(by, Action.CREATED, SUBJECT, id.toString(), String.valueOf(number), "Council person ID " + person.personId());
        offerNext(id, today);
        return requestViews.view(id);
    }

    /** An offer to a framework provider of the request's zone, out of the usual order (only one offer is open at a time). */
    @PreAuthorize(Access.BROKER)
    @Transactional
    public PackageRequestView offer(UUID requestId, SupportCommands.NewOffer o) {
        BrokerageStore.RequestRow request = openRequest(requestId);
        if (o.locationId() == null) {
            throw new InvalidInput("locationId", "Choose the provider to offer the package to");
        }
        OfferOrder.FrameworkProvider provider = store.framework(request.zone()).stream()
                .filter(p -> p.locationId().equals(o.locationId())).findFirst()
                .orElseThrow(() -> new InvalidInput("locationId", "That provider is not on the framework for " + request.zone()
                        + ": packages are offered to providers in the person's zone"));
        List<PackageRequestView.Offer> offers = store.offers(requestId);
        if (offers.stream().anyMatch(PackageRequestView.Offer::pending)) {
            throw new InvalidInput("locationId", "An offer is waiting for an answer: record it before offering to another provider");
        }
        if (offers.stream().anyMatch(x -> x.locationId().equals(o.locationId()))) {
            throw new InvalidInput("locationId", "This package has already been offered to that provider");
        }
        LocationStanding standing = standing(o.locationId());
        if (standing.suspended()) {
            throw new InvalidInput("locationId", standing.name() + " is suspended for new placements");
        }
        store.insertOffer(UUID.randomUUID(), requestId, o.locationId(), standing.name(), provider.tier(), Today.on(clock));
        audit.record(CurrentStaff.username(), Action.CHANGED, SUBJECT, requestId.toString(), String.valueOf(request.requestNumber()),
                "Offered to " + standing.name());
        return requestViews.view(requestId);
    }

    @PreAuthorize(Access.BROKER)
    @Transactional
    public PackageRequestView decline(UUID requestId, UUID offerId, SupportCommands.Decline d) {
        BrokerageStore.RequestRow request = openRequest(requestId);
        PackageRequestView.Offer offer = pendingOffer(requestId, offerId);
        List<FieldProblem> problems = new ArrayList<>();
        FieldChecks.text(d.reason(), "reason", "why the provider declined", 2000, true, problems);
        FieldChecks.refuse(problems);
        claim(request);
        LocalDate today = Today.on(clock);
        store.answer(offerId, "DECLINED", today, d.reason().strip(), CurrentStaff.username());
        audit.record(CurrentStaff.username(), Action.CHANGED, SUBJECT, requestId.toString(), String.valueOf(request.requestNumber()),
                offer.locationName() + " declined");
        offerNext(requestId, today);
        return requestViews.view(requestId);
    }

    /** The provider accepts: the service starts at the zone's hourly rate on the start date, for the hours asked. */
    @PreAuthorize(Access.BROKER)
    @Transactional
    public PackageRequestView accept(UUID requestId, UUID offerId, SupportCommands.Acceptance a) {
        BrokerageStore.RequestRow request = openRequest(requestId);
        PackageRequestView.Offer offer = pendingOffer(requestId, offerId);
        List<FieldProblem> problems = new ArrayList<>();
        BigDecimal rate = null;
        if (a.startDate() == null) {
            problems.add(new FieldProblem("startDate", "Enter the date the care starts"));
        } else if (a.startDate().isBefore(offer.offeredOn())) {
            problems.add(new FieldProblem("startDate", "The care cannot start before it was offered (" + offer.offeredOn() + ")"));
        } else {
            rate = store.rateOn(request.priceLevel(), a.startDate()).orElse(null);
            if (rate == null) {
                problems.add(new FieldProblem("startDate", "There is no " + request.priceLevel().toLowerCase() + " hourly rate in force on "
                        + a.startDate() + ": brokerage records the rates first"));
            }
        }
        FieldChecks.refuse(problems);
        claim(request);
        String by = CurrentStaff.username();
        ServiceView service = packages.start(new SupportCommands.NewService(request.personId(), null, request.teamId(), a.worker(),
                "Long term support: Community", "Home Support", "CASSR commissioned support", offer.locationId(), a.clientFundingStatus(),
                a.startDate(), rate, CostFrequency.HOURLY.label(), request.hoursPerWeek(), null));
        store.answer(offerId, "ACCEPTED", Today.on(clock), null, by);
        store.sourced(requestId, service.id(), Today.on(clock));
        audit.record(by, Action.CHANGED, SUBJECT, requestId.toString(), String.valueOf(request.requestNumber()),
                offer.locationName() + " accepted, service " + service.serviceNumber());
        return requestViews.view(requestId);
    }

    @PreAuthorize(Access.WORK_SUPPORT)
    public PackageRequestView open(UUID id) {
        store.request(id).ifPresent(r -> context.person(r.personId(), new ArrayList<>()));
        PackageRequestView view = requestViews.view(id);
        audit.record(CurrentStaff.username(), Action.VIEWED, SUBJECT, id.toString(), String.valueOf(view.requestNumber()), null);
        return view;
    }

    /** Packages not yet sourced in the caller's teams (all for brokerage), longest waiting first. */
    @PreAuthorize(Access.WORK_SUPPORT)
    public List<PackageRequestView> waiting() {
        List<BrokerageStore.RequestRow> rows = store.open(context.visibleTeams(), 500);
        audit.record(CurrentStaff.username(), Action.SEARCHED, SUBJECT, null, null, "Packages waiting");
        return requestViews.views(rows);
    }

    /** One page of {@link #waiting()}, with how many packages wait in all. */
    @PreAuthorize(Access.WORK_SUPPORT)
    public org.openasc.platform.web.Page<PackageRequestView> waiting(int page, int size) {
        List<Long> teams = context.visibleTeams();
        List<BrokerageStore.RequestRow> rows = store.open(teams, (page - 1) * size, size);
        audit.record(CurrentStaff.username(), Action.SEARCHED, SUBJECT, null, null, "Packages waiting");
        return new org.openasc.platform.web.Page<>(requestViews.views(rows), page, size, store.countOpen(teams));
    }

    /** How long packages whose care started in the 12 months to today waited, for the caller's teams. */
    @PreAuthorize(Access.WORK_SUPPORT)
    public BrokerageStore.Waits waitsInYear() {
        LocalDate today = Today.on(clock);
        return store.waits(today.minusYears(1).plusDays(1), today, context.visibleTeams());
    }

    @PreAuthorize(Access.READ_PEOPLE)
    public List<PackageRequestView> requestsOf(UUID personId) {
        context.person(personId, new ArrayList<>());
        return requestViews.views(store.requestsOfPerson(personId));
    }

    private void offerNext(UUID requestId, LocalDate on) {
        BrokerageStore.RequestRow request = store.request(requestId).orElseThrow();
        List<OfferOrder.FrameworkProvider> framework = store.framework(request.zone());
        Set<UUID> offered = store.offers(requestId).stream().map(PackageRequestView.Offer::locationId).collect(Collectors.toSet());
        Set<UUID> suspended = new HashSet<>();
        while (true) {
            OfferOrder.FrameworkProvider next = OfferOrder.next(framework, offered, suspended).orElse(null);
            if (next == null) {
                return;
            }
            LocationStanding standing = providers.standing(next.locationId(), on).orElse(null);
            if (standing == null || standing.suspended()) {
                suspended.add(next.locationId());
                continue;
            }
            store.insertOffer(UUID.randomUUID(), requestId, next.locationId(), standing.name(), next.tier(), on);
            return;
        }
    }

    private void checkFramework(List<UUID> ids, String field, Set<UUID> seen, List<FieldProblem> problems) {
        for (UUID id : ids) {
            LocationStanding standing = id == null ? null : providers.standing(id, Today.on(clock)).orElse(null);
            if (standing == null) {
                problems.add(new FieldProblem(field, "Every provider must be a location on the provider register"));
            } else if (!standing.offers(HOME_CARE)) {
                problems.add(new FieldProblem(field, standing.name() + " does not offer home care"));
            } else if (!seen.add(id)) {
                problems.add(new FieldProblem(field, standing.name() + " is listed twice"));
            }
        }
    }

    private LocationStanding standing(UUID locationId) {
        return providers.standing(locationId, Today.on(clock)).orElseThrow(() -> new NotFound("The provider location " + locationId));
    }

    private ZoneView zone(String name) {
        String level = store.priceLevel(name).orElseThrow(() -> new NotFound("Zone " + name));
        List<ZoneView.Provider> framework = OfferOrder.inOrder(store.framework(name)).stream()
                .map(p -> new ZoneView.Provider(p.locationId(), providers.standing(p.locationId(), Today.on(clock)).map(LocationStanding::name)
                        .orElse("?"), p.tier().name(), p.rank())).toList();
        return new ZoneView(name, level, store.rateOn(level, Today.on(clock)).orElse(null), framework);
    }

    private BrokerageStore.RequestRow openRequest(UUID id) {
        BrokerageStore.RequestRow r = store.request(id).orElseThrow(() -> new NotFound("The package request " + id));
        context.person(r.personId(), new ArrayList<>());
        if (r.serviceId() != null || r.cancelledOn() != null) {
            throw new InvalidInput("request", "Package request " + r.requestNumber() + " is already "
                    + (r.serviceId() != null ? "sourced" : "cancelled"));
        }
        return r;
    }

    private PackageRequestView.Offer pendingOffer(UUID requestId, UUID offerId) {
        PackageRequestView.Offer offer = store.offers(requestId).stream().filter(o -> o.id().equals(offerId)).findFirst()
                .orElseThrow(() -> new NotFound("The offer " + offerId));
        if (!offer.pending()) {
            throw new InvalidInput("offer", "This offer was already " + offer.answer().toLowerCase() + " on " + offer.answeredOn());
        }
        return offer;
    }

    /** Claims the version just read, so two brokers answering at once cannot both go on. */
    private void claim(BrokerageStore.RequestRow r) {
        claims.claimChange(Versioned.PACKAGE_REQUEST, r.id(), r.version(), r.version(), "Package request " + r.requestNumber());
    }
}
