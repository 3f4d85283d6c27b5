package org.openasc.committee;

import java.time.Instant;
import java.util.List;

/**
 * Everything a published report shows, kept as published: its words, who wrote and cleared it, and its
 * figures. The content hash is the SHA-256 of this record as JSON.
 */
record ReportSnapshot(String committee, Instant meetingStartsAt, Integer itemNumber, String template, CommitteeCommands.ReportRequest parameters,
                      String title, String purpose, List<String> recommendations, String background, List<CommitteeCommands.Section> sections,
                      List<CommitteeCommands.Section> appendices, String author, String authorName, String clearedBy, String clearedByName,
                      Instant clearedAt, Instant publishedAt, ReportFigures figures) {
}
