package org.openasc.casework;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import org.openasc.casework.domain.CaseworkDisclosureQuery;
import org.openasc.casework.domain.CaseworkDisclosureQuery.AddendumRow;
import org.openasc.casework.domain.CaseworkDisclosureQuery.DocumentRow;
import org.openasc.casework.domain.CaseworkDisclosureQuery.LinkRow;
import org.openasc.casework.domain.CaseworkDisclosureQuery.NoteRow;
import org.openasc.platform.records.Disclosed;
import org.openasc.platform.records.ModuleDisclosure;
import org.openasc.platform.staff.StaffDirectory;
import org.openasc.platform.web.DateDisplay;

/**
 * Casework's part of a subject access request: every case note, drafts as well as final ones since a draft is held too, with its
 * addenda and the records it is linked to, whoever may see them day to day; and the details of every document, whose files the
 * subject access service adds to the bundle by their id.
 */
@Component
class CaseworkDisclosure extends ModuleDisclosure<CaseworkDisclosureQuery> {

    private static final DateDisplay DATES = new DateDisplay();
    private static final Map<String, String> LINKED = Map.of("REQUEST", "Request for support", "ASSESSMENT", "Assessment", "SERVICE", "Service",
            "CONCERN", "Safeguarding concern", "ENQUIRY", "Safeguarding enquiry", "DOLS_APPLICATION", "DoLS application", "COMPLAINT", "Complaint");
    private static final int MEGABYTE = 1024 * 1024;

    CaseworkDisclosure(CaseworkDisclosureQuery query, StaffDirectory staff) {
        super(query, staff);
    }

    @Override
    protected void collect(UUID personId, Sections sections) {
        List<NoteRow> notes = query.notes(personId);
        List<DocumentRow> documents = query.documents(personId);
        Map<UUID, List<AddendumRow>> addenda = notes.isEmpty() ? Map.of()
                : query.addenda(personId).stream().collect(Collectors.groupingBy(AddendumRow::noteId));
        Map<UUID, List<LinkRow>> links = notes.isEmpty() ? Map.of() : query.links(personId).stream().collect(Collectors.groupingBy(LinkRow::noteId));
        Map<String, String> names = staffNames(Stream.of(
                        notes.stream().flatMap(n -> Stream.of(n.createdBy(), n.finalisedBy())),
                        addenda.values().stream().flatMap(List::stream).map(AddendumRow::createdBy),
                        documents.stream().map(DocumentRow::createdBy))
                .flatMap(s -> s));
        sections.add("Case notes", notes, n -> note(n, addenda.getOrDefault(n.id(), List.of()), links.getOrDefault(n.id(), List.of()), names))
                .add("Documents", documents, d -> document(d, names));
    }

    private static Item note(NoteRow n, List<AddendumRow> addenda, List<LinkRow> links, Map<String, String> names) {
        Disclosed entry = new Disclosed()
                .field("Status", "FINAL".equals(n.status()) ? "Final" : "Draft (not finalised)")
                .field("Kind of note", CaseNotes.TYPES.getOrDefault(n.type(), n.type()))
                .field("When it happened", n.occurredAt())
                .field("Significant event", n.significantCategory())
                .field("Written by", name(names, n.createdBy()))
                .field("Finalised", n.finalisedAt())
                .field("Finalised by", name(names, n.finalisedBy()));
        links.forEach(l -> entry.field("Linked to", LINKED.getOrDefault(l.kind(), l.kind()) + ", record id " + l.recordId()));
        entry.passage("Who was there", n.present()).passage("Note", n.text());
        for (int i = 0; i < addenda.size(); i++) {
            AddendumRow a = addenda.get(i);
            String addendum = "Addendum " + (i + 1);
            entry.passage(addendum + ", added by " + name(names, a.createdBy()) + " on " + DATES.at(a.createdAt()), a.text())
                    .passage("Reason for addendum " + (i + 1), a.reason());
        }
        return entry.item("Case note " + n.noteNumber(), n.occurredOn());
    }

    private static Item document(DocumentRow d, Map<String, String> names) {
        return new Disclosed()
                .field("Title", d.title())
                .field("Kind of document", Documents.KINDS.getOrDefault(d.kind(), d.kind()))
                .field("Date of the document", d.datedOn())
                .field("File name", d.fileName())
                .field("File type", fileType(d.mediaType()))
                .field("Size", d.sizeBytes() < MEGABYTE ? (d.sizeBytes() + 1023) / 1024 + " KB" : Documents.megabytes(d.sizeBytes()))
                .field("Added by", name(names, d.createdBy()))
                .field("Added", d.createdAt())
                .field("Document id", d.id())
                .item("Document " + d.documentNumber(), d.datedOn());
    }

    /** The kind of file as a reader knows it ("Word document"), from the type it was checked to be. */
    private static String fileType(String mediaType) {
        return Arrays.stream(FileType.values()).filter(t -> t.mediaType().equals(mediaType)).findFirst().map(t -> switch (t) {
            case PDF -> "PDF";
            case PNG -> "PNG image";
            case JPEG -> "JPEG image";
            case DOCX -> "Word document";
            case TEXT -> "Plain text";
        }).orElse(mediaType);
    }
}
