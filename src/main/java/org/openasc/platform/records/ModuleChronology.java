package org.openasc.platform.records;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;

import org.openasc.platform.security.Access;

/**
 * The one way a module contributes to a person's chronology: it names its entry types in the order the filter shows them
 * and reads its entries of the wanted types (every type of the module when the caller names none) through its query; this
 * answers the {@link ChronologySource} contract.
 *
 * @param <Q> the module's query that reads its dated events about a person
 */
public abstract class ModuleChronology<Q> implements ChronologySource {

    protected final Q query;
    private final Map<String, String> types;

    /** @param typesAndLabels each entry type's code followed by its plural label, in the order the filter shows them */
    protected ModuleChronology(Q query, String... typesAndLabels) {
        this.query = query;
        Map<String, String> types = new LinkedHashMap<>();
        for (int i = 0; i < typesAndLabels.length; i += 2) {
            types.put(typesAndLabels[i], typesAndLabels[i + 1]);
        }
        this.types = Collections.unmodifiableMap(types);
    }

    @Override
    @PreAuthorize(Access.SIGNED_IN)
    public Map<String, String> types() {
        return types;
    }

    @Override
    @PreAuthorize(Access.READ_PEOPLE)
    public Entries entries(UUID personId, LocalDate from, LocalDate to, Set<String> types) {
        return read(personId, from, to, types.isEmpty() ? this.types.keySet() : types);
    }

    /**
     * The person's entries of the wanted types (never empty) on UK days {@code from} to {@code to}, with how many the caller
     * may not see.
     */
    protected abstract Entries read(UUID personId, LocalDate from, LocalDate to, Set<String> wanted);

    /** Whether a day (none: no) falls in the range, both ends included. */
    protected static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }
}
