package org.openasc.platform.web;

import org.springframework.security.access.AccessDeniedException;

/** Access to a sealed record by someone not named on it; the attempt is audited. */
public class RecordRefused extends AccessDeniedException {

    public RecordRefused(String what) {
        this(what + " is a restricted record. Only the staff named on it can open it; ask your team manager if you need access.", true);
    }

    private RecordRefused(String message, boolean whole) {
        super(message);
    }

    /** Work allocated to a team the caller is not in; the attempt is audited. */
    public static RecordRefused outsideTeam(String what) {
        return new RecordRefused(what + " is allocated to a team you are not in. Ask that team's manager if you need to see it.", true);
    }
}
