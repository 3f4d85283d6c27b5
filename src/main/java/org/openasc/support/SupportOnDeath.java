package org.openasc.support;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.openasc.people.PersonDied;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.support.domain.BrokerageStore;
import org.openasc.support.domain.DirectPaymentStore;
import org.openasc.support.domain.DischargeStore;
import org.openasc.support.domain.ServiceStore;
import org.openasc.support.domain.Versioned;
import org.openasc.platform.records.VersionClaims;

/**
 * When a person's death is recorded, care and support for them ends on the day they died: every service still running
 * ends then with the CLD outcome "NFA: Deceased" (one not yet started ends on its first day), so their planned reviews
 * stop falling due, and their direct payments end, so monitoring checks stop. Home care packages still being sourced are
 * cancelled (brokerage stops offering them), and reablement after a discharge whose 91-day follow-up is not yet recorded
 * records that the person died (ASCOF 2B counts them as not at home). The person's chronology shows each end.
 * Done by the system, the audit trail naming who recorded the death; delivered again, it finds nothing running.
 */
@Component
class SupportOnDeath {

    static final String DECEASED = "NFA: Deceased";
    /** The 91-day follow-up's value (reablement-91-day code list) for a person who died before it. */
    static final String DIED = "Died";

    private final ServiceStore services;
    private final DirectPaymentStore directPayments;
    private final BrokerageStore packageRequests;
    private final DischargeStore discharges;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final VersionClaims claims;

    SupportOnDeath(ServiceStore services, DirectPaymentStore directPayments, BrokerageStore packageRequests, DischargeStore discharges,
                   AuditTrail audit, ApplicationEventPublisher events, VersionClaims claims) {
        this.services = services;
        this.directPayments = directPayments;
        this.packageRequests = packageRequests;
        this.discharges = discharges;
        this.audit = audit;
        this.events = events;
        this.claims = claims;
    }

    @ApplicationModuleListener
    void on(PersonDied died) {
        String system = CurrentStaff.SYSTEM;
        String why = "the person died on " + died.diedOn() + ", recorded by " + died.recordedBy();
        for (ServiceStore.Row s : services.runningAfter(died.personId(), died.diedOn())) {
            claims.claimForEvent(Versioned.SERVICE, s.id(), s.version(), "Service " + s.serviceNumber());
            LocalDate last = s.startDate().isAfter(died.diedOn()) ? s.startDate() : died.diedOn();
            services.end(s.id(), last, DECEASED);
            audit.record(system, Action.CHANGED, CarePackages.SUBJECT, s.id().toString(), String.valueOf(s.serviceNumber()),
                    "Ended " + last + ": " + DECEASED + " (" + why + ")");
            events.publishEvent(new ServiceEnded(s.id(), s.serviceNumber(), died.personId(), last, DECEASED, system));
        }
        for (UUID payment : directPayments.endRunningAfter(died.personId(), died.diedOn())) {
            audit.record(system, Action.CHANGED, DirectPayments.SUBJECT, payment.toString(), null, "Payments ended (" + why + ")");
        }
        for (BrokerageStore.Cancelled request : packageRequests.cancelOpenOf(died.personId(), died.diedOn())) {
            audit.record(system, Action.CHANGED, Brokerage.SUBJECT, request.id().toString(), String.valueOf(request.requestNumber()),
                    "Cancelled: no longer to be sourced (" + why + ")");
        }
        for (DischargeStore.Row d : discharges.ofPerson(died.personId())) {
            if (!diedBeforeFollowUp(d, died.diedOn())) {
                continue;
            }
            if (!discharges.progress(d.id(), d.version(), d.hubDecisionOn(), d.dischargedOn(), true, DIED, system)) {
                throw new IllegalStateException("A discharge changed while recording the death; the event will be delivered again");
            }
            audit.record(system, Action.CHANGED, Discharges.SUBJECT, d.id().toString(), null, "91 days after discharge: " + DIED + " (" + why + ")");
        }
    }

    /** Reablement after a discharge whose 91-day follow-up is not yet recorded, and the person died by then: they are not at home at 91 days. */
    private static boolean diedBeforeFollowUp(DischargeStore.Row d, LocalDate diedOn) {
        return d.reablement() && d.dischargedOn() != null && d.status91Day() == null && !diedOn.isBefore(d.dischargedOn())
                && !diedOn.isAfter(d.dischargedOn().plusDays(Discharges.DAYS_TO_FOLLOW_UP));
    }
}
