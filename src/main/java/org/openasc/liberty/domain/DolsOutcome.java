package org.openasc.liberty.domain;

import org.openasc.platform.web.Labelled;

/** How a DoLS application was signed off; the name is what the record keeps. */
public enum DolsOutcome implements Labelled {
    GRANTED, NOT_GRANTED, WITHDRAWN
}
