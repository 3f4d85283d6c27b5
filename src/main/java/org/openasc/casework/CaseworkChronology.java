package org.openasc.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.openasc.casework.domain.DocumentStore;
import org.openasc.casework.domain.NoteStore;
import org.openasc.platform.records.ChronologyEntry;
import org.openasc.platform.records.ModuleChronology;

/**
 * Case notes and documents in the chronology: final notes at the time of the contact or event (a note
 * linked to a record the caller may not see is withheld, as on the notes page), documents on their date.
 */
@Component
class CaseworkChronology extends ModuleChronology<NoteStore> {

    private final DocumentStore documents;
    private final NoteLinks links;

    CaseworkChronology(NoteStore notes, DocumentStore documents, NoteLinks links) {
        super(notes, "NOTE", "Case notes", "DOCUMENT", "Documents");
        this.documents = documents;
        this.links = links;
    }

    @Override
    protected Entries read(UUID personId, LocalDate from, LocalDate to, Set<String> wanted) {
        List<ChronologyEntry> shown = new ArrayList<>();
        int withheld = 0;
        if (wanted.contains("NOTE")) {
            List<NoteStore.Row> rows = query.finalBetween(personId, from, to);
            Set<UUID> visible = links.visible(rows.stream().map(NoteStore.Row::id).toList(), query.links(rows.stream().map(NoteStore.Row::id).toList()));
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
        if (wanted.contains("DOCUMENT")) {
            for (DocumentStore.Row d : documents.datedBetween(personId, from, to)) {
                shown.add(ChronologyEntry.onDay(d.datedOn(), "DOCUMENT", Documents.KINDS.get(d.kind()) + ": " + d.title(), d.fileName(), "casework",
                        "/documents/" + d.id(), false));
            }
        }
        return new Entries(shown, withheld);
    }
}
