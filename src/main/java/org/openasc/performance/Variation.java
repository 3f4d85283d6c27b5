package org.openasc.performance;

/** What a control chart says of a measure's latest point, in Making Data Count's terms. */
public enum Variation {
    COMMON_CAUSE("Common cause variation"),
    SPECIAL_CAUSE_IMPROVING("Special cause variation: improving"),
    SPECIAL_CAUSE_CONCERNING("Special cause variation: concerning"),
    SPECIAL_CAUSE_NEITHER("Special cause variation: neither improving nor concerning");

    private final String label;

    Variation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
