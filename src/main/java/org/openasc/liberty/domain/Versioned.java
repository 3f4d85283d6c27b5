package org.openasc.liberty.domain;

import org.openasc.platform.records.VersionedTable;

/** The DoLS tables changed under optimistic locking. */
public enum Versioned implements VersionedTable {
    APPLICATION
}
