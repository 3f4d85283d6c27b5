package org.openasc.risk;

/** How a risk's net score moved since the review before: lower is improving. */
public enum Movement {
    NEW("New"), IMPROVING("Improving"), NO_CHANGE("No change"), WORSENING("Worsening");

    private final String label;

    Movement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Movement between(Integer previousNetScore, int netScore) {
        if (previousNetScore == null) {
            return NEW;
        }
        return netScore < previousNetScore ? IMPROVING : netScore > previousNetScore ? WORSENING : NO_CHANGE;
    }
}
