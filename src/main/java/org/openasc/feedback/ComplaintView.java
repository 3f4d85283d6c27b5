package org.openasc.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.openasc.platform.calendar.ClockStatus;

/** A complaint with its three clocks and where it stands. */
public record ComplaintView(UUID id, long complaintNumber, LocalDate receivedOn, String howReceived, String complainant, boolean representative,
                            boolean consentRecorded, UUID personId, String personName, String serviceArea, Long teamId, String theme, String elements,
                            String investigatingOfficer, LocalDate acknowledgementDueOn, LocalDate acknowledgedOn, ClockStatus acknowledgementStatus,
                            LocalDate responseDueOn, LocalDate agreedResponseDueOn, String extensionReason, LocalDate complainantToldOn,
                            LocalDate responseDueInForce, ClockStatus responseStatus, LocalDate sixMonthLimitOn, LocalDate respondedOn, String outcome,
                            String signedBy, Boolean withinTimescale, LocalDate withdrawnOn, String withdrawnReason, LocalDate passedToSafeguardingOn,
                            List<Lesson> lessons, int version) {

    @Schema(name = "ComplaintLesson")
    public record Lesson(UUID id, String lesson, String action, String owner, LocalDate dueOn, LocalDate doneOn) {
    }

    public boolean outstanding() {
        return respondedOn == null && withdrawnOn == null;
    }
}
