package org.openasc.safeguarding;

/** What the Safeguarding Adults Team decides a concern is. */
public enum ScreeningDecision {
    S42("Section 42 enquiry", true),
    OTHER_ENQUIRY("Other safeguarding enquiry", true),
    INCIDENT_ONLY("Incident only", false),
    NOT_SAFEGUARDING("Not a safeguarding matter (dealt with by other means)", false);

    private final String label;
    private final boolean enquiry;

    ScreeningDecision(String label, boolean enquiry) {
        this.label = label;
        this.enquiry = enquiry;
    }

    public String label() {
        return label;
    }

    /** Whether the decision opens an enquiry. */
    public boolean enquiry() {
        return enquiry;
    }

    public static ScreeningDecision parse(String value) {
        try {
            return value == null ? null : valueOf(value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
