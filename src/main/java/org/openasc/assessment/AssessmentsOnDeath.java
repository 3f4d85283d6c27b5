package org.openasc.assessment;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.openasc.assessment.domain.AssessmentStore;
import org.openasc.assessment.domain.Versioned;
import org.openasc.people.PersonDied;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.records.VersionClaims;
import org.openasc.platform.security.CurrentStaff;

/**
 * When a person's death is recorded, their assessments still in progress end on the day they died (or the day one
 * started, if later) with the CLD outcome "NFA: Deceased": they leave the worker's list, nothing is determined, so
 * nothing waits for a manager's authorisation, and the Client Level Data return has the end date it needs. No
 * AssessmentCompleted is published: the request it was for is closed by the front door's own listener. Done by the
 * system, the history naming who recorded the death; delivered again, it finds nothing in progress.
 */
@Component
class AssessmentsOnDeath {

    private final AssessmentStore store;
    private final VersionClaims claims;
    private final AuditTrail audit;

    AssessmentsOnDeath(AssessmentStore store, VersionClaims claims, AuditTrail audit) {
        this.store = store;
        this.claims = claims;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(PersonDied died) {
        String system = CurrentStaff.SYSTEM;
        for (UUID id : store.of(died.personId())) {
            AssessmentStore.Row row = store.find(id).filter(r -> r.completedOn() == null).orElse(null);
            if (row == null) {
                continue;
            }
            claims.claimForEvent(Versioned.ASSESSMENT, id, row.version(), "Assessment " + row.assessmentNumber());
            LocalDate on = died.diedOn().isBefore(row.startedOn()) ? row.startedOn() : died.diedOn();
            store.complete(id, on, null, AssessmentStore.DECEASED);
            store.history(id, system, "Ended", on + ": " + AssessmentStore.DECEASED + " (the person died on " + died.diedOn()
                    + ", recorded by " + died.recordedBy() + ")");
            audit.record(system, Action.CHANGED, Assessments.SUBJECT, id.toString(), String.valueOf(row.assessmentNumber()),
                    "Ended " + on + ": " + AssessmentStore.DECEASED);
        }
    }
}
