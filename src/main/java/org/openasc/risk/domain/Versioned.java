package org.openasc.risk.domain;

import org.openasc.platform.records.VersionedTable;

/** The risk register's tables changed under optimistic locking. */
public enum Versioned implements VersionedTable {
    RISK
}
