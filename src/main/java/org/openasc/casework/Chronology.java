package org.openasc.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.core.env.Environment;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import org.openasc.people.PersonRecords;
import org.openasc.people.PersonSummary;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.records.ChronologyEntry;
import org.openasc.platform.records.ChronologySource;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.FieldChecks;
import org.openasc.platform.web.NotFound;

/**
 * One timeline of a person from every module, each module answering for its own records by its own
 * rules: entries the caller may not see are left out, and do not show even as a redacted title unless
 * the council chooses to say how many there are ({@code openasc.chronology.show-withheld}). Reading it
 * is audited against the person; a restricted person's chronology is refused to anyone not named.
 */
@Service
public class Chronology {

    /** What a chronology is read for: a UK day range (open at either end), entry types (all when empty), significant events only, order. */
    public record Query(LocalDate from, LocalDate to, Set<String> types, boolean significantOnly, boolean newestFirst) {
    }

    private static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);

    private final List<ChronologySource> sources;
    private final PersonRecords people;
    private final AuditTrail audit;
    private final Clock clock;
    private final boolean showWithheld;

    Chronology(List<ChronologySource> sources, PersonRecords people, AuditTrail audit, Clock clock, Environment environment) {
        this.sources = org.openasc.platform.Journey.inOrder(sources);
        this.people = people;
        this.audit = audit;
        this.clock = clock;
        this.showWithheld = environment.getProperty("openasc.chronology.show-withheld", Boolean.class, false);
    }

    /** Every entry type by code with its label, in the order of the journey. */
    @PreAuthorize(Access.SIGNED_IN)
    public Map<String, String> types() {
        Map<String, String> types = new LinkedHashMap<>();
        sources.forEach(s -> types.putAll(s.types()));
        return types;
    }

    @PreAuthorize(Access.READ_PEOPLE)
    public ChronologyView of(UUID personId, Query q) {
        Map<String, String> types = types();
        FieldChecks checks = new FieldChecks();
        LocalDate today = Today.on(clock);
        LocalDate from = q.from() == null ? BEGINNING : q.from();
        LocalDate to = q.to() == null || q.to().isAfter(today) ? today : q.to();
        if (from.isAfter(to)) {
            checks.add("from", "The first day must be on or before the last day");
        }
        Set<String> wanted = q.types() == null ? Set.of() : new LinkedHashSet<>(q.types());
        wanted.stream().filter(t -> !types.containsKey(t)).findFirst()
                .ifPresent(t -> checks.add("types", "There is no entry type " + t + ": choose from " + String.join(", ", types.keySet())));
        checks.orRefuse();
        PersonSummary person = people.summaryOf(personId);
        if (person == null) {
            throw new NotFound("The person " + personId);
        }
        people.requireOpenable(personId, "person", personId, person.personId());
        List<ChronologyEntry> items = new ArrayList<>();
        int withheld = 0;
        for (ChronologySource source : sources) {
            Set<String> asked = wanted.isEmpty() ? Set.of() : wanted.stream().filter(source.types()::containsKey).collect(java.util.stream.Collectors.toSet());
            if (!wanted.isEmpty() && asked.isEmpty()) {
                continue;
            }
            ChronologySource.Entries found = source.entries(personId, from, to, asked);
            found.shown().stream().filter(e -> !q.significantOnly() || e.significant()).forEach(items::add);
            withheld += found.withheld();
        }
        Comparator<ChronologyEntry> order = Comparator.comparing(ChronologyEntry::at).thenComparing(ChronologyEntry::type).thenComparing(ChronologyEntry::title);
        items.sort(q.newestFirst() ? order.reversed() : order);
        audit.record(CurrentStaff.username(), Action.VIEWED, "person", personId.toString(), person.personId(),
                "Chronology: " + items.size() + " entries" + (withheld > 0 ? ", " + withheld + " withheld" : ""));
        return new ChronologyView(personId, person.personId(), person.fullName(), q.from(), q.to(), wanted, q.significantOnly(), q.newestFirst(),
                items, showWithheld ? withheld : null, types);
    }
}
