package org.openasc.liberty;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.openasc.platform.codelist.Coded;

/** What the DoLS team and AMHPs send. */
public final class DolsCommands {

    private DolsCommands() {
    }

    /** A request for a standard authorisation from a managing authority (a location on the register, or a hospital named with its CQC code). */
    public record NewApplication(UUID personId, UUID locationId, String managingAuthority, String cqcLocationCode, LocalDate receivedOn,
                                 Boolean urgent, LocalDate urgentGrantedOn, String priority, @Coded("dols-priority-reason") String priorityReason) {
    }

    public record UrgentExtension(Integer version, Integer days) {
    }

    @Schema(name = "DolsAllocation")
    public record Allocation(Integer version, Long bestInterestsAssessorId) {
    }

    public record AssessmentResult(String requirement, String status, Long assessorId, LocalDate assessedOn) {
    }

    /** The supervisory body's decision: granted (from, to, conditions), not granted (reason) or withdrawn (reason). */
    @Schema(name = "DolsDecision")
    public record Decision(Integer version, LocalDate signedOffOn, String outcome, String reason, LocalDate authorisedFrom, LocalDate authorisedTo,
                           String conditions) {
    }

    public record NewAssessor(String name, String qualification) {
    }

    /** A Mental Health Act assessment by an AMHP. */
    public record NewMhaAssessment(UUID personId, LocalDateTime requestedAt, String amhp, List<String> doctors, LocalDateTime assessedAt,
                                   String outcome, LocalDateTime bedFoundAt, Boolean outOfArea, List<String> delays, String delayNotes) {
    }
}
