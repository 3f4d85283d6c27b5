package org.openasc.platform.web;

/** A change based on an out-of-date copy of a record; refused so nobody's work is overwritten. */
public class StaleVersion extends RuntimeException {

    public StaleVersion(String what) {
        super(what + " has been changed by someone else since you opened it. Reload it, check their changes and make yours again.");
    }
}
