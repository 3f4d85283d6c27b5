package org.openasc.support;

import java.util.stream.Collectors;
import java.util.Map;
import java.time.Clock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.people.ListedPeople;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.web.FieldChecks;
import org.openasc.frontdoor.LongTermSupport;
import org.openasc.people.PersonSummary;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.codelist.CodeLists;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.NotFound;
import org.openasc.providers.LocationStanding;
import org.openasc.providers.ProviderRegister;
import org.openasc.support.domain.ServiceStore;
import org.openasc.support.domain.Versioned;
import org.openasc.platform.records.VersionClaims;
import org.openasc.platform.security.WithoutStaffCheck;

/**
 * Services (CLD Service events): started with their first terms, changed by dated terms (a price or
 * hours change is never an end and a restart, which would be a false new service in the national
 * return), and ended with an outcome. Also answers the front door's "is this an existing client?".
 */
@Service
public class CarePackages implements LongTermSupport {

    static final String SUBJECT = "service";
    private static final BigDecimal MAX_UNIT_COST = new BigDecimal("100000");
    private static final BigDecimal MAX_UNITS = new BigDecimal("168");
    private static final Set<String> CARE_HOME_COMPONENTS = Set.of("Long Term Nursing Care", "Long Term Residential Care",
            "Short Term Nursing Care", "Short Term Residential Care");

    private final ServiceStore store;
    private final SupportContext context;
    private final CodeLists codes;
    private final ProviderRegister providers;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final VersionClaims claims;
    private final SupportTeams teams;
    private final Clock clock;

    CarePackages(ServiceStore store, SupportContext context, CodeLists codes, ProviderRegister providers, AuditTrail audit,
                 ApplicationEventPublisher events, VersionClaims claims, Clock clock, SupportTeams teams) {
        this.store = store;
        this.context = context;
        this.codes = codes;
        this.providers = providers;
        this.audit = audit;
        this.events = events;
        this.claims = claims;
        this.clock = clock;
        this.teams = teams;
    }

    @Override
    @WithoutStaffCheck("answers only whether a person has long-term support open on a date, for the front door to classify a new request")
    public boolean openOn(UUID personId, LocalDate date) {
        return store.longTermOpenOn(personId, date);
    }

    @Override
    @WithoutStaffCheck("answers only which people had long-term support open on given dates, for the front door's bulk load to classify requests")
    public java.util.Set<Integer> openOnEach(List<UUID> personIds, List<LocalDate> dates) {
        return store.longTermOpenOnEach(personIds, dates);
    }

    @PreAuthorize(Access.WORK_SUPPORT)
    @Transactional
    public ServiceView start(SupportCommands.NewService s) {
        String by = CurrentStaff.username();
        List<FieldProblem> problems = new ArrayList<>();
        PersonSummary person = context.person(s.personId(), problems);
        teams.check(s.teamId(), s.worker(), problems);
        String type = s.serviceType();
        if (type == null || !codes.isValid("service-type", type)) {
            problems.add(new FieldProblem("serviceType", codes.refusal("service-type", type, "Select the service type from the CLD list")));
            type = null;
        }
        String component = s.serviceComponent();
        if (component == null || !codes.isValid("service-component", component)) {
            problems.add(new FieldProblem("serviceComponent", codes.refusal("service-component", component, "Select the service component from the CLD list")));
        } else if (type != null && !store.componentOfType(type, component)) {
            problems.add(new FieldProblem("serviceComponent", component + " is not a component of " + type + ": choose one of "
                    + String.join(", ", store.componentsOf(type))));
        }
        String mechanism = mechanism(s.deliveryMechanism(), component, problems);
        if (s.clientFundingStatus() == null || !codes.isValid("client-funding-status", s.clientFundingStatus())) {
            problems.add(new FieldProblem("clientFundingStatus", codes.refusal("client-funding-status", s.clientFundingStatus(), "Select the client funding status")));
        }
        LocalDate today = Today.on(clock);
        if (s.startDate() == null) {
            problems.add(new FieldProblem("startDate", "Enter the date the service starts"));
        } else if (s.startDate().isAfter(today.plusYears(1))) {
            problems.add(new FieldProblem("startDate", "The start date must be within a year from today"));
        }
        FieldChecks.text(s.suspensionOverride(), "suspensionOverride", "the reason for placing with a suspended provider", 2000, false, problems);
        LocationStanding location = location(s.locationId(), component, s.startDate(), s.suspensionOverride(), problems);
        Terms terms = terms(s.unitCost(), s.costFrequency(), s.plannedUnitsPerWeek(), problems);
        if (s.planId() != null && !store.planOf(s.planId(), s.personId())) {
            problems.add(new FieldProblem("planId", "That care and support plan is not this person's"));
        }
        FieldChecks.refuse(problems);
        UUID id = UUID.randomUUID();
        long number = store.insert(id, s.personId(), s.planId(), s.teamId(), FieldChecks.trimmed(s.worker()), type, component, mechanism,
                location == null ? null : location.id(), location == null ? null : location.name(),
                location == null ? null : location.cqcLocationId(), s.clientFundingStatus(), s.startDate(),
                location != null && location.suspended() ? s.suspensionOverride().strip() : null, by);
        store.addTerms(id, s.startDate(), terms.unitCost, terms.frequency.label(), terms.units, terms.weekly, null, by);
        audit.record(by, Action.CREATED, SUBJECT, id.toString(), String.valueOf(number),
                "Council person ID " + person.personId() + ": " + component + (location != null && location.suspended() ? " (suspension overridden)" : ""));
        events.publishEvent(new ServiceStarted(id, number, s.personId(), s.teamId(), type, component, mechanism, location == null ? null : location.id(),
                s.startDate(), terms.weekly, by));
        return view(id);
    }

    /** New terms from a date, kept with their reason; the service and its start date stay as they are. */
    @PreAuthorize(Access.WORK_SUPPORT)
    @Transactional
    public ServiceView change(UUID id, SupportCommands.ServiceChange change) {
        ServiceStore.Row row = writable(id);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate from = change.effectiveFrom();
        if (from == null) {
            problems.add(new FieldProblem("effectiveFrom", "Enter the date the change takes effect"));
        } else if (from.isBefore(row.startDate()) || (row.endDate() != null && from.isAfter(row.endDate()))) {
            problems.add(new FieldProblem("effectiveFrom", "The change must take effect while the service runs: from " + row.startDate()
                    + (row.endDate() == null ? "" : " to " + row.endDate())));
        } else if (store.termsFrom(id, from)) {
            problems.add(new FieldProblem("effectiveFrom", "Terms from " + from + " are already recorded: choose another date"));
        }
        Terms terms = terms(change.unitCost(), change.costFrequency(), change.plannedUnitsPerWeek(), problems);
        FieldChecks.text(change.reason(), "reason", "the reason for the change", 2000, true, problems);
        FieldChecks.refuse(problems);
        String by = claim(row, change.version());
        store.addTerms(id, from, terms.unitCost, terms.frequency.label(), terms.units, terms.weekly, change.reason().strip(), by);
        audit.record(by, Action.CHANGED, SUBJECT, id.toString(), String.valueOf(row.serviceNumber()),
                "Terms from " + from + ": £" + terms.weekly + " a week");
        events.publishEvent(new ServiceChanged(id, row.serviceNumber(), row.personId(), from, terms.weekly, change.reason().strip(), by));
        return view(id);
    }

    @PreAuthorize(Access.WORK_SUPPORT)
    @Transactional
    public ServiceView end(UUID id, SupportCommands.ServiceEnd end) {
        ServiceStore.Row row = writable(id);
        List<FieldProblem> problems = new ArrayList<>();
        if (row.endDate() != null) {
            throw new InvalidInput("endDate", "Service " + row.serviceNumber() + " already ended on " + row.endDate());
        }
        if (end.endDate() == null) {
            problems.add(new FieldProblem("endDate", "Enter the last day of the service"));
        } else if (end.endDate().isBefore(row.startDate())) {
            problems.add(new FieldProblem("endDate", "The service cannot end before it starts (" + row.startDate() + ")"));
        } else if (end.endDate().isBefore(store.lastTermsFrom(id))) {
            problems.add(new FieldProblem("endDate", "New terms take effect from " + store.lastTermsFrom(id) + ": the service cannot end before then"));
        } else if (end.endDate().isAfter(Today.on(clock).plusYears(1))) {
            problems.add(new FieldProblem("endDate", "The end date must be within a year from today"));
        }
        if (end.outcome() == null || !codes.isValid("event-outcome", end.outcome())) {
            problems.add(new FieldProblem("outcome", codes.refusal("event-outcome", end.outcome(), "Select the outcome of the service from the CLD list")));
        }
        FieldChecks.refuse(problems);
        String by = claim(row, end.version());
        store.end(id, end.endDate(), end.outcome());
        audit.record(by, Action.CHANGED, SUBJECT, id.toString(), String.valueOf(row.serviceNumber()), "Ended " + end.endDate() + ": " + end.outcome());
        events.publishEvent(new ServiceEnded(id, row.serviceNumber(), row.personId(), end.endDate(), end.outcome(), by));
        return view(id);
    }

    @PreAuthorize(Access.READ_PEOPLE)
    public ServiceView open(UUID id) {
        ServiceView view = view(id);
        audit.record(CurrentStaff.username(), Action.VIEWED, SUBJECT, id.toString(), String.valueOf(view.serviceNumber()), null);
        return view;
    }

    /** The person's services, open ones first. */
    @PreAuthorize(Access.READ_PEOPLE)
    public List<ServiceView> servicesOf(UUID personId) {
        context.person(personId, new ArrayList<>());
        return views(store.ofPerson(personId));
    }

    /** The components a service type may have, in list order (for forms). */
    @PreAuthorize(Access.SIGNED_IN)
    public List<String> componentsOf(String serviceType) {
        return store.componentsOf(serviceType);
    }

    ServiceView view(UUID id) {
        return views(List.of(row(id))).get(0);
    }

    /** A list's services with their terms, people and teams looked up once each, however many rows. */
    private List<ServiceView> views(List<ServiceStore.Row> rows) {
        Map<UUID, List<ServiceView.Terms>> terms = store.terms(rows.stream().map(ServiceStore.Row::id).toList());
        ListedPeople people = context.summaries(rows.stream().map(ServiceStore.Row::personId).collect(Collectors.toSet()));
        Map<Long, String> teamNames = rows.isEmpty() ? Map.of() : teams.names();
        return rows.stream().map(r -> view(r, terms.get(r.id()), people.get(r.personId()), teamNames)).toList();
    }

    private ServiceView view(ServiceStore.Row r, List<ServiceView.Terms> terms, PersonSummary person, Map<Long, String> teamNames) {
        LocalDate on = r.endDate() != null ? r.endDate() : Today.on(clock);
        ServiceView.Terms current = terms.stream().filter(t -> !t.effectiveFrom().isAfter(on)).reduce((a, b) -> b).orElse(terms.get(0));
        return new ServiceView(r.id(), r.serviceNumber(), r.personId(), person == null ? null : person.fullName(), r.planId(), r.teamId(),
                SupportTeams.name(teamNames, r.teamId()), r.worker(), r.serviceType(), r.serviceComponent(), r.deliveryMechanism(), r.locationId(),
                r.locationName(), r.cqcLocationId(), r.clientFundingStatus(), r.startDate(), r.endDate(), r.endOutcome(),
                r.suspensionOverride(), r.longTerm(), current.unitCost(), current.costFrequency(), current.plannedUnitsPerWeek(),
                current.weeklyCost(), terms, r.version(), r.createdAt(), r.createdBy());
    }

    private ServiceStore.Row row(UUID id) {
        ServiceStore.Row row = store.find(id).orElseThrow(() -> new NotFound("The service " + id));
        context.person(row.personId(), new ArrayList<>());
        return row;
    }

    private ServiceStore.Row writable(UUID id) {
        ServiceStore.Row row = row(id);
        context.writable(SUBJECT, id, String.valueOf(row.serviceNumber()), row.teamId(), row.worker(), "Service " + row.serviceNumber());
        return row;
    }

    /** The team responsible for a service and its worker, for the changes to what hangs off it (a direct payment's checks). */
    void requireWritable(UUID serviceId, String subject, UUID recordId) {
        ServiceStore.Row row = row(serviceId);
        context.writable(subject, recordId, null, row.teamId(), row.worker(), "Service " + row.serviceNumber());
    }

    private String claim(ServiceStore.Row row, Integer version) {
        return claims.claimChange(Versioned.SERVICE, row.id(), row.version(), version, "Service " + row.serviceNumber());
    }

    /** CLD rule: a Direct Payment component is delivered by direct payment, whatever else is said. */
    private String mechanism(String given, String component, List<FieldProblem> problems) {
        String mechanism = FieldChecks.trimmed(given);
        if (mechanism != null && !codes.isValid("delivery-mechanism", mechanism)) {
            problems.add(new FieldProblem("deliveryMechanism", codes.withCodes("delivery-mechanism", "Select the delivery mechanism from the CLD list")));
            return null;
        }
        if ("Direct Payment".equals(component)) {
            if (mechanism != null && !"Direct payment".equals(mechanism)) {
                problems.add(new FieldProblem("deliveryMechanism", "A Direct Payment component is delivered by direct payment"));
            }
            return "Direct payment";
        }
        return mechanism;
    }

    /** The provider location, checked: care home components need a care home; suspended ones need a recorded override. */
    private LocationStanding location(UUID locationId, String component, LocalDate start, String override, List<FieldProblem> problems) {
        boolean careHome = component != null && CARE_HOME_COMPONENTS.contains(component);
        if (locationId == null) {
            if (careHome) {
                problems.add(new FieldProblem("locationId", "Choose the care home (provider location) for " + component));
            }
            return null;
        }
        LocationStanding location = providers.standing(locationId, start == null ? Today.on(clock) : start).orElse(null);
        if (location == null) {
            problems.add(new FieldProblem("locationId", "There is no provider location with this ID on the register"));
            return null;
        }
        if (careHome && !location.offers("Residential care home") && !location.offers("Nursing home")) {
            problems.add(new FieldProblem("locationId", location.name() + " is not a care home"));
        }
        if (location.suspended() && (override == null || override.isBlank())) {
            problems.add(new FieldProblem("suspensionOverride", location.name() + " is suspended for new placements on "
                    + (start == null ? Today.on(clock) : start) + ": a placement needs a recorded override and its reason"));
        }
        return location;
    }

    private record Terms(BigDecimal unitCost, CostFrequency frequency, BigDecimal units, BigDecimal weekly) {
    }

    private static Terms terms(BigDecimal unitCost, String frequencyLabel, BigDecimal units, List<FieldProblem> problems) {
        BigDecimal cost = Pounds.check(unitCost, "unitCost", "the unit cost", MAX_UNIT_COST, true, problems);
        CostFrequency frequency = frequencyLabel == null ? null : CostFrequency.fromLabel(frequencyLabel).orElse(null);
        if (frequency == null) {
            problems.add(new FieldProblem("costFrequency", "Select what the unit cost is for: hourly, daily, weekly, monthly, ..."));
        }
        BigDecimal planned = null;
        if (frequency != null && frequency.perUnit()) {
            if (units == null || units.signum() <= 0 || units.compareTo(MAX_UNITS) > 0 || units.stripTrailingZeros().scale() > 2) {
                problems.add(new FieldProblem("plannedUnitsPerWeek", "Enter the planned " + frequency.label().toLowerCase()
                        + " units a week, more than 0 and at most 168, like 10.5"));
            } else {
                planned = units.setScale(2);
            }
        }
        if (cost == null || frequency == null || (frequency.perUnit() && planned == null)) {
            return null;
        }
        return new Terms(cost, frequency, planned, frequency.weeklyCost(cost, planned));
    }
}
