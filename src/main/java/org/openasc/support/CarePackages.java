package org.openasc.support;

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
import org.openasc.platform.web.StaleVersion;
import org.openasc.platform.web.Versions;
import org.openasc.providers.LocationStanding;
import org.openasc.providers.ProviderRegister;
import org.openasc.support.domain.ServiceStore;

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

    CarePackages(ServiceStore store, SupportContext context, CodeLists codes, ProviderRegister providers, AuditTrail audit,
                 ApplicationEventPublisher events) {
        this.store = store;
        this.context = context;
        this.codes = codes;
        this.providers = providers;
        this.audit = audit;
        this.events = events;
    }

    @Override
    public boolean openOn(UUID personId, LocalDate date) {
        return store.longTermOpenOn(personId, date);
    }

    @PreAuthorize(Access.WORK_SUPPORT)
    @Transactional
    public ServiceView start(SupportCommands.NewService s) {
        String by = CurrentStaff.username();
        List<FieldProblem> problems = new ArrayList<>();
        PersonSummary person = context.person(s.personId(), problems);
        context.team(s.teamId(), s.worker(), problems);
        String type = s.serviceType();
        if (type == null || !codes.isValid("service-type", type)) {
            problems.add(new FieldProblem("serviceType", "Select the service type from the CLD list"));
            type = null;
        }
        String component = s.serviceComponent();
        if (component == null || !codes.isValid("service-component", component)) {
            problems.add(new FieldProblem("serviceComponent", "Select the service component from the CLD list"));
        } else if (type != null && !store.componentOfType(type, component)) {
            problems.add(new FieldProblem("serviceComponent", component + " is not a component of " + type + ": choose one of "
                    + String.join(", ", store.componentsOf(type))));
        }
        String mechanism = mechanism(s.deliveryMechanism(), component, problems);
        if (s.clientFundingStatus() == null || !codes.isValid("client-funding-status", s.clientFundingStatus())) {
            problems.add(new FieldProblem("clientFundingStatus", "Select the client funding status"));
        }
        LocalDate today = context.today();
        if (s.startDate() == null) {
            problems.add(new FieldProblem("startDate", "Enter the date the service starts"));
        } else if (s.startDate().isAfter(today.plusYears(1))) {
            problems.add(new FieldProblem("startDate", "The start date must be within a year from today"));
        }
        SupportContext.text(s.suspensionOverride(), "suspensionOverride", "the reason for placing with a suspended provider", 2000, false, problems);
        LocationStanding location = location(s.locationId(), component, s.startDate(), s.suspensionOverride(), problems);
        Terms terms = terms(s.unitCost(), s.costFrequency(), s.plannedUnitsPerWeek(), problems);
        if (s.planId() != null && !store.planOf(s.planId(), s.personId())) {
            problems.add(new FieldProblem("planId", "That care and support plan is not this person's"));
        }
        SupportContext.check(problems);
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
        SupportContext.text(change.reason(), "reason", "the reason for the change", 2000, true, problems);
        SupportContext.check(problems);
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
        } else if (end.endDate().isAfter(context.today().plusYears(1))) {
            problems.add(new FieldProblem("endDate", "The end date must be within a year from today"));
        }
        if (end.outcome() == null || !codes.isValid("event-outcome", end.outcome())) {
            problems.add(new FieldProblem("outcome", "Select the outcome of the service from the CLD list"));
        }
        SupportContext.check(problems);
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
        return store.ofPerson(personId).stream().map(r -> view(r.id())).toList();
    }

    /** The components a service type may have, in list order (for forms). */
    @PreAuthorize(Access.SIGNED_IN)
    public List<String> componentsOf(String serviceType) {
        return store.componentsOf(serviceType);
    }

    ServiceView view(UUID id) {
        ServiceStore.Row r = row(id);
        List<ServiceView.Terms> terms = store.terms(id);
        LocalDate on = r.endDate() != null ? r.endDate() : context.today();
        ServiceView.Terms current = terms.stream().filter(t -> !t.effectiveFrom().isAfter(on)).reduce((a, b) -> b).orElse(terms.get(0));
        PersonSummary person = context.summaries(Set.of(r.personId())).get(r.personId());
        return new ServiceView(r.id(), r.serviceNumber(), r.personId(), person == null ? null : person.fullName(), r.planId(), r.teamId(),
                context.teamName(r.teamId()), r.worker(), r.serviceType(), r.serviceComponent(), r.deliveryMechanism(), r.locationId(),
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
        String by = CurrentStaff.username();
        if (Versions.required(version) != row.version() || !store.claim(row.id(), version, by)) {
            throw new StaleVersion("Service " + row.serviceNumber());
        }
        return by;
    }

    /** CLD rule: a Direct Payment component is delivered by direct payment, whatever else is said. */
    private String mechanism(String given, String component, List<FieldProblem> problems) {
        String mechanism = FieldChecks.trimmed(given);
        if (mechanism != null && !codes.isValid("delivery-mechanism", mechanism)) {
            problems.add(new FieldProblem("deliveryMechanism", "Select the delivery mechanism from the CLD list"));
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
        LocationStanding location = providers.standing(locationId, start == null ? context.today() : start).orElse(null);
        if (location == null) {
            problems.add(new FieldProblem("locationId", "There is no provider location with this ID on the register"));
            return null;
        }
        if (careHome && !location.offers("Residential care home") && !location.offers("Nursing home")) {
            problems.add(new FieldProblem("locationId", location.name() + " is not a care home"));
        }
        if (location.suspended() && (override == null || override.isBlank())) {
            problems.add(new FieldProblem("suspensionOverride", location.name() + " is suspended for new placements on "
                    + (start == null ? context.today() : start) + ": a placement needs a recorded override and its reason"));
        }
        return location;
    }

    private record Terms(BigDecimal unitCost, CostFrequency frequency, BigDecimal units, BigDecimal weekly) {
    }

    private static Terms terms(BigDecimal unitCost, String frequencyLabel, BigDecimal units, List<FieldProblem> problems) {
        BigDecimal cost = SupportContext.money(unitCost, "unitCost", "the unit cost", MAX_UNIT_COST, true, problems);
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
