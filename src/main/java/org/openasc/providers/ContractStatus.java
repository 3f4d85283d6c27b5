package org.openasc.providers;

/** A location's contract status other than active, each dated from a start to an optional end. */
public enum ContractStatus {
    ENHANCED_MONITORING("Enhanced monitoring"),
    SUSPENDED("Suspension of new placements"),
    NOTICE_OF_PROPOSAL("CQC notice of proposal"),
    CLOSING("Home for sale or closing");

    private final String label;

    ContractStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ContractStatus parse(String text) {
        if (text == null) {
            return null;
        }
        for (ContractStatus s : values()) {
            if (s.name().equalsIgnoreCase(text.strip()) || s.label.equalsIgnoreCase(text.strip())) {
                return s;
            }
        }
        return null;
    }
}
