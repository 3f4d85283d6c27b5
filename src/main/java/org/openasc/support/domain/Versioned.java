package org.openasc.support.domain;

import org.openasc.platform.records.VersionedTable;

/** The care and support tables changed under optimistic locking. */
public enum Versioned implements VersionedTable {
    SERVICE,
    /** A package request records no changer: its offers and answers say who did what. */
    PACKAGE_REQUEST {
        @Override
        public boolean recordsChanger() {
            return false;
        }
    }
}
