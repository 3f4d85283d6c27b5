package org.openasc.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.openasc.platform.records.ChronologyEntry;

/**
 * A person's chronology as the caller may see it, with the filters it was read with.
 *
 * @param withheld how many entries the caller may not see, only when the council chooses to show that they exist
 * @param types    every entry type, by code, with its label, for the filter
 */
public record ChronologyView(UUID personId, String personReference, String personName, LocalDate from, LocalDate to, Set<String> selectedTypes,
                             boolean significantOnly, boolean newestFirst, List<ChronologyEntry> items, Integer withheld,
                             Map<String, String> types) {
}
