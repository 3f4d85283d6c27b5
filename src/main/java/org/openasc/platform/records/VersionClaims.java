package org.openasc.platform.records;

import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.WithoutStaffCheck;
import org.openasc.platform.web.StaleVersion;
import org.openasc.platform.web.Versions;

/**
 * The one optimistic version claim: a change moves its record on one version, but only from the version it was based on,
 * so two people's changes never silently overwrite each other. Claim first, inside the change's transaction.
 */
@Component
@WithoutStaffCheck("claimed inside a service method that has checked the caller already, or by a listener working as the system")
public class VersionClaims {

    private static final Pattern QUALIFIED = Pattern.compile("[a-z_]+\\.[a-z_]+");

    private final JdbcClient jdbc;

    public VersionClaims(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Moves the record on one version if it is still at {@code version}; false if someone else changed it first. */
    public boolean claim(VersionedTable table, UUID id, int version, String by) {
        String name = table.qualifiedName();
        if (!QUALIFIED.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a table name: " + name);
        }
        String changer = table.recordsChanger() ? ", changed_at = now(), changed_by = :by" : "";
        var update = jdbc.sql("update " + name + " set version = version + 1" + changer + " where id = :id and version = :v")
                .param("id", id).param("v", version);
        return (table.recordsChanger() ? update.param("by", by) : update).update() == 1;
    }

    /**
     * Claims the record for work the system does when an event arrives ({@code what}, such as "Service 12", names it); if
     * someone changed it meanwhile, fails so the event stays undelivered and is delivered again to find it as it is now.
     */
    public void claimForEvent(VersionedTable table, UUID id, int version, String what) {
        if (!claim(table, id, version, CurrentStaff.SYSTEM)) {
            throw new IllegalStateException(what + " changed while the system was working on it; the event will be delivered again");
        }
    }

    /**
     * Claims the record for a change the signed-in member of staff sent against version {@code sent}, of a record now at
     * {@code current}: none sent is bad input (400), an old one a conflict (409) naming {@code what}, such as "Service 12".
     * Returns who made the change.
     */
    public String claimChange(VersionedTable table, UUID id, int current, Integer sent, String what) {
        String by = CurrentStaff.username();
        if (Versions.required(sent) != current || !claim(table, id, sent, by)) {
            throw new StaleVersion(what);
        }
        return by;
    }
}
