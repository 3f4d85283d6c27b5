package org.openasc.committee;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A committee, its members and officers, and its meetings. */
public record CommitteeView(UUID id, String name, String remit, List<Member> members, List<MeetingSummary> meetings, int version) {

    public record Member(String username, String displayName, String role) {
    }

    public record MeetingSummary(UUID id, Instant startsAt, String status) {
    }
}
