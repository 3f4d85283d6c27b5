package org.openasc.assessment;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.openasc.assessment.domain.AssessmentStore;
import org.openasc.assessment.domain.AssessmentsEndedAtDeath;
import org.openasc.assessment.domain.Versioned;
import org.openasc.people.DateOfDeathCorrected;
import org.openasc.people.DeathWithdrawn;
import org.openasc.people.PersonDied;
import org.openasc.people.PersonRecords;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.records.DeathFollowUp;
import org.openasc.platform.records.EndedAtDeath;
import org.openasc.platform.records.VersionClaims;
import org.openasc.platform.security.CurrentStaff;

/**
 * When a person's death is recorded, their assessments still in progress end on the day they died (or the day one
 * started, if later) with the CLD outcome "NFA: Deceased": they leave the worker's list, nothing is determined, so
 * nothing waits for a manager's authorisation, and the Client Level Data return has the end date it needs. No
 * AssessmentCompleted is published: the request it was for is closed by the front door's own listener. Done by the
 * system, the history naming who recorded the death; delivered again, it finds nothing in progress. Each end is noted
 * (ADR 29): a date of death corrected moves it, one withdrawn puts the assessment back in progress (back on its worker's
 * list), unless it was changed after the death ended it; all three follow the date of death as the record has it when
 * they run ({@link DeathFollowUp}).
 */
@Component
class AssessmentsOnDeath extends DeathFollowUp<AssessmentStore.Row> {

    private static final String SCHEMA = "assessment";

    private final AssessmentStore store;
    private final VersionClaims claims;
    private final AuditTrail audit;
    private final AssessmentsEndedAtDeath undo;

    AssessmentsOnDeath(AssessmentStore store, VersionClaims claims, AuditTrail audit, EndedAtDeath ended, AssessmentsEndedAtDeath undo,
                       PersonRecords people) {
        super(SCHEMA, ended, people::dateOfDeath, store::find, AssessmentStore.Row::version);
        this.store = store;
        this.claims = claims;
        this.audit = audit;
        this.undo = undo;
    }

    @ApplicationModuleListener
    void on(PersonDied died) {
        LocalDate diedOn = dateOfDeath(died.personId());
        if (diedOn == null) {
            return; // withdrawn before this ran: nothing to end
        }
        String system = CurrentStaff.SYSTEM;
        for (UUID id : store.of(died.personId())) {
            AssessmentStore.Row row = store.find(id).filter(r -> r.completedOn() == null).orElse(null);
            if (row == null) {
                continue;
            }
            claim(row);
            LocalDate on = endedOn(diedOn, row);
            store.complete(id, on, null, AssessmentStore.DECEASED);
            store.history(id, system, "Ended", on + ": " + AssessmentStore.DECEASED + " (the person died on " + diedOn
                    + ", recorded by " + died.recordedBy() + ")");
            audit.record(system, Action.CHANGED, Assessments.SUBJECT, id.toString(), String.valueOf(row.assessmentNumber()),
                    "Ended " + on + ": " + AssessmentStore.DECEASED);
            note(Versioned.ASSESSMENT.name(), id, died.personId(), diedOn, on, row.version() + 1, null,
                    row.eligibleNeedsIdentified());
        }
    }

    @ApplicationModuleListener
    void on(DateOfDeathCorrected corrected) {
        bringInLine(corrected.personId(), corrected.correctedBy());
    }

    @ApplicationModuleListener
    void on(DeathWithdrawn withdrawn) {
        bringInLine(withdrawn.personId(), withdrawn.withdrawnBy());
    }

    @Override
    protected LocalDate endedOn(LocalDate diedOn, AssessmentStore.Row row, EndedAtDeath.Ending e) {
        return endedOn(diedOn, row);
    }

    @Override
    protected void claim(AssessmentStore.Row row) {
        claims.claimForEvent(Versioned.ASSESSMENT, row.id(), row.version(), "Assessment " + row.assessmentNumber());
    }

    /** In progress again, with the answer on eligible needs it had. */
    @Override
    protected void reopen(AssessmentStore.Row row, Change change) {
        undo.reopen(row.id(), change.ending().wasValue());
        changed(row, "Reopened", change.why());
    }

    @Override
    protected void moveEnd(AssessmentStore.Row row, Change change) {
        undo.moveEnd(row.id(), change.endsOn());
        changed(row, "End moved", change.ending().endedOn() + " to " + change.endsOn() + ": " + AssessmentStore.DECEASED + " ("
                + change.why() + ")");
    }

    @Override
    protected void history(AssessmentStore.Row row, String heading, String text) {
        store.history(row.id(), CurrentStaff.SYSTEM, heading, text);
    }

    private void changed(AssessmentStore.Row row, String what, String detail) {
        history(row, what, detail);
        audit.record(CurrentStaff.SYSTEM, Action.CHANGED, Assessments.SUBJECT, row.id().toString(), String.valueOf(row.assessmentNumber()),
                what + ": " + detail);
    }

    private static LocalDate endedOn(LocalDate diedOn, AssessmentStore.Row row) {
        return diedOn.isBefore(row.startedOn()) ? row.startedOn() : diedOn;
    }
}
