package org.openasc.committee;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import org.openasc.committee.domain.ReportStore;
import org.openasc.platform.security.Access;
import org.openasc.platform.web.DateDisplay;


/** A report as files: the published PDF as kept, or a draft's rendered from the live record; and the Word document. */
@Service
public class ReportDownloads {

    private final Reports reports;
    private final ReportStore store;
    private final ReportDocuments documents;

    ReportDownloads(Reports reports, ReportStore store, ReportDocuments documents) {
        this.reports = reports;
        this.store = store;
        this.documents = documents;
    }

    /** The published PDF as kept; a draft's is rendered from the live record and marked as a draft. */
    @PreAuthorize(Access.SIGNED_IN)
    public byte[] pdf(UUID id) {
        ReportStore.Row row = reports.row(id);
        if (ReportStatus.PUBLISHED.is(row.status())) {
            reports.open(id);
            return store.pdf(id).orElseThrow();
        }
        ReportView draft = reports.open(id);
        return documents.pdf(asSnapshot(draft), draft.figures(), null, false);
    }

    /** The report as a Word document: as published (small numbers suppressed), or a draft from the live record for its officers. */
    @PreAuthorize(Access.SIGNED_IN)
    public byte[] docx(UUID id) {
        ReportStore.Row row = reports.row(id);
        if (ReportStatus.PUBLISHED.is(row.status())) {
            reports.open(id);
            ReportSnapshot snapshot = Reports.snapshot(row);
            return ReportDocx.of(snapshot, SmallNumbers.suppress(snapshot.figures(), reports.suppressUpTo()), "Published " + new DateDisplay()
                    .when(snapshot.publishedAt()) + ". Content hash " + row.contentHash() + ".");
        }
        ReportView draft = reports.open(id);
        return ReportDocx.of(asSnapshot(draft), draft.figures(), "Draft from the live record: not for publication.");
    }

    private static ReportSnapshot asSnapshot(ReportView draft) {
        return new ReportSnapshot(draft.committeeName(), draft.meetingStartsAt(), draft.itemNumber(), draft.template(),
                draft.parameters(), draft.title(), draft.purpose(), draft.recommendations(), draft.background(), draft.sections(), draft.appendices(),
                draft.author(), draft.authorName(), draft.clearedBy(), draft.clearedByName(), draft.clearedAt(), null, draft.figures());
    }
}
