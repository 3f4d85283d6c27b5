package org.openasc.safeguarding;

/** Who carries an enquiry on: the Safeguarding Adults Team, a locality team, or the provider asked to enquire. */
public enum Routing {
    SAFEGUARDING_TEAM("Stays with the Safeguarding Adults Team"),
    LOCALITY("Transferred to a locality team"),
    PROVIDER("Provider asked to investigate (caused enquiry)");

    private final String label;

    Routing(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Routing parse(String value) {
        try {
            return value == null ? null : valueOf(value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
