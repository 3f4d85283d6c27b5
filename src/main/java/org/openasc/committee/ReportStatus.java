package org.openasc.committee;

/** Where a committee report is on its way to the committee; the name is what the record keeps. */
public enum ReportStatus {

    DRAFT, SUBMITTED, CLEARED, PUBLISHED;

    /** Whether a kept status is this one. */
    public boolean is(String kept) {
        return name().equals(kept);
    }
}
