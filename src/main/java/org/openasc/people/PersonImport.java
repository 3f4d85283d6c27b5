package org.openasc.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.codelist.CodeLists;
import org.openasc.platform.security.Access;
import org.openasc.people.domain.BulkPersonWriter;
import org.openasc.people.domain.PersonImportStore;
import org.openasc.people.domain.PersonRules;
import org.openasc.people.domain.ValidPerson;

/**
 * People brought in from a council's previous system (a Client Level Data file): matched by NHS number, then by council
 * person ID; created with the ID they had (their names are not in the file, so they read "Not known" until corrected);
 * the CLD fields of someone already held brought up to date, accommodation and employment added to their history, and
 * who cares for whom linked. Runs inside the import's transaction, so a refused file changes nothing.
 */
@Service
public class PersonImport {

    /** A person as the file describes them; {@code circumstances} are values seen on a date, oldest first. */
    public record Imported(long personNumber, String nhsNumber, LocalDate dateOfBirth, LocalDate dateOfDeath, String gender, String ethnicity,
                           String postcode, String gpPracticeCode, String gpPracticeName, String primarySupportReason, String hasUnpaidCarer,
                           String autism, String visualImpairment, String hearingImpairment, String dementia, List<Seen> circumstances) {
    }

    /** A circumstance value seen from a date ({@code kind} is accommodation-status or employment-status). */
    public record Seen(String kind, String value, LocalDate from) {
    }

    /** What became of the people: their ids by council person ID, how many were created and updated. */
    public record Applied(Map<Long, UUID> ids, int created, int updated) {
    }

    private final PersonImportStore store;
    private final BulkPersonWriter writer;
    private final CodeLists codes;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonImport(PersonImportStore store, BulkPersonWriter writer, CodeLists codes, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.writer = writer;
        this.codes = codes;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Why each person cannot be matched safely, by council person ID: the NHS number belongs to someone with another ID,
     * or the ID to someone with another NHS number. Empty when every person matches or is new.
     */
    @PreAuthorize(Access.IMPORT_RECORDS)
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<Long, String> conflicts(List<Imported> people) {
        Map<Long, String> conflicts = new LinkedHashMap<>();
        for (Imported p : people) {
            PersonImportStore.Held byNhs = p.nhsNumber() == null ? null : store.byNhsNumber(p.nhsNumber()).orElse(null);
            PersonImportStore.Held byNumber = store.byPersonNumber(p.personNumber()).orElse(null);
            if (byNhs != null && byNhs.personNumber() != p.personNumber()) {
                conflicts.put(p.personNumber(), "NHS number " + p.nhsNumber() + " is held for council person ID " + byNhs.personNumber());
            } else if (byNhs == null && byNumber != null && byNumber.nhsNumber() != null && !byNumber.nhsNumber().equals(p.nhsNumber())) {
                conflicts.put(p.personNumber(), "Council person ID " + p.personNumber() + " is held with another NHS number");
            }
        }
        return conflicts;
    }

    /**
     * Creates or updates everyone (after {@link #conflicts} found none) and links carers to the people they care for; new
     * people keep the file's council person IDs when {@code keepNumbers} (not in a dry run, whose sequence moves would stay).
     */
    @PreAuthorize(Access.IMPORT_RECORDS)
    @Transactional(propagation = Propagation.MANDATORY)
    public Applied apply(List<Imported> people, Map<Long, List<Long>> caresFor, String by, boolean keepNumbers) {
        Map<Long, UUID> ids = new HashMap<>();
        List<Imported> fresh = new ArrayList<>();
        int updated = 0;
        for (Imported p : people) {
            PersonImportStore.Held held = (p.nhsNumber() == null ? null : store.byNhsNumber(p.nhsNumber()).orElse(null));
            held = held != null ? held : store.byPersonNumber(p.personNumber()).orElse(null);
            if (held == null) {
                fresh.add(p);
                continue;
            }
            ids.put(p.personNumber(), held.id());
            if (store.update(held.id(), p, by)) {
                updated++;
                audit.record(by, AuditTrail.Action.CHANGED, PersonRecords.SUBJECT, held.id().toString(), String.valueOf(p.personNumber()),
                        "Brought up to date from a Client Level Data file");
            }
            if (held.dateOfDeath() == null && p.dateOfDeath() != null) {
                // The other system knew of the death first: what OpenASC holds open for the person ends as if recorded here.
                events.publishEvent(new PersonDied(held.id(), p.dateOfDeath(), by));
            } else if (held.dateOfDeath() != null && p.dateOfDeath() != null && !held.dateOfDeath().equals(p.dateOfDeath())) {
                // A file's different date corrects ours; one with none withdraws nothing (the file keeps the date held).
                events.publishEvent(new DateOfDeathCorrected(held.id(), held.dateOfDeath(), p.dateOfDeath(), by));
            }
        }
        LocalDate today = Today.on(clock);
        List<UUID> newIds = fresh.stream().map(p -> UUID.randomUUID()).toList();
        List<ValidPerson> valid = fresh.stream().map(p -> PersonRules.check(details(p), today, codes)).toList();
        writer.insertAll(newIds, valid, by, keepNumbers ? fresh.stream().map(Imported::personNumber).toList() : null);
        for (int i = 0; i < fresh.size(); i++) {
            ids.put(fresh.get(i).personNumber(), newIds.get(i));
            audit.record(by, AuditTrail.Action.CREATED, PersonRecords.SUBJECT, newIds.get(i).toString(), String.valueOf(fresh.get(i).personNumber()),
                    "Brought in from a Client Level Data file");
        }
        for (Imported p : people) {
            p.circumstances().forEach(c -> store.circumstance(ids.get(p.personNumber()), c, by));
        }
        caresFor.forEach((carer, caredFor) -> caredFor.stream().map(ids::get).filter(Objects::nonNull)
                .forEach(c -> store.caresFor(ids.get(carer), c, by)));
        return new Applied(ids, fresh.size(), updated);
    }

    /** The person as entry would check them: circumstances are added to the history afterwards. */
    private static PersonDetails details(Imported p) {
        return new PersonDetails("Not known", "Imported " + p.personNumber(), null, p.dateOfBirth(), p.dateOfDeath(), p.nhsNumber(), p.gender(),
                p.ethnicity(), null, null, null, p.postcode(), p.gpPracticeCode(), p.gpPracticeName(), null, List.of(), null, null, null, null, null,
                null, null, p.primarySupportReason(), p.hasUnpaidCarer(), p.autism(), p.visualImpairment(), p.hearingImpairment(), p.dementia(), null);
    }
}
