package org.openasc.casework;

import java.util.List;
import java.util.UUID;

/** What practitioners send to write, correct and finalise case notes. */
public final class CaseNoteCommands {

    private CaseNoteCommands() {
    }

    /**
     * A note: {@code occurredAt} when the contact or event happened (with an offset, or UK time without one);
     * {@code significantCategory} when it is a significant event; {@code links} to the records it belongs to;
     * {@code final} to finalise it at once. {@code version} when changing a draft.
     */
    public record NoteText(Integer version, String occurredAt, String type, String present, String text, Boolean significant,
                           String significantCategory, List<LinkRef> links, @com.fasterxml.jackson.annotation.JsonProperty("final") Boolean finalise) {
    }

    public record LinkRef(String kind, UUID id) {
    }

    public record Finalise(Integer version) {
    }

    public record NewAddendum(String text, String reason) {
    }
}
