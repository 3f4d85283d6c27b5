package org.openasc.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.people.PersonRecords;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.records.RetentionSource;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.FieldChecks;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.NotFound;
import org.openasc.platform.web.Page;
import org.openasc.platform.web.StaleVersion;
import org.openasc.platform.web.Versions;
import org.openasc.retention.domain.RetentionStore;

/**
 * Keeps a person's adult social care record no longer than its rule: every module says when each person last had something
 * happen in it, and a person whose latest activity across all of them (or death) is more than the rule's years ago is past
 * retention. An administrator reviews them by council person ID alone and anonymises or deletes each with a reason; a
 * record that something still holds (an open enquiry, an open complaint) or that is not yet past retention is refused.
 * Every disposal is audited and logged; published committee papers are frozen and unaffected.
 */
@Service
public class Retention {

    public static final String PERSON = "person";
    private final RetentionStore store;
    private final List<RetentionSource> sources;
    private final PersonRecords people;
    private final AuditTrail audit;
    private final Clock clock;

    Retention(RetentionStore store, List<RetentionSource> sources, PersonRecords people, AuditTrail audit, Clock clock) {
        this.store = store;
        this.sources = org.openasc.platform.Journey.inOrder(sources);
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** A person's record past retention: their council person ID only, their last activity and the day retention ended. */
    public record Due(UUID personId, String personReference, LocalDate lastActivity, LocalDate retainUntil) {
    }

    @PreAuthorize(Access.ADMINISTER)
    public List<RetentionStore.Rule> rules() {
        return store.rules();
    }

    @PreAuthorize(Access.ADMINISTER)
    @Transactional
    public RetentionStore.Rule changeRule(String kind, Integer version, Integer years) {
        RetentionStore.Rule rule = store.rule(kind).orElseThrow(() -> new NotFound("The retention rule " + kind));
        if (years == null || years < 1 || years > 100) {
            throw new InvalidInput("years", "Enter how many years to keep " + rule.title().toLowerCase() + "s, 1 to 100");
        }
        if (!store.changeYears(kind, Versions.required(version), years, CurrentStaff.username())) {
            throw new StaleVersion("The retention rule for " + rule.title().toLowerCase() + "s");
        }
        audit.record(CurrentStaff.username(), Action.CHANGED, "retention-rule", kind, null, rule.years() + " years to " + years + " years");
        return store.rule(kind).orElseThrow();
    }

    /** People past retention and not yet disposed of, longest past first, a page at a time. */
    @PreAuthorize(Access.ADMINISTER)
    public Page<Due> due(int page, int size) {
        RetentionStore.Rule rule = store.rule(PERSON).orElseThrow();
        LocalDate today = Today.on(clock);
        Set<UUID> disposed = store.disposed(PERSON);
        List<Map.Entry<UUID, LocalDate>> past = lastActivity().entrySet().stream()
                .filter(e -> !e.getValue().equals(RetentionSource.ONGOING) && !disposed.contains(e.getKey())
                        && e.getValue().plusYears(rule.years()).isBefore(today))
                .sorted(Map.Entry.<UUID, LocalDate>comparingByValue().thenComparing(Map.Entry.comparingByKey())).toList();
        List<Map.Entry<UUID, LocalDate>> shown = past.stream().skip((long) (page - 1) * size).limit(size).toList();
        Map<UUID, String> references = people.referencesForReturns(shown.stream().map(Map.Entry::getKey).toList());
        audit.record(CurrentStaff.username(), Action.SEARCHED, "retention", PERSON, null, past.size() + " records past retention");
        return new Page<>(shown.stream().map(e -> new Due(e.getKey(), references.get(e.getKey()), e.getValue(),
                e.getValue().plusYears(rule.years()))).toList(), page, size, past.size());
    }

    /**
     * Anonymises or deletes everything held about a person past retention, with the reason; every module acts on its own
     * records in one transaction (the person record last), so nothing is half-disposed.
     */
    @PreAuthorize(Access.ADMINISTER)
    @Transactional
    public void dispose(String kind, UUID personId, String action, String reason) {
        if (!PERSON.equals(kind)) {
            throw new NotFound("The kind of record " + kind + " (records are disposed of a person at a time: use " + PERSON + ")");
        }
        FieldChecks checks = new FieldChecks();
        if (action == null || !List.of("DELETE", "ANONYMISE").contains(action)) {
            checks.add("action", "Choose whether to anonymise the record or delete it (ANONYMISE or DELETE)");
        }
        checks.text(reason, "reason", "why the record is disposed of", 2000).orRefuse();
        if (people.referencesForReturns(List.of(personId)).isEmpty()) {
            throw new NotFound("The person " + personId);
        }
        String by = CurrentStaff.username();
        if (store.disposed(PERSON).contains(personId)) {
            refuse(personId, "Already disposed of");
        }
        List<String> holds = new ArrayList<>();
        sources.forEach(s -> s.hold(personId).ifPresent(holds::add));
        if (!holds.isEmpty()) {
            refuse(personId, String.join("; ", holds) + ": the record is kept while that is so");
        }
        RetentionStore.Rule rule = store.rule(PERSON).orElseThrow();
        LocalDate last = lastActivity().getOrDefault(personId, RetentionSource.ONGOING);
        LocalDate today = Today.on(clock);
        if (last.equals(RetentionSource.ONGOING)) {
            refuse(personId, "The person's record is still in use (an open service, request, enquiry or other record): it is not past retention");
        }
        if (!last.plusYears(rule.years()).isBefore(today)) {
            refuse(personId, "The record is kept until " + last.plusYears(rule.years()) + " (" + rule.years() + " years after " + last + ")");
        }
        store.allowDisposalInThisTransaction();
        List<RetentionSource> lastToFirst = new ArrayList<>(sources);
        java.util.Collections.reverse(lastToFirst);
        for (RetentionSource source : lastToFirst) {
            if ("DELETE".equals(action)) {
                source.delete(personId);
            } else {
                source.anonymise(personId);
            }
        }
        store.recordDisposal(UUID.randomUUID(), PERSON, personId, action, reason.strip(), last, by);
        audit.record(by, Action.CHANGED, "person", personId.toString(), null, ("DELETE".equals(action) ? "Deleted" : "Anonymised")
                + " after retention (" + rule.years() + " years after " + last + "): " + reason.strip());
    }

    /** Recent disposals, newest first. */
    @PreAuthorize(Access.ADMINISTER)
    public List<RetentionStore.Disposal> disposals() {
        return store.disposals(PERSON, 50);
    }

    private void refuse(UUID personId, String why) {
        audit.recordRegardless(CurrentStaff.username(), Action.REFUSED, "person", personId.toString(), null, "Disposal refused: " + why);
        throw new InvalidInput("record", why);
    }

    /**
     * Each person's latest activity across every module (ongoing anywhere is ongoing); a record nothing has happened to counts
     * from the day it was opened.
     */
    private Map<UUID, LocalDate> lastActivity() {
        Map<UUID, LocalDate> latest = new HashMap<>();
        sources.forEach(s -> s.lastActivity().forEach((person, day) -> latest.merge(person, day, (a, b) -> a.isAfter(b) ? a : b)));
        sources.forEach(s -> s.opened().forEach(latest::putIfAbsent));
        return latest;
    }

}
