package org.openasc.committee;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** A meeting and its agenda; exempt items are left out for those who may not see them. */
public record MeetingView(UUID id, UUID committeeId, String committeeName, Instant startsAt, String venue, String onlineLink, String status,
                          List<Item> items, int version) {

    @Schema(name = "AgendaItem")
    public record Item(UUID id, int number, String kind, String title, String purpose, String purposeLabel, String leadOfficer,
                       boolean exempt, Integer exemptParagraph, UUID reportId, String reportStatus, int version) {
    }
}
