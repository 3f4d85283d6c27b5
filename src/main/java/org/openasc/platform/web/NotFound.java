package org.openasc.platform.web;

/** A record that does not exist (or is not visible at all). */
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super(what + " was not found");
    }
}
