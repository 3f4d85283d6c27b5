package org.openasc.people;

import java.util.Map;
import java.util.UUID;

/**
 * The people a list shows, looked up together for the member of staff reading it (ADR 13). A restricted person the
 * reader is not named on is sealed: their summary carries only the id, so the row keeps its numbers, dates, clocks and
 * codes, and the module leaves out its own free text, places and other parties.
 */
public final class ListedPeople {

    /** What a list shows in place of the name of a person it may not identify. */
    public static final String RESTRICTED = "Restricted record";

    private final Map<UUID, PersonSummary> people;

    ListedPeople(Map<UUID, PersonSummary> people) {
        this.people = people;
    }

    /** The person as the list may show them (only the id when sealed); null for a row about nobody or a person not on the record. */
    public PersonSummary get(UUID id) {
        return id == null ? null : people.get(id);
    }

    /** The row is about someone the reader may not identify: restricted to others, or not found (so shown as little as a restricted one). */
    public boolean sealed(UUID id) {
        return id != null && (get(id) == null || get(id).restricted());
    }

    /** The name to show: "Restricted record" when sealed, null for a row about nobody. */
    public String name(UUID id) {
        return id == null ? null : sealed(id) ? RESTRICTED : get(id).fullName();
    }
}
