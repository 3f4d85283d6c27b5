package org.openasc.returns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.csv.CsvFiles;
import org.openasc.platform.documents.ContentHash;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.NotFound;
import org.openasc.returns.domain.CldFields;
import org.openasc.returns.domain.CldSubmissionStore;
import org.openasc.returns.domain.CldSubmissionStore.Kept;

/**
 * Client Level Data files kept as they were sent. DHSC stacks submissions and takes the latest as the truth, so each
 * new file is compared with the one sent before it: events closed since (an end date now known), corrected (any other
 * value changed), new, and no longer in the file (out of the rolling 12 months, or retracted).
 */
@Service
public class CldSubmissions {

    /** One event's place in a comparison, with its values before and after where it had them. */
    @Schema(name = "CldRowChange")
    public record Change(String key, String eventType, List<String> fields, Map<String, String> before, Map<String, String> after) {
    }

    /** What changed between the submission before and this one. */
    public record Changes(Kept submission, Kept previous, List<Change> closedSince, List<Change> corrected, List<Change> added,
                          List<Change> removed, long unchanged) {
    }

    private static final int TYPE = CldFields.index(CldFields.EVENT_TYPE);
    private static final int REF = CldFields.index(CldFields.EVENT_REFERENCE);
    private static final int PERSON = CldFields.index(CldFields.PERSON_ID);
    private static final int END = CldFields.index(CldFields.EVENT_END);
    private static final int PERIOD_END = CldFields.index(CldFields.PERIOD_END);

    private final ClientLevelData cld;
    private final CldSubmissionStore store;
    private final AuditTrail audit;

    CldSubmissions(ClientLevelData cld, CldSubmissionStore store, AuditTrail audit) {
        this.cld = cld;
        this.store = store;
        this.audit = audit;
    }

    /** Produces the quarter's file for submission and keeps it, with its counts, validation summary and hash. */
    @PreAuthorize(ClientLevelData.RUN)
    @Transactional
    public Kept submit(LocalDate quarterEnd) {
        ClientLevelData.CldFile file = cld.file(quarterEnd);
        ClientLevelData.Validation validation = cld.validation(file);
        String csv = ClientLevelData.csv(file);
        long id = store.keep(quarterEnd, file.periodStart(), file.periodEnd(), CurrentStaff.username(), validation.rows(),
                validation.byEventType(), validation.byRule(), validation.failures().size(), ContentHash.sha256(csv), csv);
        audit.record(CurrentStaff.username(), Action.CREATED, "cld-submission", String.valueOf(id), String.valueOf(quarterEnd),
                "Client Level Data kept for submission: " + validation.rows() + " rows, " + validation.failures().size() + " failures");
        return store.find(id).orElseThrow();
    }

    @PreAuthorize(ClientLevelData.RUN)
    public List<Kept> all() {
        return store.all();
    }

    @PreAuthorize(ClientLevelData.RUN)
    public Kept find(long id) {
        return store.find(id).orElseThrow(() -> new NotFound("Client Level Data submission " + id));
    }

    /** The kept file exactly as it was produced. */
    @PreAuthorize(ClientLevelData.RUN)
    public String content(long id) {
        Kept kept = find(id);
        audit.record(CurrentStaff.username(), Action.VIEWED, "cld-submission", String.valueOf(id), String.valueOf(kept.quarterEnd()),
                "Client Level Data submission file read: " + kept.rows() + " rows");
        return store.content(id);
    }

    /** What changed since the submission kept before this one; everything is new when there was none. */
    @PreAuthorize(ClientLevelData.RUN)
    public Changes changes(long id) {
        Kept kept = find(id);
        Kept previous = store.before(id).orElse(null);
        Map<String, String[]> now = byKey(store.content(id));
        Map<String, String[]> before = previous == null ? Map.of() : byKey(store.content(previous.id()));
        List<Change> closed = new ArrayList<>();
        List<Change> corrected = new ArrayList<>();
        List<Change> added = new ArrayList<>();
        List<Change> removed = new ArrayList<>();
        long unchanged = 0;
        for (Map.Entry<String, String[]> e : now.entrySet()) {
            String[] old = before.get(e.getKey());
            if (old == null) {
                added.add(change(e.getKey(), null, e.getValue()));
                continue;
            }
            List<String> differ = differing(old, e.getValue());
            if (differ.isEmpty()) {
                unchanged++;
            } else if (blank(old[END]) && !blank(e.getValue()[END])) {
                closed.add(change(e.getKey(), old, e.getValue()));
            } else {
                corrected.add(change(e.getKey(), old, e.getValue()));
            }
        }
        before.forEach((key, old) -> {
            if (!now.containsKey(key)) {
                removed.add(change(key, old, null));
            }
        });
        audit.record(CurrentStaff.username(), Action.VIEWED, "cld-submission", String.valueOf(id), String.valueOf(kept.quarterEnd()),
                "Client Level Data changes since the submission before: " + closed.size() + " closed, " + corrected.size() + " corrected, "
                        + added.size() + " new, " + removed.size() + " no longer in the file");
        return new Changes(kept, previous, closed, corrected, added, removed, unchanged);
    }

    /** Rows by their event reference; a carer known by association, who has no event, by their person ID. */
    private static Map<String, String[]> byKey(String csv) {
        Map<String, String[]> rows = new LinkedHashMap<>();
        List<String> header = CldFields.HEADER.stream().map(h -> h.toLowerCase(java.util.Locale.ROOT)).toList();
        for (CsvFiles.Row row : CsvFiles.read(csv, header, "content")) {
            String[] values = CldFields.HEADER.stream().map(h -> row.get(h.toLowerCase(java.util.Locale.ROOT))).toArray(String[]::new);
            rows.put(blank(values[REF]) ? "Carer " + values[PERSON] : values[REF], values);
        }
        return rows;
    }

    /** The columns whose values differ, leaving out the reporting period, which moves with every quarter. */
    private static List<String> differing(String[] before, String[] after) {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < before.length; i++) {
            if (i > PERIOD_END && !norm(before[i]).equals(norm(after[i]))) {
                fields.add(CldFields.HEADER.get(i));
            }
        }
        return fields;
    }

    private static Change change(String key, String[] before, String[] after) {
        String[] any = after != null ? after : before;
        List<String> fields = before != null && after != null ? differing(before, after) : List.of();
        return new Change(key, blank(any[TYPE]) ? "Carer known by association" : any[TYPE], fields, pick(before, fields), pick(after, fields));
    }

    private static Map<String, String> pick(String[] values, List<String> fields) {
        if (values == null) {
            return null;
        }
        Map<String, String> picked = new LinkedHashMap<>();
        fields.forEach(f -> picked.put(f, norm(values[CldFields.index(f)])));
        return picked;
    }

    private static String norm(String v) {
        return v == null || v.isBlank() ? "" : v;
    }

    private static boolean blank(String v) {
        return v == null || v.isBlank();
    }
}
