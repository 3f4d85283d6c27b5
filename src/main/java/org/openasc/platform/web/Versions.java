package org.openasc.platform.web;

/**
 * Every change to a record names the version it was made against, so that two people's changes never
 * silently overwrite each other. A change that names none is bad input (400, naming the field); a
 * change against an old version is a conflict (409, {@link StaleVersion}).
 */
public final class Versions {

    private Versions() {
    }

    public static int required(Integer version) {
        if (version == null) {
            throw new InvalidInput("version", "Send the version of the record you are changing, from when you opened it");
        }
        return version;
    }
}
