package org.openasc.committee;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A report as its reader sees it: the officers' words and the figures, live while a draft and as
 * published once published ({@code contentHash} then names exactly what was published).
 */
public record ReportView(UUID id, UUID meetingId, UUID committeeId, String committeeName, Instant meetingStartsAt, Integer itemNumber,
                         String template, CommitteeCommands.ReportRequest parameters, String title, String purpose,
                         List<String> recommendations, String background, List<CommitteeCommands.Section> sections,
                         List<CommitteeCommands.Section> appendices, String author, String authorName, String status, Instant submittedAt,
                         String clearedBy, String clearedByName, Instant clearedAt, Instant publishedAt, String contentHash,
                         ReportFigures figures, boolean suppressed, int version) {

    /** A figure that differs from what was published: the cell's key and its caption, then and now. */
    public record Revision(String figure, String caption, String published, String now) {
    }
}
