package org.openasc.feedback;

import org.openasc.platform.web.Labelled;

/** The Local Government and Social Care Ombudsman's outcome; the name is what the record keeps. */
public enum OmbudsmanOutcome implements Labelled {
    PREMATURE, OUTSIDE_JURISDICTION, NOT_UPHELD, FAULT_NO_INJUSTICE, FAULT_INJUSTICE;

    @Override
    public String label() {
        return switch (this) {
            case FAULT_NO_INJUSTICE -> "Fault found, no injustice";
            case FAULT_INJUSTICE -> "Fault found with injustice";
            default -> Labelled.super.label();
        };
    }
}
