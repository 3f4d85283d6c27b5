package org.openasc.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.casework.domain.NoteStore;
import org.openasc.people.PersonRecords;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.calendar.CouncilTime;
import org.openasc.platform.records.LinkedRecords;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.FieldChecks;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.NotFound;
import org.openasc.platform.web.StaleVersion;
import org.openasc.platform.web.Versions;

/**
 * Case notes on a person. A note may be kept as a draft (seen only by its author) and is then
 * finalised; a final note is never changed, only corrected by an addendum with its reason. A note is
 * seen by those who may open the person's record and see every record it is linked to (a note about a
 * safeguarding enquiry only by those who may see the enquiry). Reads, changes and refusals are audited.
 */
@Service
public class CaseNotes {

    static final String SUBJECT = "case-note";
    /** The kinds of note, by code, with their labels in the order forms offer them. */
    public static final Map<String, String> TYPES = types();
    public static final List<String> CATEGORIES = List.of("Safeguarding", "Change in health", "Change in circumstances", "Hospital admission",
            "Death", "Incident or accident", "Legal or court", "Complaint", "Other");

    private final NoteStore store;
    private final PersonRecords people;
    private final NoteLinks linked;
    private final AuditTrail audit;
    private final Clock clock;

    CaseNotes(NoteStore store, PersonRecords people, NoteLinks linked, AuditTrail audit, Clock clock) {
        this.store = store;
        this.people = people;
        this.linked = linked;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Access.WRITE_PEOPLE)
    @Transactional
    public CaseNoteView write(UUID personId, CaseNoteCommands.NoteText n) {
        people.requireOpenable(personId, "person", personId, null);
        Checked c = check(personId, n);
        UUID id = UUID.randomUUID();
        String by = CurrentStaff.username();
        store.insert(id, personId, c.occurredAt(), n.type(), c.present(), n.text().strip(), c.category(), by);
        store.replaceLinks(id, c.links());
        if (Boolean.TRUE.equals(n.finalise())) {
            store.finalise(id, 0, clock.instant(), by);
        }
        audit.record(by, Action.CREATED, SUBJECT, id.toString(), null, "About person " + personId + (Boolean.TRUE.equals(n.finalise()) ? ", final" : ", draft"));
        return view(store.find(id).orElseThrow());
    }

    /** Changes a draft; a final note answers that it is corrected by an addendum instead. */
    @PreAuthorize(Access.WRITE_PEOPLE)
    @Transactional
    public CaseNoteView change(UUID id, CaseNoteCommands.NoteText n) {
        NoteStore.Row row = draft(id);
        Checked c = check(row.personId(), n);
        String by = CurrentStaff.username();
        if (!store.update(id, Versions.required(n.version()), c.occurredAt(), n.type(), c.present(), n.text().strip(), c.category(), by)) {
            throw new StaleVersion("Case note " + row.noteNumber());
        }
        store.replaceLinks(id, c.links());
        if (Boolean.TRUE.equals(n.finalise())) {
            store.finalise(id, n.version() + 1, clock.instant(), by);
        }
        audit.record(by, Action.CHANGED, SUBJECT, id.toString(), String.valueOf(row.noteNumber()), "Draft changed");
        return view(store.find(id).orElseThrow());
    }

    @PreAuthorize(Access.WRITE_PEOPLE)
    @Transactional
    public CaseNoteView finalise(UUID id, CaseNoteCommands.Finalise f) {
        NoteStore.Row row = draft(id);
        if (!store.finalise(id, Versions.required(f.version()), clock.instant(), CurrentStaff.username())) {
            throw new StaleVersion("Case note " + row.noteNumber());
        }
        audit.record(CurrentStaff.username(), Action.CHANGED, SUBJECT, id.toString(), String.valueOf(row.noteNumber()), "Finalised");
        return view(store.find(id).orElseThrow());
    }

    /** Corrects a final note: the original stays as it was, with the addendum, who added it, when and why. */
    @PreAuthorize(Access.WRITE_PEOPLE)
    @Transactional
    public CaseNoteView addendum(UUID id, CaseNoteCommands.NewAddendum a) {
        NoteStore.Row row = visible(id);
        if (!"FINAL".equals(row.status())) {
            throw new InvalidInput("status", "Case note " + row.noteNumber() + " is a draft: change it instead of adding an addendum");
        }
        new FieldChecks().text(a.text(), "text", "the correction or addition", 8000).text(a.reason(), "reason", "why the note is corrected", 1000)
                .orRefuse();
        store.addendum(id, a.text().strip(), a.reason().strip(), CurrentStaff.username());
        audit.record(CurrentStaff.username(), Action.CHANGED, SUBJECT, id.toString(), String.valueOf(row.noteNumber()), "Addendum: " + a.reason().strip());
        return view(store.find(id).orElseThrow());
    }

    @PreAuthorize(Access.READ_PEOPLE)
    public CaseNoteView open(UUID id) {
        NoteStore.Row row = visible(id);
        audit.record(CurrentStaff.username(), Action.VIEWED, SUBJECT, id.toString(), String.valueOf(row.noteNumber()), null);
        return view(row);
    }

    /** The person's notes the caller may see, newest event first; notes linked to records the caller may not see are left out. */
    @PreAuthorize(Access.READ_PEOPLE)
    public List<CaseNoteView> of(UUID personId) {
        people.requireOpenable(personId, "person", personId, null);
        String by = CurrentStaff.username();
        List<NoteStore.Row> rows = store.ofPerson(personId, by);
        Map<UUID, List<NoteStore.Link>> links = store.links(rows.stream().map(NoteStore.Row::id).toList());
        java.util.Set<UUID> visible = linked.visible(rows.stream().map(NoteStore.Row::id).toList(), links);
        List<NoteStore.Row> shown = rows.stream().filter(r -> visible.contains(r.id())).toList();
        audit.record(by, Action.VIEWED, "person", personId.toString(), null, "Case notes: " + shown.size());
        return views(shown, links);
    }

    /** The caller's own drafts, oldest first, with the person each is about. */
    @PreAuthorize(Access.READ_PEOPLE)
    public List<CaseNoteView> drafts() {
        List<NoteStore.Row> rows = store.draftsBy(CurrentStaff.username());
        return views(rows, store.links(rows.stream().map(NoteStore.Row::id).toList()));
    }

    private record Checked(Instant occurredAt, String present, String category, List<NoteStore.Link> links) {
    }

    private Checked check(UUID personId, CaseNoteCommands.NoteText n) {
        FieldChecks checks = new FieldChecks();
        Instant at = null;
        try {
            at = CouncilTime.parse(n.occurredAt(), "occurredAt", "when the contact or event happened");
            if (at.isAfter(clock.instant())) {
                checks.add("occurredAt", "The contact or event cannot be in the future");
            }
        } catch (InvalidInput e) {
            e.problems().forEach(p -> checks.add(p.field(), p.message()));
        }
        if (n.type() == null || !TYPES.containsKey(n.type())) {
            checks.add("type", "Select the kind of note (" + String.join(", ", TYPES.keySet()) + ")");
        }
        checks.text(n.text(), "text", "the note", 20000);
        if (n.present() != null && n.present().length() > 1000) {
            checks.add("present", "Enter who was present in 1000 characters or fewer");
        }
        boolean significant = Boolean.TRUE.equals(n.significant());
        if (significant && (n.significantCategory() == null || !CATEGORIES.contains(n.significantCategory()))) {
            checks.add("significantCategory", "Choose what kind of significant event it was: " + String.join(", ", CATEGORIES));
        }
        List<NoteStore.Link> links = new ArrayList<>();
        List<CaseNoteCommands.LinkRef> refs = n.links() == null ? List.of() : n.links();
        for (int i = 0; i < refs.size(); i++) {
            CaseNoteCommands.LinkRef ref = refs.get(i);
            LinkedRecords module = ref == null ? null : linked.module(ref.kind());
            if (module == null || ref.id() == null) {
                checks.add("links[" + i + "]", "Link a record by its kind (" + String.join(", ", linked.kinds()) + ") and id");
            } else if (!module.personOf(ref.kind(), ref.id()).map(personId::equals).orElse(false)) {
                checks.add("links[" + i + "].id", "There is no " + ref.kind().toLowerCase().replace('_', ' ') + " with this id about this person");
            } else if (!module.maySee(ref.kind(), ref.id())) {
                checks.add("links[" + i + "].id", "You cannot see that " + ref.kind().toLowerCase().replace('_', ' ') + ", so a note cannot be linked to it");
            } else {
                links.add(new NoteStore.Link(ref.kind(), ref.id()));
            }
        }
        checks.orRefuse();
        return new Checked(at, FieldChecks.trimmed(n.present()), significant ? n.significantCategory() : null, links);
    }

    /** The note if the caller may open its person and see all it links to (a draft: only its author); refusals audited. */
    private NoteStore.Row visible(UUID id) {
        NoteStore.Row row = store.find(id).orElseThrow(() -> new NotFound("The case note " + id));
        String by = CurrentStaff.username();
        people.requireOpenable(row.personId(), SUBJECT, id, String.valueOf(row.noteNumber()));
        boolean linksSeen = linked.visible(List.of(id), store.links(List.of(id))).contains(id);
        if (!linksSeen || ("DRAFT".equals(row.status()) && !row.createdBy().equals(by))) {
            audit.recordRegardless(by, Action.REFUSED, SUBJECT, id.toString(), String.valueOf(row.noteNumber()),
                    linksSeen ? "Another worker's draft" : "Linked to a record the caller may not see");
            throw new NotFound("The case note " + id);
        }
        return row;
    }

    private NoteStore.Row draft(UUID id) {
        NoteStore.Row row = visible(id);
        if (!"DRAFT".equals(row.status())) {
            throw new InvalidInput("status", "Case note " + row.noteNumber() + " is final: correct it with an addendum, which keeps the original");
        }
        return row;
    }

    private CaseNoteView view(NoteStore.Row row) {
        return views(List.of(row), store.links(List.of(row.id()))).get(0);
    }

    private List<CaseNoteView> views(List<NoteStore.Row> rows, Map<UUID, List<NoteStore.Link>> links) {
        Map<UUID, List<NoteStore.Addendum>> addenda = store.addenda(rows.stream().map(NoteStore.Row::id).toList());
        return rows.stream().map(r -> new CaseNoteView(r.id(), r.noteNumber(), r.personId(), r.occurredAt(), r.type(), TYPES.get(r.type()), r.present(),
                r.text(), r.significantCategory() != null, r.significantCategory(),
                links.getOrDefault(r.id(), List.of()).stream().map(l -> new CaseNoteCommands.LinkRef(l.kind(), l.id())).toList(), r.status(),
                r.finalisedAt(), r.finalisedBy(), addenda.getOrDefault(r.id(), List.of()).stream()
                        .map(a -> new CaseNoteView.Addendum(a.text(), a.reason(), a.createdAt(), a.createdBy())).toList(),
                r.version(), r.createdAt(), r.createdBy())).toList();
    }

    private static Map<String, String> types() {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("VISIT", "Visit");
        types.put("PHONE_CALL", "Phone call");
        types.put("EMAIL", "Email");
        types.put("LETTER", "Letter");
        types.put("MEETING", "Meeting");
        types.put("OBSERVATION", "Observation");
        types.put("MANAGEMENT_OVERSIGHT", "Management oversight");
        types.put("SUPERVISION_DECISION", "Supervision decision");
        return types;
    }
}
