package org.openasc.frontdoor;

/** Where an open request for support is waiting; CLOSED once it has its CLD outcome. */
public enum Stage {
    AWAITING_TRIAGE("Awaiting triage"),
    AWAITING_ALLOCATION("Awaiting allocation"),
    AWAITING_ASSESSMENT("Awaiting assessment"),
    ASSESSMENT_IN_PROGRESS("Assessment in progress"),
    CLOSED("Closed");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The stage a request is at, from what has happened to it: later steps win. */
    public static Stage of(boolean closed, boolean workStarted, boolean workerAllocated, boolean prioritised) {
        if (closed) {
            return CLOSED;
        }
        if (workStarted) {
            return ASSESSMENT_IN_PROGRESS;
        }
        if (workerAllocated) {
            return AWAITING_ASSESSMENT;
        }
        return prioritised ? AWAITING_ALLOCATION : AWAITING_TRIAGE;
    }

    public static java.util.List<Stage> waiting() {
        return java.util.List.of(AWAITING_TRIAGE, AWAITING_ALLOCATION, AWAITING_ASSESSMENT, ASSESSMENT_IN_PROGRESS);
    }
}
