package org.openasc.frontdoor;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.openasc.frontdoor.domain.RequestStore;
import org.openasc.frontdoor.domain.RequestsEndedAtDeath;
import org.openasc.frontdoor.domain.Versioned;
import org.openasc.people.DateOfDeathCorrected;
import org.openasc.people.DeathWithdrawn;
import org.openasc.people.PersonDied;
import org.openasc.people.PersonRecords;
import org.openasc.platform.records.DeathFollowUp;
import org.openasc.platform.records.EndedAtDeath;
import org.openasc.platform.records.VersionClaims;
import org.openasc.platform.security.CurrentStaff;

/**
 * When a person's death is recorded their open requests for support close on the day they died (or the day a request
 * came in, if later) with the CLD outcome "NFA: Deceased", which also stops their waiting-well check-ins. Done by the
 * system, the history naming who recorded the death; delivered again, it finds nothing open and changes nothing.
 * Each closing is noted (ADR 29): a date of death corrected moves it, one withdrawn reopens the request at the stage it
 * had (its check-ins falling due again), unless the request was changed after it closed. All three follow the date of
 * death as the record has it when they run, so they come out the same in whatever order they are delivered
 * ({@link DeathFollowUp}).
 */
@Component
class RequestsOnDeath extends DeathFollowUp<RequestStore.RequestRow> {

    static final String DECEASED = "NFA: Deceased";
    private static final String SCHEMA = "frontdoor";

    private final RequestStore requests;
    private final SupportRequests workflow;
    private final VersionClaims claims;
    private final RequestsEndedAtDeath undo;

    RequestsOnDeath(RequestStore requests, SupportRequests workflow, VersionClaims claims, EndedAtDeath ended, RequestsEndedAtDeath undo,
                    PersonRecords people) {
        // each request read under a lock, as closing one is
        super(SCHEMA, ended, people::dateOfDeath, requests::lock, RequestStore.RequestRow::version);
        this.requests = requests;
        this.workflow = workflow;
        this.claims = claims;
        this.undo = undo;
    }

    @ApplicationModuleListener
    void on(PersonDied died) {
        LocalDate diedOn = dateOfDeath(died.personId());
        if (diedOn == null) {
            return; // withdrawn before this ran: nothing to end
        }
        String system = CurrentStaff.SYSTEM;
        for (UUID id : requests.openOf(died.personId())) {
            requests.lock(id).filter(r -> r.stage() != Stage.CLOSED).ifPresent(r -> {
                LocalDate on = closedOn(diedOn, r);
                claims.claim(Versioned.SUPPORT_REQUEST, id, r.version(), system);
                workflow.closeWith(id, DECEASED, on, system, "the person died on " + diedOn + ", recorded by " + died.recordedBy());
                note(Versioned.SUPPORT_REQUEST.name(), id, died.personId(), diedOn, on, r.version() + 1, null, r.stage().name());
            });
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

    /** Locked, as closing one is. */
    @Override
    protected LocalDate endedOn(LocalDate diedOn, RequestStore.RequestRow r, EndedAtDeath.Ending e) {
        return closedOn(diedOn, r);
    }

    @Override
    protected void claim(RequestStore.RequestRow r) {
        claims.claimForEvent(Versioned.SUPPORT_REQUEST, r.id(), r.version(), "Request " + r.requestNumber());
    }

    @Override
    protected void reopen(RequestStore.RequestRow r, Change change) {
        undo.reopen(r.id(), change.ending().wasValue());
        history(r, "Reopened", change.why() + " (back to " + Stage.valueOf(change.ending().wasValue()).label().toLowerCase(Locale.ROOT) + ")");
    }

    @Override
    protected void moveEnd(RequestStore.RequestRow r, Change change) {
        undo.moveClosed(r.id(), change.endsOn());
        history(r, "Closing moved", change.ending().endedOn() + " to " + change.endsOn() + ": " + DECEASED + " (" + change.why() + ")");
    }

    @Override
    protected void history(RequestStore.RequestRow r, String heading, String text) {
        requests.history(r.id(), CurrentStaff.SYSTEM, heading, text);
    }

    private static LocalDate closedOn(LocalDate diedOn, RequestStore.RequestRow r) {
        return diedOn.isBefore(r.receivedOn()) ? r.receivedOn() : diedOn;
    }
}
