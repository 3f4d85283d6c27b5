package org.openasc.performance;

/** Whether a measure's process, as its control limits describe it, can be relied on to meet its target. */
public enum Assurance {
    CONSISTENTLY_MET("The target will consistently be met"),
    HIT_AND_MISS("Hit and miss: the target lies between the limits"),
    CONSISTENTLY_MISSED("The target will consistently be missed");

    private final String label;

    Assurance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
