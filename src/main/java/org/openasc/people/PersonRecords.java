package org.openasc.people;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.people.domain.CircumstanceStore;
import org.openasc.platform.identity.NhsNumber;
import org.openasc.people.domain.PersonChanges;
import org.openasc.people.domain.PersonRules;
import org.openasc.people.domain.PersonStore;
import org.openasc.people.domain.RelationshipStore;
import org.openasc.people.domain.RestrictionStore;
import org.openasc.people.domain.SearchName;
import org.openasc.people.domain.ValidPerson;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.codelist.CodeLists;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.WithoutStaffCheck;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.NotFound;
import org.openasc.platform.web.Page;
import org.openasc.platform.web.RecordRefused;
import org.openasc.platform.web.StaleVersion;
import org.openasc.platform.calendar.Today;

/**
 * The person record as staff use it: create, open, correct and find people. Every opening,
 * change and refusal is written to the audit trail.
 */
@Service
public class PersonRecords {

    static final String SUBJECT = "person";
    static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");

    private final PersonStore people;
    private final CircumstanceStore circumstances;
    private final RelationshipStore relationships;
    private final RestrictionStore restrictions;
    private final CodeLists codeLists;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PersonRecords(PersonStore people, CircumstanceStore circumstances, RelationshipStore relationships,
                  RestrictionStore restrictions, CodeLists codeLists, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
        this.people = people;
        this.circumstances = circumstances;
        this.relationships = relationships;
        this.restrictions = restrictions;
        this.codeLists = codeLists;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @PreAuthorize(Access.WRITE_PEOPLE)
    @Transactional
    public PersonCreated create(PersonDetails details) {
        ValidPerson valid = PersonRules.check(details, today(), codeLists);
        UUID id = UUID.randomUUID();
        refuseDuplicateNhsNumber(valid.nhsNumber(), id);
        String by = CurrentStaff.username();
        long number;
        try {
            number = people.insert(id, valid, by);
        } catch (DuplicateKeyException e) {
            refuseDuplicateNhsNumber(valid.nhsNumber(), id);
            throw e;
        }
        circumstances.record(id, CircumstanceStore.ACCOMMODATION, valid.accommodationStatus(), valid.accommodationStatusFrom(), by, List.of());
        circumstances.record(id, CircumstanceStore.EMPLOYMENT, valid.employmentStatus(), valid.employmentStatusFrom(), by, List.of());
        audit.record(by, Action.CREATED, SUBJECT, id.toString(), String.valueOf(number), null);
        PersonView view = view(people.find(id).orElseThrow(), by);
        return new PersonCreated(view, view.possibleDuplicates());
    }

    /** What is wrong with these details, without saving anything (empty if they are valid). */
    @PreAuthorize(Access.WRITE_PEOPLE)
    public List<org.openasc.platform.web.FieldProblem> problemsWith(PersonDetails details) {
        try {
            PersonRules.check(details, today(), codeLists);
            return List.of();
        } catch (InvalidInput e) {
            return e.problems();
        }
    }

    /** Opens a record for reading; the opening is audited, and so is a refusal. */
    @PreAuthorize(Access.READ_PEOPLE)
    @Transactional
    public PersonView open(UUID id) {
        String by = CurrentStaff.username();
        PersonStore.PersonRow row = openable(id, by);
        audit.record(by, Action.VIEWED, SUBJECT, id.toString(), String.valueOf(row.personNumber()), null);
        return view(row, by);
    }

    @PreAuthorize(Access.WRITE_PEOPLE)
    @Transactional
    public PersonView change(UUID id, PersonDetails details) {
        if (details.version() == null) {
            throw new InvalidInput("version", "Send the version of the record you are changing (from when you opened it)");
        }
        String by = CurrentStaff.username();
        PersonStore.PersonRow before = openable(id, by);
        ValidPerson valid = PersonRules.check(details, today(), codeLists);
        refuseDuplicateNhsNumber(valid.nhsNumber(), id);
        if (before.version() != details.version() || !people.update(id, details.version(), valid, by)) {
            throw new StaleVersion("This person's record");
        }
        List<String> changed = new ArrayList<>(PersonChanges.between(before, valid));
        List<CircumstanceStore.Line> history = circumstances.history(id);
        if (circumstances.record(id, CircumstanceStore.ACCOMMODATION, valid.accommodationStatus(), valid.accommodationStatusFrom(), by, history)) {
            changed.add("accommodationStatus");
        }
        if (circumstances.record(id, CircumstanceStore.EMPLOYMENT, valid.employmentStatus(), valid.employmentStatusFrom(), by, history)) {
            changed.add("employmentStatus");
        }
        audit.record(by, Action.CHANGED, SUBJECT, id.toString(), String.valueOf(before.personNumber()),
                changed.isEmpty() ? "No fields changed" : "Changed " + String.join(", ", changed));
        publishDeathChange(id, before.dateOfDeath(), valid.dateOfDeath(), by);
        return view(people.find(id).orElseThrow(), by);
    }

    /** A date of death recorded, corrected or withdrawn: other modules end, move or reopen what follows from it (ADRs 20, 29). */
    private void publishDeathChange(UUID id, LocalDate was, LocalDate now, String by) {
        if (was == null && now != null) {
            events.publishEvent(new PersonDied(id, now, by));
        } else if (was != null && now == null) {
            events.publishEvent(new DeathWithdrawn(id, was, by));
        } else if (was != null && !was.equals(now)) {
            events.publishEvent(new DateOfDeathCorrected(id, was, now, by));
        }
    }

    @PreAuthorize(Access.READ_PEOPLE)
    @Transactional
    public Page<PersonSummary> search(PersonSearch search, int page, int size) {
        if (search.isEmpty()) {
            throw new InvalidInput("q", "Enter a name, NHS number, council person ID, date of birth or postcode to search for");
        }
        PersonStore.Criteria criteria = SearchInterpretation.of(search);
        String by = CurrentStaff.username();
        if (!criteria.nameWords().isEmpty()) {
            people.tolerateMisspellings();
        }
        PersonStore.Found found = people.search(criteria, by, size, (long) (page - 1) * size);
        long total = found.total();
        List<PersonSummary> items = found.rows().stream().map(PersonRecords::summary).toList();
        audit.record(by, Action.SEARCHED, SUBJECT, null, null, SearchInterpretation.describe(search) + ": " + total + " found");
        return new Page<>(items, page, size, total);
    }

    /**
     * The people of a list, for the member of staff signed in, in one query however long the list: a restricted person
     * they are not named on comes back sealed (only the id). Every module's lists and single records name people through
     * this. Nothing is audited here: each list audits itself once, as it is shown, and opening a record audits the opening.
     */
    @PreAuthorize(Access.READ_PEOPLE)
    public ListedPeople forList(java.util.Collection<UUID> ids) {
        List<UUID> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        java.util.Map<UUID, PersonSummary> found = new java.util.HashMap<>();
        people.summaries(wanted, CurrentStaff.username()).forEach(row -> found.put(row.id(), summary(row)));
        return new ListedPeople(found);
    }

    /** One record's person, as {@link #forList} shows them; null when the record is about nobody. */
    @PreAuthorize(Access.READ_PEOPLE)
    public PersonSummary summaryOf(UUID id) {
        return id == null ? null : forList(List.of(id)).get(id);
    }

    /**
     * The person a new record is to be about, if there is one with this id; a restricted person the caller is not named
     * on is refused, and the refusal audited, as opening their record would be. Empty when none is chosen or none found:
     * the caller says so against its own field.
     */
    @PreAuthorize(Access.READ_PEOPLE)
    public Optional<PersonSummary> chosen(UUID personId) {
        if (personId == null) {
            return Optional.empty();
        }
        String by = CurrentStaff.username();
        Optional<PersonStore.SearchRow> row = people.summaries(List.of(personId), by).stream().findFirst();
        if (row.isPresent() && !row.get().visible()) {
            audit.recordRegardless(by, Action.REFUSED, SUBJECT, personId.toString(), null, "Restricted person");
            throw new RecordRefused("The person's record");
        }
        return row.map(PersonRecords::summary);
    }

    /**
     * Council person IDs for a statutory return, which must count every person, restricted or not:
     * the ID alone names nobody, and the return's rows are linked by it from year to year. Administrators
     * read them too, to review records past retention without seeing who they are about.
     */
    @PreAuthorize(Access.READ_PEOPLE + " or " + Access.ADMINISTER)
    public java.util.Map<UUID, String> referencesForReturns(java.util.Collection<UUID> ids) {
        java.util.Map<UUID, String> references = new java.util.HashMap<>();
        people.numbers(List.copyOf(new java.util.LinkedHashSet<>(ids))).forEach((id, number) -> references.put(id, String.valueOf(number)));
        return references;
    }

    /**
     * The person's date of death as the record has it now (null: none, or no such person). Listeners act on this rather
     * than on the date an event carried, so a death corrected or withdrawn before they run is followed as it now stands.
     */
    @WithoutStaffCheck("read by listeners working as the system on a death announced; a date alone names nobody")
    public LocalDate dateOfDeath(UUID personId) {
        return personId == null ? null : people.find(personId).map(PersonStore.PersonRow::dateOfDeath).orElse(null);
    }

    /** Whether the caller may open this person's record (not restricted, or named on the restriction); nothing is audited. */
    @PreAuthorize(Access.READ_PEOPLE)
    public boolean mayOpen(UUID personId) {
        return personId == null || restrictions.mayOpen(personId, CurrentStaff.username());
    }

    /**
     * Refuses another module's record about a restricted person unless the caller is named on the
     * restriction, whatever their role or team; the refusal is audited against that record. A person who is not on the
     * record is not found (404), as opening their record would be, so nothing is listed or kept against nobody.
     */
    @PreAuthorize(Access.READ_PEOPLE)
    public void requireOpenable(UUID personId, String subject, Object recordId, String ref) {
        String by = CurrentStaff.username();
        if (personId != null && !restrictions.mayOpenExisting(personId, by).orElseThrow(() -> new NotFound("The person record " + personId))) {
            audit.recordRegardless(by, Action.REFUSED, subject, String.valueOf(recordId), ref, "Restricted person");
            throw new RecordRefused("The person this " + subject.replace('-', ' ') + " is about");
        }
    }

    /** Who has viewed, changed or been refused this record, newest first. */
    @PreAuthorize(Access.READ_PEOPLE)
    @Transactional
    public Page<AuditTrail.Entry> accessLog(UUID id, int page, int size) {
        String by = CurrentStaff.username();
        PersonStore.PersonRow row = openable(id, by);
        Page<AuditTrail.Entry> log = audit.forSubject(SUBJECT, id.toString(), page, size);
        audit.record(by, Action.VIEWED, SUBJECT, id.toString(), String.valueOf(row.personNumber()), "Access log");
        return log;
    }

    /** The record if it exists and the caller may open it; a refusal is audited even though the request fails. */
    PersonStore.PersonRow openable(UUID id, String by) {
        PersonStore.PersonRow row = people.find(id).orElseThrow(() -> new NotFound("The person record " + id));
        if (row.restricted() && !restrictions.mayOpen(id, by)) {
            audit.recordRegardless(by, Action.REFUSED, SUBJECT, id.toString(), String.valueOf(row.personNumber()), "Restricted record");
            throw new RecordRefused("Council person ID " + row.personNumber());
        }
        return row;
    }

    PersonView view(PersonStore.PersonRow r, String viewer) {
        List<CircumstanceStore.Line> history = circumstances.history(r.id());
        LocalDate today = today();
        Optional<CircumstanceStore.Line> accommodation = circumstances.current(history, CircumstanceStore.ACCOMMODATION, today);
        Optional<CircumstanceStore.Line> employment = circumstances.current(history, CircumstanceStore.EMPLOYMENT, today);
        List<PersonSummary> duplicates = people.summaries(
                people.sameNameAndBirth(SearchName.key(r.givenName(), r.familyName()), r.dateOfBirth(), r.id()), viewer).stream().map(PersonRecords::summary).toList();
        Integer age = r.dateOfBirth() == null ? null
                : Period.between(r.dateOfBirth(), r.dateOfDeath() != null ? r.dateOfDeath() : today).getYears();
        return new PersonView(r.id(), String.valueOf(r.personNumber()), r.nhsNumber(), r.givenName(), r.familyName(), r.preferredName(),
                r.dateOfBirth(), r.dateOfDeath(), age, r.gender(), r.ethnicity(),
                r.addressLine1(), r.addressLine2(), r.town(), r.postcode(), r.gpPracticeCode(), r.gpPracticeName(),
                r.preferredLanguage(), r.communicationNeeds(), r.communicationNotes(), r.phone(), r.email(),
                accommodation.map(CircumstanceStore.Line::value).orElse(null), accommodation.map(CircumstanceStore.Line::validFrom).orElse(null),
                employment.map(CircumstanceStore.Line::value).orElse(null), employment.map(CircumstanceStore.Line::validFrom).orElse(null),
                r.primarySupportReason(), r.hasUnpaidCarer(), r.autism(), r.visualImpairment(), r.hearingImpairment(), r.dementia(),
                r.restricted(), r.restrictionReason(), r.restricted() ? restrictions.allowedUsers(r.id()) : List.of(),
                history.stream().map(l -> new PersonView.Circumstance(l.kind(), l.value(), l.validFrom(), l.recordedAt(), l.recordedBy())).toList(),
                RelationshipDescriptions.from(r.id(), relationships.involving(r.id()), people, viewer, today),
                duplicates, r.version(), r.createdAt(), r.createdBy(), r.changedAt(), r.changedBy());
    }

    static PersonSummary summary(PersonStore.SearchRow row) {
        if (!row.visible()) {
            return PersonSummary.sealed(row.id());
        }
        return new PersonSummary(row.id(), String.valueOf(row.personNumber()), row.givenName(), row.familyName(), row.preferredName(),
                row.dateOfBirth(), row.dateOfDeath(), row.postcode(), NhsNumber.display(row.nhsNumber()), false);
    }

    private void refuseDuplicateNhsNumber(String nhsNumber, UUID self) {
        if (nhsNumber == null) {
            return;
        }
        people.liveWithNhsNumber(nhsNumber, self).ifPresent(existing -> {
            String number = people.summaries(List.of(existing), "").stream().findFirst()
                    .map(s -> String.valueOf(s.personNumber())).orElse("unknown");
            throw new DuplicateNhsNumber(existing, number);
        });
    }

    private LocalDate today() {
        return Today.on(clock);
    }
}
