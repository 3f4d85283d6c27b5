package org.openasc.frontdoor.domain;

import org.openasc.platform.records.VersionedTable;

/** The front door's tables changed under optimistic locking. */
public enum Versioned implements VersionedTable {
    SUPPORT_REQUEST
}
