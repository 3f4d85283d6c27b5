package org.openasc.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.openasc.casework.domain.DocumentStore;
import org.openasc.casework.domain.NoteStore;
import org.openasc.platform.records.ChronologyEntry;
import org.openasc.platform.records.ChronologySource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;

/**
 * Case notes and documents in the chronology: final notes at the time of the contact or event (a note
 * linked to a record the caller may not see is withheld, as on the notes page), documents on their date.
 */
@Component
class CaseworkChronology implements ChronologySource {

    private final NoteStore notes;
    private final DocumentStore documents;
    private final NoteLinks links;

    CaseworkChronology(NoteStore notes, DocumentStore documents, NoteLinks links) {
        this.notes = notes;
        this.documents = documents;
        this.links = links;
    }

    @Override
    @PreAuthorize(Access.SIGNED_IN)
    public Map<String, String> types() {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("NOTE", "Case notes");
        types.put("DOCUMENT", "Documents");
        return types;
    }

    @Override
    @PreAuthorize(Access.READ_PEOPLE)
    public Entries entries(UUID personId, LocalDate from, LocalDate to, Set<String> types) {
        List<ChronologyEntry> shown = new ArrayList<>();
        int withheld = 0;
        if (types.isEmpty() || types.contains("NOTE")) {
            List<NoteStore.Row> rows = notes.finalBetween(personId, from, to);
            Set<UUID> visible = links.visible(rows.stream().map(NoteStore.Row::id).toList(), notes.links(rows.stream().map(NoteStore.Row::id).toList()));
            for (NoteStore.Row n : rows) {
                if (!visible.contains(n.id())) {
                    withheld++;
                    continue;
                }
                String title = CaseNotes.TYPES.get(n.type()) + (n.significantCategory() == null ? "" : ": " + n.significantCategory().toLowerCase());
                shown.add(new ChronologyEntry(n.occurredAt(), true, "NOTE", title, n.text(), "casework",
                        "/people/" + personId + "/notes#note-" + n.noteNumber(), n.significantCategory() != null));
            }
        }
        if (types.isEmpty() || types.contains("DOCUMENT")) {
            for (DocumentStore.Row d : documents.datedBetween(personId, from, to)) {
                shown.add(ChronologyEntry.onDay(d.datedOn(), "DOCUMENT", Documents.KINDS.get(d.kind()) + ": " + d.title(), d.fileName(), "casework",
                        "/documents/" + d.id(), false));
            }
        }
        return new Entries(shown, withheld);
    }
}
