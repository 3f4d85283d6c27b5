package org.openasc.platform.records;

import java.util.Locale;

/**
 * A table whose rows carry a version for optimistic locking ({@link VersionClaims}). Each module lists its own in an enum
 * whose constants are named after the tables, so a claim only ever updates one of a fixed set of tables, and only in the
 * schema of the module that declares it: {@code org.openasc.support.domain.Versioned.SERVICE} is {@code support.service}.
 */
public interface VersionedTable {

    /** The enum constant's name: the table's name in capitals. */
    String name();

    /** Whether its rows also record when and by whom they last changed ({@code changed_at}, {@code changed_by}). */
    default boolean recordsChanger() {
        return true;
    }

    default String qualifiedName() {
        String module = getClass().getPackageName().split("\\.")[2];
        return module + "." + name().toLowerCase(Locale.ROOT);
    }
}
