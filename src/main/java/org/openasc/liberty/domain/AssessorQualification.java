package org.openasc.liberty.domain;

import org.openasc.platform.web.Labelled;

/** Who may carry out a DoLS qualifying assessment; the name is what the record keeps. */
public enum AssessorQualification implements Labelled {
    BEST_INTERESTS_ASSESSOR, MENTAL_HEALTH_ASSESSOR;

    @Override
    public String label() {
        return this == BEST_INTERESTS_ASSESSOR ? "Best Interests Assessor" : "mental health assessor";
    }
}
