package org.openasc.safeguarding.domain;

import org.openasc.platform.records.VersionedTable;

/** The safeguarding tables changed under optimistic locking. */
public enum Versioned implements VersionedTable {
    ENQUIRY, SAR
}
