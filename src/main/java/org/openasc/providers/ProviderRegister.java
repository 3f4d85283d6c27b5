package org.openasc.providers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.platform.web.FieldChecks;
import org.openasc.platform.address.Postcode;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.codelist.CodeLists;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.NotFound;
import org.openasc.platform.web.Page;
import org.openasc.providers.domain.ProviderStore;
import org.openasc.platform.calendar.Today;

/** The provider register: locations, CQC ratings, contract status and the market summary. */
@Service
public class ProviderRegister {

    static final String SUBJECT = "provider";
    private static final java.util.regex.Pattern CQC_ID = java.util.regex.Pattern.compile("^1-[0-9]{6,12}$");

    private final ProviderStore store;
    private final CodeLists codes;
    private final AuditTrail audit;
    private final Clock clock;

    ProviderRegister(ProviderStore store, CodeLists codes, AuditTrail audit, Clock clock) {
        this.store = store;
        this.codes = codes;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Access.MANAGE_PROVIDERS)
    @Transactional
    public LocationView register(ProviderCommands.NewLocation l) {
        List<FieldProblem> problems = new ArrayList<>();
        FieldChecks.text(l.providerName(), "providerName", "the registered provider's name", 200, true, problems);
        FieldChecks.text(l.name(), "name", "the name of the location (the home or branch)", 200, true, problems);
        FieldChecks.text(l.address(), "address", "the address", 500, false, problems);
        FieldChecks.text(l.zone(), "zone", "the zone", 100, false, problems);
        String cqcProvider = cqcId(l.cqcProviderId(), "cqcProviderId", "CQC provider ID", problems);
        String cqcLocation = cqcId(l.cqcLocationId(), "cqcLocationId", "CQC location ID", problems);
        if (cqcLocation != null && store.cqcLocationTaken(cqcLocation)) {
            problems.add(new FieldProblem("cqcLocationId", "CQC location " + cqcLocation + " is already on the register"));
        }
        String postcode = null;
        if (l.postcode() != null && !l.postcode().isBlank()) {
            postcode = Postcode.normalise(l.postcode()).orElse(null);
            if (postcode == null) {
                problems.add(new FieldProblem("postcode", "Enter a real UK postcode, like LE1 7RH"));
            }
        }
        List<String> services = l.services() == null ? List.of() : l.services().stream().filter(s -> s != null && !s.isBlank()).distinct().toList();
        if (services.isEmpty()) {
            problems.add(new FieldProblem("services", "Select at least one service the location offers"));
        } else if (services.stream().anyMatch(s -> !codes.isValid("provider-service", s))) {
            problems.add(new FieldProblem("services", codes.notOnList("provider-service", "the services offered")));
        }
        int beds = l.registeredBeds() == null ? 0 : l.registeredBeds();
        if (beds < 0 || beds > 2000) {
            problems.add(new FieldProblem("registeredBeds", "Enter the number of registered beds, from 0 to 2000"));
        }
        boolean careHome = services.stream().anyMatch(s -> "Residential care home".equals(s) || "Nursing home".equals(s));
        if (careHome && beds == 0) {
            problems.add(new FieldProblem("registeredBeds", "A care home needs its number of registered beds"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        UUID id = UUID.randomUUID();
        String by = CurrentStaff.username();
        store.insert(id, l.providerName().strip(), cqcProvider, cqcLocation, l.name().strip(), FieldChecks.trimmed(l.address()), postcode, services, beds,
                FieldChecks.trimmed(l.zone()), by);
        audit.record(by, Action.CREATED, SUBJECT, id.toString(), cqcLocation, l.name().strip());
        return view(id);
    }

    @PreAuthorize(Access.READ_PROVIDERS)
    public LocationView open(UUID id) {
        return view(id);
    }

    @PreAuthorize(Access.READ_PROVIDERS)
    public Page<LocationView> search(String text, String zone, String service, int page, int size) {
        LocalDate today = today();
        long total = store.count(text, zone, service);
        List<LocationView> items = store.search(text, zone, service, today, size, (long) (page - 1) * size).stream()
                .map(r -> view(r, today)).toList();
        return new Page<>(items, page, size, total);
    }

    @PreAuthorize(Access.MANAGE_PROVIDERS)
    @Transactional
    public LocationView rate(UUID id, ProviderCommands.NewRating rating) {
        view(id);
        List<FieldProblem> problems = new ArrayList<>();
        if (rating.rating() == null || !codes.isValid("cqc-rating", rating.rating())) {
            problems.add(new FieldProblem("rating", codes.refusal("cqc-rating", rating.rating(), "Select the CQC rating: Outstanding, Good, Requires improvement or Inadequate")));
        }
        if (rating.ratedOn() == null) {
            problems.add(new FieldProblem("ratedOn", "Enter the date the CQC published the rating"));
        } else if (rating.ratedOn().isAfter(today())) {
            problems.add(new FieldProblem("ratedOn", "The date of the rating must be today or in the past"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String by = CurrentStaff.username();
        store.rate(id, rating.rating(), rating.ratedOn(), by);
        store.bump(id, by);
        audit.record(by, Action.CHANGED, SUBJECT, id.toString(), null, "CQC rating " + rating.rating() + " from " + rating.ratedOn());
        return view(id);
    }

    /** Records a contract status; a suspension is {@code SUSPENDED}. Statuses of one kind cannot overlap. */
    @PreAuthorize(Access.MANAGE_PROVIDERS)
    @Transactional
    public LocationView setStatus(UUID id, ProviderCommands.NewStatus status) {
        view(id);
        List<FieldProblem> problems = new ArrayList<>();
        ContractStatus kind = ContractStatus.parse(status.status());
        if (kind == null) {
            problems.add(new FieldProblem("status", "Select a status: enhanced monitoring, suspension of new placements, CQC notice of proposal, or home for sale or closing"));
        }
        if (status.startDate() == null) {
            problems.add(new FieldProblem("startDate", "Enter the date it starts"));
        }
        if (status.startDate() != null && status.endDate() != null && !status.endDate().isAfter(status.startDate())) {
            problems.add(new FieldProblem("endDate", "The end date must be after the start date (" + status.startDate() + ")"));
        }
        FieldChecks.text(status.reason(), "reason", "the reason", 2000, true, problems);
        FieldChecks.text(status.latestUpdate(), "latestUpdate", "the latest update", 2000, false, problems);
        if (problems.isEmpty() && store.overlaps(id, kind, status.startDate(), status.endDate())) {
            problems.add(new FieldProblem("startDate", kind.label() + " is already recorded for part of this period: end that one first"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String by = CurrentStaff.username();
        store.addStatus(id, kind, status.startDate(), status.endDate(), status.reason().strip(), FieldChecks.trimmed(status.latestUpdate()), by);
        store.bump(id, by);
        audit.record(by, Action.CHANGED, SUBJECT, id.toString(), null, kind.label() + " from " + status.startDate());
        return view(id);
    }

    /** A quality monitoring visit with its action plan; every action needs an owner and a due date. */
    @PreAuthorize(Access.MANAGE_PROVIDERS)
    @Transactional
    public LocationView recordVisit(UUID id, ProviderCommands.NewVisit visit) {
        view(id);
        List<FieldProblem> problems = new ArrayList<>();
        if (visit.visitedOn() == null) {
            problems.add(new FieldProblem("visitedOn", "Enter the date of the visit"));
        } else if (visit.visitedOn().isAfter(today())) {
            problems.add(new FieldProblem("visitedOn", "The date of the visit must be today or in the past"));
        }
        FieldChecks.text(visit.findings(), "findings", "what the visit found", 8000, true, problems);
        // Rows left wholly blank are ignored; a problem names the row as the person numbered it.
        List<ProviderCommands.NewAction> given = visit.actions() == null ? List.of() : visit.actions();
        List<ProviderCommands.NewAction> actions = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            ProviderCommands.NewAction a = given.get(i);
            if (a == null || (FieldChecks.trimmed(a.action()) == null && FieldChecks.trimmed(a.owner()) == null && a.dueOn() == null)) {
                continue;
            }
            String field = "actions[" + i + "]";
            FieldChecks.text(a.action(), field + ".action", "action " + (i + 1), 2000, true, problems);
            FieldChecks.text(a.owner(), field + ".owner", "who owns action " + (i + 1), 200, true, problems);
            if (a.dueOn() == null) {
                problems.add(new FieldProblem(field + ".dueOn", "Enter when action " + (i + 1) + " is due"));
            } else if (visit.visitedOn() != null && a.dueOn().isBefore(visit.visitedOn())) {
                problems.add(new FieldProblem(field + ".dueOn", "Action " + (i + 1) + " cannot be due before the visit"));
            }
            actions.add(a);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String by = CurrentStaff.username();
        UUID visitId = UUID.randomUUID();
        store.addVisit(visitId, id, visit.visitedOn(), visit.findings().strip(), by);
        actions.forEach(a -> store.addAction(visitId, a.action().strip(), a.owner().strip(), a.dueOn()));
        store.bump(id, by);
        audit.record(by, Action.CHANGED, SUBJECT, id.toString(), null, "Quality visit " + visit.visitedOn() + ", " + actions.size() + " actions");
        return view(id);
    }

    @PreAuthorize(Access.MANAGE_PROVIDERS)
    @Transactional
    public LocationView actionDone(UUID id, UUID visitId, UUID actionId, ProviderCommands.ActionDone done) {
        view(id);
        LocalDate visited = store.visitDate(id, visitId).orElseThrow(() -> new NotFound("The quality visit " + visitId));
        LocalDate on = done.doneOn() == null ? today() : done.doneOn();
        if (on.isAfter(today()) || on.isBefore(visited)) {
            throw new InvalidInput("doneOn", "The date the action was done must be between the visit (" + visited + ") and today");
        }
        String by = CurrentStaff.username();
        if (!store.actionDone(id, visitId, actionId, on, by)) {
            throw new InvalidInput("action", "That action is not an open action of this visit (it may already be done)");
        }
        audit.record(by, Action.CHANGED, SUBJECT, id.toString(), null, "Quality action done " + on);
        return view(id);
    }

    /** A location's standing on a date, for placing people with it: its zone and whether new placements are suspended. */
    @PreAuthorize(Access.READ_PROVIDERS)
    public java.util.Optional<LocationStanding> standing(UUID id, LocalDate on) {
        return store.find(id, on).map(r -> new LocationStanding(r.id(), r.name(), r.cqcLocationId(), r.zone(), r.services(),
                store.statuses(id).stream().anyMatch(s -> s.status() == ContractStatus.SUSPENDED && !s.startDate().isAfter(on)
                        && (s.endDate() == null || s.endDate().isAfter(on)))));
    }

    @PreAuthorize(Access.SEE_MARKET)
    public MarketSummary summary(LocalDate asOf) {
        LocalDate on = asOf == null ? today() : asOf;
        if (on.isAfter(today())) {
            throw new InvalidInput("asOf", "The date must be today or in the past");
        }
        Map<String, Long> byRating = new java.util.LinkedHashMap<>();
        Map<String, Long> counted = store.homesByRating(on);
        for (String rating : List.of("Outstanding", "Good", "Requires improvement", "Inadequate", "Not yet rated")) {
            if (counted.containsKey(rating)) {
                byRating.put(rating, counted.get(rating));
            }
        }
        long homes = byRating.values().stream().mapToLong(Long::longValue).sum();
        long goodOrOutstanding = byRating.getOrDefault("Outstanding", 0L) + byRating.getOrDefault("Good", 0L);
        long rated = homes - byRating.getOrDefault("Not yet rated", 0L);
        Double share = rated == 0 ? null
                : BigDecimal.valueOf(goodOrOutstanding * 100).divide(BigDecimal.valueOf(rated), 1, RoundingMode.HALF_UP).doubleValue();
        return new MarketSummary(on, homes, store.beds(), rated, goodOrOutstanding, share, byRating, store.locationsByStatus(on),
                store.suspended(on));
    }

    private LocationView view(UUID id) {
        LocalDate today = today();
        return view(store.find(id, today).orElseThrow(() -> new NotFound("The provider location " + id)), today);
    }

    private LocationView view(ProviderStore.Row r, LocalDate today) {
        List<LocationView.StatusView> history = store.statuses(r.id());
        List<LocationView.StatusView> current = history.stream()
                .filter(s -> !s.startDate().isAfter(today) && (s.endDate() == null || s.endDate().isAfter(today))).toList();
        boolean careHome = r.services().stream().anyMatch(s -> "Residential care home".equals(s) || "Nursing home".equals(s));
        return new LocationView(r.id(), r.providerName(), r.cqcProviderId(), r.cqcLocationId(), r.name(), r.address(), r.postcode(),
                r.services(), r.registeredBeds(), r.zone(), careHome, r.rating(), r.ratedOn(), current, store.ratings(r.id()), history,
                store.visits(r.id(), today), r.version(), r.createdAt(), r.createdBy());
    }

    private static String cqcId(String value, String field, String what, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String id = value.strip();
        if (!CQC_ID.matcher(id).matches()) {
            problems.add(new FieldProblem(field, "Enter the " + what + " as the CQC shows it, like 1-123456789"));
            return null;
        }
        return id;
    }


    private LocalDate today() {
        return Today.on(clock);
    }
}
