package org.openasc.liberty;

import java.time.LocalDate;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.openasc.liberty.domain.ApplicationStore;
import org.openasc.liberty.domain.ApplicationsEndedAtDeath;
import org.openasc.liberty.domain.DolsOutcome;
import org.openasc.liberty.domain.Versioned;
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
 * When a person's death is recorded, no deprivation of their liberty is left to authorise or to renew: an application
 * not yet decided is withdrawn on the day they died (or the day it came in, if later), so it leaves the backlog and its
 * 21-day clock stops; a standard authorisation still running ceases that day (the period granted is kept, as the DoLS
 * return reports it), so it is no longer counted in force or due for renewal. Done by the system, the audit trail naming
 * who recorded the death; delivered again, it finds nothing open and changes nothing. Each is noted (ADR 29): a date of
 * death corrected moves it, one withdrawn undoes it (an application undecided again, back in the backlog; an
 * authorisation in force again), unless the application was changed after; all three follow the date of death as the
 * record has it when they run ({@link DeathFollowUp}).
 */
@Component
class DolsOnDeath extends DeathFollowUp<ApplicationStore.Row> {

    private static final String SCHEMA = "liberty";
    private static final String WITHDRAWN = "WITHDRAWN";
    private static final String CEASED = "CEASED";

    private final ApplicationStore store;
    private final VersionClaims claims;
    private final AuditTrail audit;
    private final ApplicationsEndedAtDeath undo;

    DolsOnDeath(ApplicationStore store, VersionClaims claims, AuditTrail audit, EndedAtDeath ended, ApplicationsEndedAtDeath undo,
                PersonRecords people) {
        super(SCHEMA, ended, people::dateOfDeath, store::find, ApplicationStore.Row::version);
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
        String why = "The person died on " + diedOn + " (recorded by " + died.recordedBy() + ")";
        for (ApplicationStore.Row r : store.undecidedOf(died.personId())) {
            claim(r);
            LocalDate on = withdrawnOn(diedOn, r);
            store.decide(r.id(), on, DolsOutcome.WITHDRAWN, why, null, null, null);
            audited(r, "Withdrawn " + on + ": " + why);
            note(WITHDRAWN, r.id(), died.personId(), diedOn, on, r.version() + 1, null, r.outcomeReason());
        }
        for (ApplicationStore.Row r : store.authorisedAfter(died.personId(), diedOn)) {
            claim(r);
            LocalDate on = ceasedOn(diedOn, r);
            store.cease(r.id(), on, why);
            audited(r, "Authorisation ceased " + on + ": " + why);
            note(CEASED, r.id(), died.personId(), diedOn, on, r.version() + 1, null, null);
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
    protected LocalDate endedOn(LocalDate diedOn, ApplicationStore.Row r, EndedAtDeath.Ending e) {
        return WITHDRAWN.equals(e.recordKind()) ? withdrawnOn(diedOn, r) : ceasedOn(diedOn, r);
    }

    /** Never: the reason the record keeps names the date of death, so it is written again even on the same day. */
    @Override
    protected boolean endsThere(ApplicationStore.Row r, EndedAtDeath.Ending e, LocalDate on) {
        return false;
    }

    @Override
    protected void claim(ApplicationStore.Row r) {
        claims.claimForEvent(Versioned.APPLICATION, r.id(), r.version(), "Application " + r.applicationNumber());
    }

    /** An authorisation whose period ended by the corrected date runs its course (it ceases on nothing), as it would had that date come first. */
    @Override
    protected boolean asItWas(ApplicationStore.Row r, Change change) {
        return !WITHDRAWN.equals(change.ending().recordKind()) && !change.endsOn().isBefore(r.authorisedTo());
    }

    @Override
    protected void reopen(ApplicationStore.Row r, Change change) {
        if (WITHDRAWN.equals(change.ending().recordKind())) {
            undo.undoWithdrawal(r.id(), change.ending().wasValue());
        } else {
            undo.undoCeasing(r.id());
        }
        audited(r, change.endsOn() == null ? "Reopened: " + change.why()
                : "Authorisation no longer ceased: it ran to " + r.authorisedTo() + " (" + change.why() + ")");
    }

    @Override
    protected void moveEnd(ApplicationStore.Row r, Change change) {
        boolean withdrawal = WITHDRAWN.equals(change.ending().recordKind());
        String why = "The person died on " + change.diedOn() + " (" + change.why() + ")";
        if (withdrawal) {
            undo.moveWithdrawal(r.id(), change.endsOn(), why);
        } else {
            undo.moveCeasing(r.id(), change.endsOn(), why);
        }
        audited(r, (withdrawal ? "Withdrawal" : "Ceasing") + " moved " + change.ending().endedOn() + " to " + change.endsOn() + ": " + why);
    }

    /** The audit trail is an application's history. */
    @Override
    protected void history(ApplicationStore.Row r, String heading, String text) {
        audited(r, heading + ": " + text);
    }

    private void audited(ApplicationStore.Row r, String detail) {
        audit.record(CurrentStaff.SYSTEM, Action.CHANGED, DolsApplications.SUBJECT, r.id().toString(), String.valueOf(r.applicationNumber()), detail);
    }

    private static LocalDate withdrawnOn(LocalDate diedOn, ApplicationStore.Row r) {
        return diedOn.isBefore(r.receivedOn()) ? r.receivedOn() : diedOn;
    }

    private static LocalDate ceasedOn(LocalDate diedOn, ApplicationStore.Row r) {
        return diedOn.isBefore(r.authorisedFrom()) ? r.authorisedFrom() : diedOn;
    }
}
