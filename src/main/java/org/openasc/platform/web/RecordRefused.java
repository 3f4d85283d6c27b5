package org.openasc.platform.web;

import org.springframework.security.access.AccessDeniedException;

/** Access to a sealed record by someone not named on it; the attempt is audited. */
public class RecordRefused extends AccessDeniedException {

    public RecordRefused(String what) {
        super(what + " is a restricted record. Only the staff named on it can open it; ask your team manager if you need access.");
    }
}
