package org.openasc.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.casework.domain.DocumentStore;
import org.openasc.people.PersonRecords;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.FieldChecks;
import org.openasc.platform.web.NotFound;

/**
 * Documents on a person: uploaded with a title, kind and date, their type checked from the content and
 * required to match the file's name, at most 10 MB. Listing them and every download are audited like
 * reading the record, and they follow the person's restriction.
 */
@Service
public class Documents {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    static final String SUBJECT = "document";
    public static final Map<String, String> KINDS = kinds();

    private final DocumentStore store;
    private final PersonRecords people;
    private final AuditTrail audit;
    private final Clock clock;

    Documents(DocumentStore store, PersonRecords people, AuditTrail audit, Clock clock) {
        this.store = store;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** Keeps a document; {@code content} is null when no file was chosen. */
    @PreAuthorize(Access.WRITE_PEOPLE)
    @Transactional
    public DocumentView upload(UUID personId, String title, String kind, LocalDate datedOn, String fileName, byte[] content) {
        people.requireOpenable(personId, "person", personId, null);
        FieldChecks checks = new FieldChecks().text(title, "title", "the document's title", 300);
        if (kind == null || !KINDS.containsKey(kind)) {
            checks.add("kind", "Select the kind of document (" + String.join(", ", KINDS.keySet()) + ")");
        }
        if (datedOn == null) {
            checks.add("datedOn", "Enter the date of the document");
        } else if (datedOn.isAfter(Today.on(clock))) {
            checks.add("datedOn", "The date of the document must be today or in the past");
        }
        FileType type = null;
        if (content == null || content.length == 0) {
            checks.add("file", "Choose the file to upload");
        } else if (content.length > MAX_BYTES) {
            checks.add("file", "The file is " + megabytes(content.length) + ": the largest a document can be is 10 MB");
        } else {
            Optional<FileType> named = FileType.named(fileName);
            Optional<FileType> actual = FileType.of(content);
            if (actual.isEmpty()) {
                checks.add("file", "Only PDF, PNG and JPEG images, Word documents (.docx) and plain text can be kept (" + FileType.extensions() + ")");
            } else if (named.isEmpty() || named.get() != actual.get()) {
                checks.add("file", "The file's name says " + (named.map(Enum::name).orElse("no known type")) + " but it is " + actual.get().name()
                        + ": check you chose the right file, or name it ." + actual.get().name().toLowerCase());
            } else {
                type = actual.get();
            }
        }
        checks.orRefuse();
        UUID id = UUID.randomUUID();
        String safeName = fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        store.insert(id, personId, title.strip(), kind, datedOn, safeName.length() > 255 ? safeName.substring(safeName.length() - 255) : safeName,
                type.mediaType(), content, org.openasc.platform.documents.ContentHash.sha256(content), CurrentStaff.username());
        audit.record(CurrentStaff.username(), Action.CREATED, SUBJECT, id.toString(), null, "About person " + personId + ": " + KINDS.get(kind));
        return view(store.find(id).orElseThrow());
    }

    @PreAuthorize(Access.READ_PEOPLE)
    public List<DocumentView> of(UUID personId) {
        people.requireOpenable(personId, "person", personId, null);
        List<DocumentView> documents = store.ofPerson(personId).stream().map(Documents::view).toList();
        audit.record(CurrentStaff.username(), Action.VIEWED, "person", personId.toString(), null, "Documents: " + documents.size());
        return documents;
    }

    /** The file, audited as a read of the person's record; refused (and audited) for a restricted person. */
    @PreAuthorize(Access.READ_PEOPLE)
    public DocumentView.File download(UUID id) {
        DocumentStore.Row row = store.find(id).orElseThrow(() -> new NotFound("The document " + id));
        people.requireOpenable(row.personId(), SUBJECT, id, String.valueOf(row.documentNumber()));
        audit.record(CurrentStaff.username(), Action.VIEWED, SUBJECT, id.toString(), String.valueOf(row.documentNumber()), "Downloaded " + row.fileName());
        return new DocumentView.File(row.fileName(), row.mediaType(), store.content(id));
    }

    static DocumentView view(DocumentStore.Row r) {
        return new DocumentView(r.id(), r.documentNumber(), r.personId(), r.title(), r.kind(), KINDS.get(r.kind()), r.datedOn(), r.fileName(),
                r.mediaType(), r.sizeBytes(), r.sha256(), r.createdAt(), r.createdBy());
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.UK, "%.1f MB", bytes / 1024.0 / 1024.0);
    }

    private static Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("LETTER", "Letter");
        kinds.put("CONSENT", "Consent form");
        kinds.put("AGENCY_REPORT", "Report from another agency");
        kinds.put("CARE_PLAN", "Care plan signed on paper");
        kinds.put("ASSESSMENT", "Assessment");
        kinds.put("PHOTO", "Photo");
        kinds.put("OTHER", "Other");
        return kinds;
    }
}
