package org.openasc.platform.records;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a module says about its own records when another module links to them (a case note about an
 * enquiry, say): which person a record is about, and whether the signed-in member of staff may see it
 * by that module's own rules (team, role, restriction). It answers without auditing: the module that
 * shows the linked item audits what it shows.
 */
public interface LinkedRecords {

    /** The kinds of record this module answers for, such as "ENQUIRY". */
    Set<String> kinds();

    /** The person the record is about, empty if there is no such record. */
    Optional<UUID> personOf(String kind, UUID id);

    /** Whether the caller may see the record under its module's rules. */
    boolean maySee(String kind, UUID id);

    /**
     * Whether the record has closed (a request for support with its outcome, say), so new work is not started from it;
     * a kind of record that never closes answers false.
     */
    default boolean closed(String kind, UUID id) {
        return false;
    }

    /** Which of these records of one kind the caller may see; a module with many links to answer overrides this with one query. */
    default Set<UUID> seen(String kind, java.util.Collection<UUID> ids) {
        return ids.stream().filter(id -> maySee(kind, id)).collect(java.util.stream.Collectors.toSet());
    }
}
