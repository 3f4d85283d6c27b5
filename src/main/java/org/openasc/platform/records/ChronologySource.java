package org.openasc.platform.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One module's part of a person's chronology: the dated events of its own records about the person,
 * only those the signed-in member of staff may see by that module's own rules (team, role,
 * restriction). The chronology gathers every module's entries, so no module reads another's tables;
 * it asks whether the person's record may be opened at all, and audits the reading, so a source does neither.
 */
public interface ChronologySource {

    /** The entry types this module contributes, by code ("CONCERN") with the plural label the filter shows ("Safeguarding concerns"). */
    Map<String, String> types();

    /**
     * The person's entries on UK days {@code from} to {@code to} inclusive, of the given types (every type of this module when
     * empty), with how many were left out because the caller may not see them. A bounded number of queries, whatever the count.
     */
    Entries entries(UUID personId, LocalDate from, LocalDate to, java.util.Set<String> types);

    /** What a source found: the entries shown, and how many it withheld from this caller. */
    record Entries(List<ChronologyEntry> shown, int withheld) {

        public static Entries none() {
            return new Entries(List.of(), 0);
        }
    }
}
