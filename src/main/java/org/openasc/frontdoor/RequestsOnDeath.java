package org.openasc.frontdoor;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.openasc.frontdoor.domain.RequestStore;
import org.openasc.frontdoor.domain.Versioned;
import org.openasc.platform.records.VersionClaims;
import org.openasc.people.PersonDied;
import org.openasc.platform.security.CurrentStaff;

/**
 * When a person's death is recorded their open requests for support close on the day they died (or the day a request
 * came in, if later) with the CLD outcome "NFA: Deceased", which also stops their waiting-well check-ins. Done by the
 * system, the history naming who recorded the death; delivered again, it finds nothing open and changes nothing.
 */
@Component
class RequestsOnDeath {

    static final String DECEASED = "NFA: Deceased";

    private final RequestStore requests;
    private final SupportRequests workflow;
    private final VersionClaims claims;

    RequestsOnDeath(RequestStore requests, SupportRequests workflow, VersionClaims claims) {
        this.requests = requests;
        this.workflow = workflow;
        this.claims = claims;
    }

    @ApplicationModuleListener
    void on(PersonDied died) {
        String system = CurrentStaff.SYSTEM;
        for (UUID id : requests.openOf(died.personId())) {
            requests.lock(id).filter(r -> r.stage() != Stage.CLOSED).ifPresent(r -> {
                LocalDate on = died.diedOn().isBefore(r.receivedOn()) ? r.receivedOn() : died.diedOn();
                claims.claim(Versioned.SUPPORT_REQUEST, id, r.version(), system);
                workflow.closeWith(id, DECEASED, on, system, "the person died on " + died.diedOn() + ", recorded by " + died.recordedBy());
            });
        }
    }
}
