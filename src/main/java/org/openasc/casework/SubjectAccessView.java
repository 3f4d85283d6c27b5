package org.openasc.casework;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A subject access request and its clock: due one calendar month after receipt (the next working day if that is not one),
 * or the date it was extended to. {@code sealed}: the person's record is restricted and the viewer is not named on it, so
 * the request shows its number and clock, not who asked or why it was extended.
 */
public record SubjectAccessView(UUID id, long number, UUID personId, String personName, LocalDate receivedOn, String requestedBy, boolean onBehalf,
                                boolean identityChecked, LocalDate dueOn, LocalDate extendedTo, String extensionReason, String status,
                                LocalDate sentOn, String sentBundleHash, boolean overdue, int version, boolean sealed) {

    /** The date the answer is due now: the extended date if there is one. */
    public LocalDate answerBy() {
        return extendedTo != null ? extendedTo : dueOn;
    }
}
