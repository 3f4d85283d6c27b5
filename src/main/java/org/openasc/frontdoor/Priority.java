package org.openasc.frontdoor;

/** How soon a request needs attention, set by a manager with a reason. */
public enum Priority {
    URGENT("Urgent"),
    HIGH("High"),
    MEDIUM("Medium"),
    LOW("Low");

    private final String label;

    Priority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The priority named in input, ignoring case; null when the text names none. */
    public static Priority parse(String text) {
        if (text == null) {
            return null;
        }
        for (Priority p : values()) {
            if (p.name().equalsIgnoreCase(text.trim()) || p.label.equalsIgnoreCase(text.trim())) {
                return p;
            }
        }
        return null;
    }
}
