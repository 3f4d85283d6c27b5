package org.openasc.liberty;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.openasc.platform.calendar.ClockStatus;

/** A DoLS application with its clocks, qualifying assessments and outcome; a granted authorisation may have ceased early (the person died). */
public record ApplicationView(UUID id, long applicationNumber, UUID personId, String personName, UUID locationId, String managingAuthority,
                              String cqcLocationCode, LocalDate receivedOn, LocalDate standardDueOn, ClockStatus decisionStatus, boolean urgent,
                              LocalDate urgentGrantedOn, Integer urgentExtendedDays, LocalDate urgentEndsOn, String priority, String priorityReason,
                              Long bestInterestsAssessorId, String bestInterestsAssessor, List<Assessment> assessments, LocalDate signedOffOn,
                              String outcome, String outcomeReason, LocalDate authorisedFrom, LocalDate authorisedTo, LocalDate renewalRequestBy,
                              String conditions, LocalDate ceasedOn, String ceasedReason, int version) {

    public record Assessment(String requirement, String label, String status, String statusLabel, Long assessorId, String assessor,
                             LocalDate assessedOn) {
    }

    public boolean open() {
        return outcome == null;
    }
}
