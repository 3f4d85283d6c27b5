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
import org.openasc.support.domain.DirectPaymentStore;
import org.openasc.support.domain.ServiceStore;

/**
 * When a person's death is recorded, care and support for them ends on the day they died: every service still running
 * ends then with the CLD outcome "NFA: Deceased" (one not yet started ends on its first day), so their planned reviews
 * stop falling due, and their direct payments end, so monitoring checks stop. The person's chronology shows each end.
 * Done by the system, the audit trail naming who recorded the death; delivered again, it finds nothing running.
 */
@Component
class SupportOnDeath {

    static final String DECEASED = "NFA: Deceased";

    private final ServiceStore services;
    private final DirectPaymentStore directPayments;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    SupportOnDeath(ServiceStore services, DirectPaymentStore directPayments, AuditTrail audit, ApplicationEventPublisher events) {
        this.services = services;
        this.directPayments = directPayments;
        this.audit = audit;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(PersonDied died) {
        String system = CurrentStaff.SYSTEM;
        String why = "the person died on " + died.diedOn() + ", recorded by " + died.recordedBy();
        for (ServiceStore.Row s : services.runningAfter(died.personId(), died.diedOn())) {
            if (!services.claim(s.id(), s.version(), system)) {
                throw new IllegalStateException("Service " + s.serviceNumber() + " changed while ending it; the event will be delivered again");
            }
            LocalDate last = s.startDate().isAfter(died.diedOn()) ? s.startDate() : died.diedOn();
            services.end(s.id(), last, DECEASED);
            audit.record(system, Action.CHANGED, CarePackages.SUBJECT, s.id().toString(), String.valueOf(s.serviceNumber()),
                    "Ended " + last + ": " + DECEASED + " (" + why + ")");
            events.publishEvent(new ServiceEnded(s.id(), s.serviceNumber(), died.personId(), last, DECEASED, system));
        }
        for (UUID payment : directPayments.endRunningAfter(died.personId(), died.diedOn())) {
            audit.record(system, Action.CHANGED, DirectPayments.SUBJECT, payment.toString(), null, "Payments ended (" + why + ")");
        }
    }
}
