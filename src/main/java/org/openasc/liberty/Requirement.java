package org.openasc.liberty;

/** The six qualifying requirements for a standard authorisation, in the DoLS return's order. */
public enum Requirement {
    AGE("Age"), MENTAL_HEALTH("Mental health"), MENTAL_CAPACITY("Mental capacity"), NO_REFUSALS("No refusals"), ELIGIBILITY("Eligibility"),
    BEST_INTERESTS("Best interests");

    private final String label;

    Requirement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Assessment status with its DoLS return code. */
    public enum Status {
        NOT_ASSESSED(0, "Not assessed"), SATISFIED(1, "Satisfied"), NOT_SATISFIED(2, "Not satisfied"), EQUIVALENT(3, "Equivalent assessment");

        private final int code;
        private final String label;

        Status(int code, String label) {
            this.code = code;
            this.label = label;
        }

        public int code() {
            return code;
        }

        public String label() {
            return label;
        }

        /** Whether the requirement is met for a grant. */
        public boolean met() {
            return this == SATISFIED || this == EQUIVALENT;
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
