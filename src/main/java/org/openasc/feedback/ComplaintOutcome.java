package org.openasc.feedback;

import org.openasc.platform.web.Labelled;

/** What the council's response found; the name is what the record keeps. */
public enum ComplaintOutcome implements Labelled {
    UPHELD, PARTIALLY_UPHELD, NOT_UPHELD
}
