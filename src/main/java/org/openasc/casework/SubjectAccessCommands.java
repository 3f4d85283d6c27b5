package org.openasc.casework;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** What officers send to record and answer a subject access request. */
public final class SubjectAccessCommands {

    private SubjectAccessCommands() {
    }

    /** A request received on a day from the person or someone acting for them, once their identity (and authority) is checked. */
    @Schema(name = "NewSubjectAccessRequest")
    public record NewRequest(LocalDate receivedOn, String requestedBy, Boolean onBehalf, Boolean identityChecked) {
    }

    /** A complex request extended by up to two further months, with the reason the requester is told. */
    @Schema(name = "SubjectAccessExtension")
    public record Extension(Integer version, LocalDate extendedTo, String reason) {
    }

    /** The answer sent: the day, and the content hash of the bundle that went. */
    public record Sent(Integer version, LocalDate sentOn, String bundleHash) {
    }
}
