package org.openasc.assessment;

import java.time.LocalDate;
import java.util.UUID;

/** An assessment as a list of them shows it: "Restricted record" in place of a sealed person's name. */
public record ListedAssessment(UUID id, long assessmentNumber, UUID personId, String personName, String assessmentType, LocalDate startedOn,
                               LocalDate completedOn, String worker, String workerName) {

    /** As the module names an assessment: "Long term assessment 17: Ada Lovelace". */
    public String title() {
        return assessmentType + " " + assessmentNumber + ": " + personName;
    }
}
