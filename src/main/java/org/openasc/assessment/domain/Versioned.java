package org.openasc.assessment.domain;

import org.openasc.platform.records.VersionedTable;

/** The assessment tables changed under optimistic locking. */
public enum Versioned implements VersionedTable {
    ASSESSMENT
}
