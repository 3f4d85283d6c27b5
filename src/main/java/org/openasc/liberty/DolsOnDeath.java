package org.openasc.liberty;

import java.time.LocalDate;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.openasc.liberty.domain.DolsOutcome;
import org.openasc.liberty.domain.ApplicationStore;
import org.openasc.liberty.domain.Versioned;
import org.openasc.people.PersonDied;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.records.VersionClaims;
import org.openasc.platform.security.CurrentStaff;

/**
 * When a person's death is recorded, no deprivation of their liberty is left to authorise or to renew: an application
 * not yet decided is withdrawn on the day they died (or the day it came in, if later), so it leaves the backlog and its
 * 21-day clock stops; a standard authorisation still running ceases that day (the period granted is kept, as the DoLS
 * return reports it), so it is no longer counted in force or due for renewal. Done by the system, the audit trail naming
 * who recorded the death; delivered again, it finds nothing open and changes nothing.
 */
@Component
class DolsOnDeath {

    private final ApplicationStore store;
    private final VersionClaims claims;
    private final AuditTrail audit;

    DolsOnDeath(ApplicationStore store, VersionClaims claims, AuditTrail audit) {
        this.store = store;
        this.claims = claims;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(PersonDied died) {
        String why = "The person died on " + died.diedOn() + " (recorded by " + died.recordedBy() + ")";
        for (ApplicationStore.Row r : store.undecidedOf(died.personId())) {
            claim(r);
            LocalDate on = died.diedOn().isBefore(r.receivedOn()) ? r.receivedOn() : died.diedOn();
            store.decide(r.id(), on, DolsOutcome.WITHDRAWN, why, null, null, null);
            audit.record(CurrentStaff.SYSTEM, Action.CHANGED, DolsApplications.SUBJECT, r.id().toString(), String.valueOf(r.applicationNumber()),
                    "Withdrawn " + on + ": " + why);
        }
        for (ApplicationStore.Row r : store.authorisedAfter(died.personId(), died.diedOn())) {
            claim(r);
            LocalDate on = died.diedOn().isBefore(r.authorisedFrom()) ? r.authorisedFrom() : died.diedOn();
            store.cease(r.id(), on, why);
            audit.record(CurrentStaff.SYSTEM, Action.CHANGED, DolsApplications.SUBJECT, r.id().toString(), String.valueOf(r.applicationNumber()),
                    "Authorisation ceased " + on + ": " + why);
        }
    }

    private void claim(ApplicationStore.Row r) {
        claims.claimForEvent(Versioned.APPLICATION, r.id(), r.version(), "Application " + r.applicationNumber());
    }
}
