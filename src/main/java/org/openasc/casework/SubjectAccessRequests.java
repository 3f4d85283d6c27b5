package org.openasc.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import org.openasc.platform.security.Access;
import org.openasc.casework.domain.SubjectAccessStore;
import org.openasc.people.ListedPeople;
import org.openasc.people.PersonRecords;
import org.openasc.people.PersonView;
import org.openasc.people.RelationshipView;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.calendar.WorkingDayCalendar;
import org.openasc.platform.documents.ContentHash;
import org.openasc.platform.records.DisclosureSource;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.FieldChecks;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.NotFound;
import org.openasc.platform.web.StaleVersion;
import org.openasc.platform.web.Versions;

/**
 * Subject access requests (UK GDPR article 15), answered by customer relations or a manager: recorded
 * once the requester's identity is checked, due one calendar month after receipt (the next working day
 * when that is a weekend or bank holiday), extendable once by up to two further months. The bundle is
 * everything every module holds about the person, with passages that may identify someone else flagged
 * for redaction review; each bundle produced is audited with its content hash, and the hash of the one
 * sent is kept with the request.
 */
@Service
public class SubjectAccessRequests {

    public static final String ANSWER = Access.ANSWER_SUBJECT_ACCESS;
    static final String SUBJECT = "subject-access-request";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final SubjectAccessStore store;
    private final org.openasc.casework.domain.DocumentStore documents;
    private final PersonRecords people;
    private final List<DisclosureSource> sources;
    private final AuditTrail audit;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    SubjectAccessRequests(SubjectAccessStore store, org.openasc.casework.domain.DocumentStore documents, PersonRecords people,
                          List<DisclosureSource> sources, AuditTrail audit, WorkingDayCalendar calendar, Clock clock) {
        this.store = store;
        this.documents = documents;
        this.people = people;
        this.sources = org.openasc.platform.Journey.inOrder(sources);
        this.audit = audit;
        this.calendar = calendar;
        this.clock = clock;
    }

    @PreAuthorize(ANSWER)
    @Transactional
    public SubjectAccessView record(UUID personId, SubjectAccessCommands.NewRequest r) {
        person(personId);
        LocalDate today = Today.on(clock);
        FieldChecks checks = new FieldChecks();
        if (r.receivedOn() == null) {
            checks.add("receivedOn", "Enter the date the request was received");
        } else if (r.receivedOn().isAfter(today)) {
            checks.add("receivedOn", "The request cannot be received in the future");
        } else if (r.receivedOn().isBefore(calendar.coveredFrom()) || r.receivedOn().plusMonths(1).isAfter(calendar.coveredTo())) {
            checks.add("receivedOn", "The date must be from " + calendar.coveredFrom() + ", which the working-day calendar covers");
        }
        checks.text(r.requestedBy(), "requestedBy", "who made the request", 300);
        if (r.onBehalf() == null) {
            checks.add("onBehalf", "Say whether the request is made by the person or by someone acting for them");
        }
        if (!Boolean.TRUE.equals(r.identityChecked())) {
            checks.add("identityChecked", "Check the requester's identity (and their authority to act for the person) first: the month runs from then");
        }
        checks.orRefuse();
        UUID id = UUID.randomUUID();
        store.insert(id, personId, r.receivedOn(), r.requestedBy().strip(), r.onBehalf(), true, due(r.receivedOn()), CurrentStaff.username());
        audit.record(CurrentStaff.username(), Action.CREATED, SUBJECT, id.toString(), null, "About person " + personId);
        return view(store.find(id).orElseThrow(), today);
    }

    /** The person's requests, newest first. */
    @PreAuthorize(ANSWER)
    public List<SubjectAccessView> of(UUID personId) {
        person(personId);
        LocalDate today = Today.on(clock);
        return views(store.ofPerson(personId), today);
    }

    /**
     * Every request not yet answered, soonest due first, for the officers' work list; a request about a restricted person the
     * caller is not named on keeps its number and clock, not who asked or why it was extended.
     */
    @PreAuthorize(ANSWER)
    public List<SubjectAccessView> open() {
        audit.record(CurrentStaff.username(), Action.SEARCHED, SUBJECT, null, null, "Requests to answer");
        return views(store.open(), Today.on(clock));
    }

    @PreAuthorize(ANSWER)
    public SubjectAccessView open(UUID id) {
        SubjectAccessStore.Row row = row(id);
        person(row.personId());
        return view(row, Today.on(clock));
    }

    @PreAuthorize(ANSWER)
    @Transactional
    public SubjectAccessView extend(UUID id, SubjectAccessCommands.Extension e) {
        SubjectAccessStore.Row row = answerable(id);
        FieldChecks checks = new FieldChecks();
        if (row.extendedTo() != null) {
            checks.add("extendedTo", "This request was already extended to " + row.extendedTo() + ": it can be extended once");
        } else if (e.extendedTo() == null || !e.extendedTo().isAfter(row.dueOn()) || e.extendedTo().isAfter(row.receivedOn().plusMonths(3))) {
            checks.add("extendedTo", "Extend to a date after " + row.dueOn() + " and no later than " + row.receivedOn().plusMonths(3)
                    + " (two further months)");
        }
        checks.text(e.reason(), "reason", "why the request needs longer (the requester is told)", 2000).orRefuse();
        if (!store.extend(id, Versions.required(e.version()), e.extendedTo(), e.reason().strip(), CurrentStaff.username())) {
            throw new StaleVersion("Subject access request " + row.requestNumber());
        }
        audit.record(CurrentStaff.username(), Action.CHANGED, SUBJECT, id.toString(), String.valueOf(row.requestNumber()), "Extended to " + e.extendedTo());
        return view(store.find(id).orElseThrow(), Today.on(clock));
    }

    @PreAuthorize(ANSWER)
    @Transactional
    public SubjectAccessView sent(UUID id, SubjectAccessCommands.Sent s) {
        SubjectAccessStore.Row row = answerable(id);
        LocalDate today = Today.on(clock);
        FieldChecks checks = new FieldChecks();
        if (s.sentOn() == null || s.sentOn().isBefore(row.receivedOn()) || s.sentOn().isAfter(today)) {
            checks.add("sentOn", "Enter the date the answer was sent: from the day the request was received to today");
        }
        if (s.bundleHash() == null || !s.bundleHash().strip().matches("[0-9a-f]{64}")) {
            checks.add("bundleHash", "Give the content hash printed on the bundle that was sent (64 letters and digits)");
        }
        checks.orRefuse();
        if (!store.sent(id, Versions.required(s.version()), s.sentOn(), s.bundleHash().strip(), CurrentStaff.username())) {
            throw new StaleVersion("Subject access request " + row.requestNumber());
        }
        audit.record(CurrentStaff.username(), Action.CHANGED, SUBJECT, id.toString(), String.valueOf(row.requestNumber()),
                "Answer sent " + s.sentOn() + ", bundle " + s.bundleHash().strip());
        return view(store.find(id).orElseThrow(), today);
    }

    /** Everything held about the person now, with passages to review; audited against the request and the person with its hash. */
    @PreAuthorize(ANSWER)
    @Transactional
    public SubjectAccessBundle bundle(UUID id) {
        SubjectAccessStore.Row row = row(id);
        PersonView person = person(row.personId());
        ThirdParties thirdParties = new ThirdParties(ownNames(person),
                person.relationships().stream().map(RelationshipView::otherPerson).filter(p -> p != null && !p.restricted())
                        .map(p -> p.givenName() + " " + p.familyName()).toList());
        List<SubjectAccessBundle.Section> sections = new ArrayList<>();
        int toReview = 0;
        for (DisclosureSource source : sources) {
            for (DisclosureSource.Section section : source.disclose(row.personId())) {
                List<SubjectAccessBundle.Item> items = new ArrayList<>();
                for (DisclosureSource.Item item : section.items()) {
                    List<SubjectAccessBundle.Passage> passages = item.passages().stream()
                            .map(p -> new SubjectAccessBundle.Passage(p.label(), p.text(), thirdParties.in(p.text()))).toList();
                    toReview += (int) passages.stream().filter(p -> !p.reviewForRedaction().isEmpty()).count();
                    items.add(new SubjectAccessBundle.Item(item.title(), item.on(),
                            item.fields().stream().map(f -> new SubjectAccessBundle.Field(f.label(), f.value())).toList(), passages));
                }
                sections.add(new SubjectAccessBundle.Section(section.heading(), items));
            }
        }
        SubjectAccessBundle bundle = new SubjectAccessBundle(row.requestNumber(), row.personId(), person.personId(),
                person.givenName() + " " + person.familyName(), person.dateOfBirth(), row.receivedOn(), view(row, Today.on(clock)).answerBy(),
                Instant.now(clock), CurrentStaff.username(), sections, accessLog(row.personId()), toReview, null);
        SubjectAccessBundle hashed = bundle.withHash(ContentHash.sha256(JSON.writeValueAsString(bundle)));
        audit.record(CurrentStaff.username(), Action.VIEWED, SUBJECT, id.toString(), String.valueOf(row.requestNumber()),
                "Bundle produced, " + hashed.contentHash());
        audit.record(CurrentStaff.username(), Action.VIEWED, "person", row.personId().toString(), person.personId(),
                "Everything held, for subject access request " + row.requestNumber());
        return hashed;
    }

    /** The files of the person's documents, to go with the bundle; reading them is audited against the request. */
    @PreAuthorize(ANSWER)
    public List<DocumentView.File> files(UUID id) {
        SubjectAccessStore.Row row = row(id);
        person(row.personId());
        List<org.openasc.casework.domain.DocumentStore.Row> held = documents.ofPerson(row.personId());
        audit.record(CurrentStaff.username(), Action.VIEWED, SUBJECT, id.toString(), String.valueOf(row.requestNumber()),
                "Document files for the bundle: " + held.size());
        return held.stream().map(d -> new DocumentView.File(d.documentNumber() + "-" + d.fileName(), d.mediaType(), documents.content(d.id())))
                .toList();
    }

    /** The bundle as the JSON its content hash is taken over. */
    public static String json(SubjectAccessBundle bundle) {
        return JSON.writeValueAsString(bundle);
    }

    /** Who has viewed, changed or been refused the person's record, oldest first, read a page at a time. */
    private List<SubjectAccessBundle.Access> accessLog(UUID personId) {
        List<SubjectAccessBundle.Access> log = new ArrayList<>();
        int page = 0;
        org.openasc.platform.web.Page<AuditTrail.Entry> entries;
        do {
            entries = audit.forSubject("person", personId.toString(), page++, 500);
            entries.items().forEach(e -> log.add(new SubjectAccessBundle.Access(e.occurredAt(), e.actor(), e.action(), e.detail())));
        } while (page < entries.pages());
        log.sort(Comparator.comparing(SubjectAccessBundle.Access::at));
        return log;
    }

    /** One calendar month after receipt; when that day is not a working day, the next one that is. */
    LocalDate due(LocalDate receivedOn) {
        LocalDate due = receivedOn.plusMonths(1);
        while (!calendar.isWorkingDay(due)) {
            due = due.plusDays(1);
        }
        return due;
    }

    private SubjectAccessStore.Row row(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFound("The subject access request " + id));
    }

    private SubjectAccessStore.Row answerable(UUID id) {
        SubjectAccessStore.Row row = row(id);
        person(row.personId());
        if (!"OPEN".equals(row.status())) {
            throw new InvalidInput("status", "Subject access request " + row.requestNumber() + " was answered on " + row.sentOn());
        }
        return row;
    }

    /** The person, refused (and audited) when their record is restricted and the caller is not named on it. */
    private PersonView person(UUID personId) {
        return people.open(personId);
    }

    private static Set<String> ownNames(PersonView p) {
        Set<String> names = new java.util.HashSet<>(List.of(p.givenName(), p.familyName()));
        if (p.preferredName() != null) {
            names.add(p.preferredName());
        }
        return names;
    }

    private SubjectAccessView view(SubjectAccessStore.Row r, LocalDate today) {
        return views(List.of(r), today).get(0);
    }

    /** Requests with their people looked up once, however many rows. */
    private List<SubjectAccessView> views(List<SubjectAccessStore.Row> rows, LocalDate today) {
        ListedPeople persons = people.forList(rows.stream().map(SubjectAccessStore.Row::personId).toList());
        return rows.stream().map(r -> {
            LocalDate by = r.extendedTo() != null ? r.extendedTo() : r.dueOn();
            boolean sealed = persons.sealed(r.personId());
            return new SubjectAccessView(r.id(), r.requestNumber(), r.personId(), persons.name(r.personId()), r.receivedOn(),
                    sealed ? null : r.requestedBy(), r.onBehalf(), r.identityChecked(), r.dueOn(), r.extendedTo(), sealed ? null : r.extensionReason(),
                    r.status(), r.sentOn(), r.sentBundleHash(), "OPEN".equals(r.status()) && today.isAfter(by), r.version(), sealed);
        }).toList();
    }
}
