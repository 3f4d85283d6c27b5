package org.openasc.committee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A meeting's minutes; once approved at a later meeting they are locked. */
public record MinutesView(UUID meetingId, List<String> attendance, List<String> apologies, List<CommitteeCommands.Declaration> declarations,
                          List<CommitteeCommands.ItemMinute> items, UUID approvedAtMeeting, LocalDate approvedOn, int version, Instant changedAt,
                          String changedBy) {
}
