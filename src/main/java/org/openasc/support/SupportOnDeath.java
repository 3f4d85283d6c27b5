package org.openasc.support;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.openasc.people.PersonDied;
import org.openasc.people.PersonRecords;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.support.domain.BrokerageStore;
import org.openasc.support.domain.DirectPaymentStore;
import org.openasc.support.domain.DischargeEnd;
import org.openasc.support.domain.DischargeStore;
import org.openasc.support.domain.ServiceStore;
import org.openasc.support.domain.SupportEndedAtDeath;
import org.openasc.support.domain.Versioned;
import org.openasc.platform.records.EndedAtDeath;
import org.openasc.platform.records.VersionClaims;

/**
 * When a person's death is recorded, care and support for them ends on the day they died: every service still running
 * ends then with the CLD outcome "NFA: Deceased" (one not yet started ends on its first day), so their planned reviews
 * stop falling due, and their direct payments end, so monitoring checks stop. Home care packages still being sourced are
 * cancelled (brokerage stops offering them), and reablement after a discharge whose 91-day follow-up is not yet recorded
 * records that the person died (ASCOF 2B counts them as not at home), and a discharge referral still in hospital ends
 * that day (DischargeEnd.DIED) rather than wait for a discharge. The person's chronology shows each end.
 * Done by the system, the audit trail naming who recorded the death; delivered again, it finds nothing running. Each
 * end is noted with what it replaced, for a date of death corrected or withdrawn ({@link SupportOnDeathChanged}, ADR 29).
 */
@Component
class SupportOnDeath {

    static final String DECEASED = "NFA: Deceased";
    /** The 91-day follow-up's value (reablement-91-day code list) for a person who died before it. */
    static final String DIED = "Died";
    static final String SCHEMA = "support";
    static final String DIRECT_PAYMENT = "DIRECT_PAYMENT";
    static final String DISCHARGE = "DISCHARGE";
    static final String FOLLOW_UP = "FOLLOW_UP";

    private final ServiceStore services;
    private final DirectPaymentStore directPayments;
    private final BrokerageStore packageRequests;
    private final DischargeStore discharges;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final VersionClaims claims;
    private final EndedAtDeath ended;
    private final SupportEndedAtDeath undo;
    private final PersonRecords people;

    SupportOnDeath(ServiceStore services, DirectPaymentStore directPayments, BrokerageStore packageRequests, DischargeStore discharges,
                   AuditTrail audit, ApplicationEventPublisher events, VersionClaims claims, EndedAtDeath ended, SupportEndedAtDeath undo,
                   PersonRecords people) {
        this.people = people;
        this.services = services;
        this.directPayments = directPayments;
        this.packageRequests = packageRequests;
        this.discharges = discharges;
        this.audit = audit;
        this.events = events;
        this.claims = claims;
        this.ended = ended;
        this.undo = undo;
    }

    @ApplicationModuleListener
    void on(PersonDied announced) {
        LocalDate diedOn = people.dateOfDeath(announced.personId());
        if (diedOn == null) {
            return; // withdrawn before this ran: nothing to end
        }
        PersonDied died = new PersonDied(announced.personId(), diedOn, announced.recordedBy()); // as the record has it now
        String system = CurrentStaff.SYSTEM;
        String why = "the person died on " + died.diedOn() + ", recorded by " + died.recordedBy();
        for (ServiceStore.Row s : services.runningAfter(died.personId(), died.diedOn())) {
            claims.claimForEvent(Versioned.SERVICE, s.id(), s.version(), "Service " + s.serviceNumber());
            LocalDate last = s.startDate().isAfter(died.diedOn()) ? s.startDate() : died.diedOn();
            services.end(s.id(), last, DECEASED);
            audit.record(system, Action.CHANGED, CarePackages.SUBJECT, s.id().toString(), String.valueOf(s.serviceNumber()),
                    "Ended " + last + ": " + DECEASED + " (" + why + ")");
            events.publishEvent(new ServiceEnded(s.id(), s.serviceNumber(), died.personId(), last, DECEASED, system));
            note(died, Versioned.SERVICE.name(), s.id(), last, s.version() + 1, s.endDate(), s.endOutcome());
        }
        java.util.Map<UUID, DirectPaymentStore.Row> payments = new java.util.HashMap<>();
        directPayments.ofPerson(died.personId()).forEach(p -> payments.put(p.id(), p));
        for (UUID payment : directPayments.endRunningAfter(died.personId(), died.diedOn())) {
            audit.record(system, Action.CHANGED, DirectPayments.SUBJECT, payment.toString(), null, "Payments ended (" + why + ")");
            DirectPaymentStore.Row p = payments.get(payment);
            if (p != null) {
                note(died, DIRECT_PAYMENT, payment, later(died.diedOn(), p.startsOn()), null, p.endsOn(), null);
            }
        }
        for (BrokerageStore.Cancelled request : packageRequests.cancelOpenOf(died.personId(), died.diedOn())) {
            audit.record(system, Action.CHANGED, Brokerage.SUBJECT, request.id().toString(), String.valueOf(request.requestNumber()),
                    "Cancelled: no longer to be sourced (" + why + ")");
            undo.packageRequest(request.id()).ifPresent(r -> note(died, Versioned.PACKAGE_REQUEST.name(), r.id(), r.cancelledOn(), r.version(), null, null));
        }
        for (DischargeStore.Row d : discharges.ofPerson(died.personId())) {
            if (d.dischargedOn() == null && d.endedOn() == null) {
                LocalDate on = later(died.diedOn(), d.referredOn());
                if (!discharges.end(d.id(), d.version(), on, DischargeEnd.DIED, system)) {
                    throw new IllegalStateException("A discharge changed while recording the death; the event will be delivered again");
                }
                audit.record(system, Action.CHANGED, Discharges.SUBJECT, d.id().toString(), null, "Ended " + on + " without a discharge (" + why + ")");
                note(died, DISCHARGE, d.id(), on, d.version() + 1, null, null);
                continue;
            }
            if (!diedBeforeFollowUp(d, died.diedOn())) {
                continue;
            }
            if (!discharges.progress(d.id(), d.version(), d.hubDecisionOn(), d.dischargedOn(), true, DIED, system)) {
                throw new IllegalStateException("A discharge changed while recording the death; the event will be delivered again");
            }
            audit.record(system, Action.CHANGED, Discharges.SUBJECT, d.id().toString(), null, "91 days after discharge: " + DIED + " (" + why + ")");
            note(died, FOLLOW_UP, d.id(), died.diedOn(), d.version() + 1, null, null);
        }
    }

    private void note(PersonDied died, String kind, UUID id, LocalDate endedOn, Integer version, LocalDate wasOn, String wasValue) {
        ended.note(SCHEMA, kind, id, died.personId(), died.diedOn(), endedOn, version, wasOn, wasValue);
    }

    /** The date of death, or a record's own first day if that came later: nothing ends before it began. */
    static LocalDate later(LocalDate diedOn, LocalDate start) {
        return diedOn.isBefore(start) ? start : diedOn;
    }

    /** Reablement after a discharge whose 91-day follow-up is not yet recorded, and the person died by then: they are not at home at 91 days. */
    private static boolean diedBeforeFollowUp(DischargeStore.Row d, LocalDate diedOn) {
        return d.reablement() && d.dischargedOn() != null && d.status91Day() == null && diedInFollowUp(d, diedOn);
    }

    /** Whether a death on the day falls between the discharge and its 91-day follow-up. */
    static boolean diedInFollowUp(DischargeStore.Row d, LocalDate diedOn) {
        return !diedOn.isBefore(d.dischargedOn()) && !diedOn.isAfter(d.dischargedOn().plusDays(Discharges.DAYS_TO_FOLLOW_UP));
    }
}
