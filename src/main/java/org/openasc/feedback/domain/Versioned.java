package org.openasc.feedback.domain;

import org.openasc.platform.records.VersionedTable;

/** The feedback tables changed under optimistic locking. */
public enum Versioned implements VersionedTable {
    COMPLAINT
}
