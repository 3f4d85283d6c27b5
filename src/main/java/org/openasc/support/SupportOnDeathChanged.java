package org.openasc.support;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.openasc.people.DateOfDeathCorrected;
import org.openasc.people.DeathWithdrawn;
import org.openasc.people.PersonRecords;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.records.DeathFollowUp;
import org.openasc.platform.records.EndedAtDeath;
import org.openasc.platform.records.EndedAtDeath.Ending;
import org.openasc.platform.records.VersionClaims;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.support.domain.DischargeEnd;
import org.openasc.support.domain.DirectPaymentStore;
import org.openasc.support.domain.DischargeStore;
import org.openasc.support.domain.ServiceStore;
import org.openasc.support.domain.SupportEndedAtDeath;
import org.openasc.support.domain.Versioned;

/**
 * A date of death corrected or withdrawn (ADR 29): what {@link SupportOnDeath} ended for the first date, and only that,
 * moves to the corrected date or is put back as it was. A record someone changed after the death ended it (its version,
 * or for a direct payment its end date, moved on) is left as it is, and its audit trail says so. Ends never fall before
 * a record's own first day; an end the death brought forward from a planned one goes back to the plan when the corrected
 * date is on or after it. Done by the system, naming who corrected or withdrew the date. It follows the date of death as
 * the record has it when it runs, not as the event said, so events delivered again or out of order change nothing more.
 * Each kind of record the death ends has its own {@link DeathFollowUp}.
 */
@Component
class SupportOnDeathChanged {

    private static final String SCHEMA = SupportOnDeath.SCHEMA;
    private static final String SYSTEM = CurrentStaff.SYSTEM;

    private final ServiceStore services;
    private final DirectPaymentStore directPayments;
    private final DischargeStore discharges;
    private final SupportEndedAtDeath undo;
    private final EndedAtDeath ended;
    private final VersionClaims claims;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final PersonRecords people;
    private final Services serviceEnds;
    private final DirectPayments paymentEnds;
    private final PackageRequests cancellings;
    private final Discharges dischargeEnds;

    SupportOnDeathChanged(ServiceStore services, DirectPaymentStore directPayments, DischargeStore discharges, SupportEndedAtDeath undo,
                          EndedAtDeath ended, VersionClaims claims, AuditTrail audit, ApplicationEventPublisher events, PersonRecords people) {
        this.people = people;
        this.services = services;
        this.directPayments = directPayments;
        this.discharges = discharges;
        this.undo = undo;
        this.ended = ended;
        this.claims = claims;
        this.audit = audit;
        this.events = events;
        this.serviceEnds = new Services();
        this.paymentEnds = new DirectPayments();
        this.cancellings = new PackageRequests();
        this.dischargeEnds = new Discharges();
    }

    @ApplicationModuleListener
    void on(DateOfDeathCorrected corrected) {
        bringInLine(corrected.personId(), corrected.correctedBy());
    }

    @ApplicationModuleListener
    void on(DeathWithdrawn withdrawn) {
        bringInLine(withdrawn.personId(), withdrawn.withdrawnBy());
    }

    /** Each end noted for another date moves to the date of death as it stands, or is undone when there is none now. */
    private void bringInLine(UUID personId, String by) {
        DeathFollowUp.bringInLine(ended, SCHEMA, personId, people.dateOfDeath(personId), by, kind -> switch (kind) {
            case "SERVICE" -> serviceEnds;
            case SupportOnDeath.DIRECT_PAYMENT -> paymentEnds;
            case "PACKAGE_REQUEST" -> cancellings;
            default -> dischargeEnds;
        });
    }

    /** A follow-up of one kind of support record, whose history is the audit trail. */
    private abstract class SupportFollowUp<R> extends DeathFollowUp<R> {

        private final String subject;
        private final Function<R, UUID> id;
        private final Function<R, String> ref;

        /** @param ref the record's number for the audit trail (null: it has none) */
        SupportFollowUp(String subject, Function<UUID, Optional<R>> find, Function<R, Integer> version, Function<R, UUID> id,
                        Function<R, String> ref) {
            super(SCHEMA, ended, people::dateOfDeath, find, version);
            this.subject = subject;
            this.id = id;
            this.ref = ref;
        }

        @Override
        protected void history(R row, String heading, String text) {
            audit(row, heading + ": " + text);
        }

        void audit(R row, String detail) {
            audit.record(SYSTEM, Action.CHANGED, subject, id.apply(row).toString(), ref.apply(row), detail);
        }
    }

    /** A service ends on the corrected day (its planned end, if that came first); withdrawn, its end and outcome go back as they were. */
    private final class Services extends SupportFollowUp<ServiceStore.Row> {

        Services() {
            super(CarePackages.SUBJECT, services::find, ServiceStore.Row::version, ServiceStore.Row::id, s -> String.valueOf(s.serviceNumber()));
        }

        @Override
        protected LocalDate endedOn(LocalDate diedOn, ServiceStore.Row s, Ending e) {
            return SupportOnDeath.later(diedOn, s.startDate());
        }

        @Override
        protected void claim(ServiceStore.Row s) {
            claims.claimForEvent(Versioned.SERVICE, s.id(), s.version(), "Service " + s.serviceNumber());
        }

        @Override
        protected boolean asItWas(ServiceStore.Row s, Change change) {
            return change.ending().wasOn() != null && !change.endsOn().isBefore(change.ending().wasOn());
        }

        @Override
        protected void reopen(ServiceStore.Row s, Change change) {
            Ending e = change.ending();
            services.end(s.id(), e.wasOn(), e.wasValue());
            audit(s, (change.endsOn() == null ? "Reopened: " : "Ends as planned again: ") + change.why()
                    + (e.wasOn() == null ? "" : " (ends " + e.wasOn() + ": " + e.wasValue() + ")"));
            if (e.wasOn() != null) {
                events.publishEvent(new ServiceEnded(s.id(), s.serviceNumber(), s.personId(), e.wasOn(), e.wasValue(), SYSTEM));
            }
        }

        @Override
        protected void moveEnd(ServiceStore.Row s, Change change) {
            LocalDate on = change.endsOn();
            services.end(s.id(), on, SupportOnDeath.DECEASED);
            audit(s, "End moved " + change.ending().endedOn() + " to " + on + ": " + SupportOnDeath.DECEASED + " (" + change.why() + ")");
            events.publishEvent(new ServiceEnded(s.id(), s.serviceNumber(), s.personId(), on, SupportOnDeath.DECEASED, SYSTEM));
        }
    }

    /**
     * Direct payments keep no version: they are the death's to move while they still end where it ended them, and the
     * move itself checks that, so there is nothing to claim.
     */
    private final class DirectPayments extends SupportFollowUp<DirectPaymentStore.Row> {

        DirectPayments() {
            super(org.openasc.support.DirectPayments.SUBJECT, directPayments::find, p -> null, DirectPaymentStore.Row::id, p -> null);
        }

        @Override
        protected boolean asLeft(DirectPaymentStore.Row p, Ending e) {
            return e.endedOn().equals(p.endsOn());
        }

        @Override
        protected LocalDate endedOn(LocalDate diedOn, DirectPaymentStore.Row p, Ending e) {
            return SupportOnDeath.later(diedOn, p.startsOn());
        }

        @Override
        protected boolean endsThere(DirectPaymentStore.Row p, Ending e, LocalDate on) {
            return false;
        }

        @Override
        protected void claim(DirectPaymentStore.Row p) {
            // the move below is conditional on the end the death wrote
        }

        @Override
        protected boolean asItWas(DirectPaymentStore.Row p, Change change) {
            return change.ending().wasOn() != null && !change.endsOn().isBefore(change.ending().wasOn());
        }

        @Override
        protected void reopen(DirectPaymentStore.Row p, Change change) {
            move(p, change.ending(), change.ending().wasOn());
            audit(p, (change.endsOn() == null ? "Reopened: " : "Ends as agreed again: ") + change.why());
        }

        @Override
        protected void moveEnd(DirectPaymentStore.Row p, Change change) {
            move(p, change.ending(), change.endsOn());
            audit(p, "Payments end moved " + change.ending().endedOn() + " to " + change.endsOn() + " (" + change.why() + ")");
        }

        private void move(DirectPaymentStore.Row p, Ending e, LocalDate to) {
            if (!undo.moveDirectPaymentEnd(p.id(), e.endedOn(), to)) {
                throw new IllegalStateException("A direct payment changed while the system was working on it; the event will be delivered again");
            }
        }
    }

    /** A package request cancelled by the death is cancelled on the corrected day; withdrawn, brokerage sources it again. */
    private final class PackageRequests extends SupportFollowUp<SupportEndedAtDeath.PackageRequest> {

        PackageRequests() {
            super(Brokerage.SUBJECT, undo::packageRequest, SupportEndedAtDeath.PackageRequest::version, SupportEndedAtDeath.PackageRequest::id,
                    r -> String.valueOf(r.requestNumber()));
        }

        @Override
        protected LocalDate endedOn(LocalDate diedOn, SupportEndedAtDeath.PackageRequest r, Ending e) {
            return SupportOnDeath.later(diedOn, r.requestedOn());
        }

        @Override
        protected boolean endsThere(SupportEndedAtDeath.PackageRequest r, Ending e, LocalDate on) {
            return false;
        }

        @Override
        protected void claim(SupportEndedAtDeath.PackageRequest r) {
            claims.claimForEvent(Versioned.PACKAGE_REQUEST, r.id(), r.version(), "Package request " + r.requestNumber());
        }

        @Override
        protected void reopen(SupportEndedAtDeath.PackageRequest r, Change change) {
            undo.cancelledOn(r.id(), null);
            audit(r, "Reopened: " + change.why());
        }

        @Override
        protected void moveEnd(SupportEndedAtDeath.PackageRequest r, Change change) {
            undo.cancelledOn(r.id(), change.endsOn());
            audit(r, "Cancelling moved " + change.ending().endedOn() + " to " + change.endsOn() + " (" + change.why() + ")");
        }
    }

    /**
     * A referral the death ended in hospital ends on the corrected day, or is open again; a 91-day follow-up answered
     * "Died" stays so while the corrected death still falls before it, and is unanswered again otherwise. The store's
     * writes check the version, so there is nothing to claim first.
     */
    private final class Discharges extends SupportFollowUp<DischargeStore.Row> {

        Discharges() {
            super(org.openasc.support.Discharges.SUBJECT, discharges::find, DischargeStore.Row::version, DischargeStore.Row::id, d -> null);
        }

        @Override
        protected LocalDate endedOn(LocalDate diedOn, DischargeStore.Row d, Ending e) {
            return referral(e) ? SupportOnDeath.later(diedOn, d.referredOn()) : diedOn;
        }

        @Override
        protected boolean endsThere(DischargeStore.Row d, Ending e, LocalDate on) {
            return referral(e) ? on.equals(e.endedOn()) : SupportOnDeath.diedInFollowUp(d, on);
        }

        @Override
        protected void claim(DischargeStore.Row d) {
            // end and progress below write only at the version read
        }

        /** A follow-up no longer "Died" is unanswered again, whatever the corrected date. */
        @Override
        protected boolean asItWas(DischargeStore.Row d, Change change) {
            return !referral(change.ending());
        }

        @Override
        protected void reopen(DischargeStore.Row d, Change change) {
            boolean referral = referral(change.ending());
            changed(referral ? discharges.end(d.id(), d.version(), null, null, SYSTEM)
                    : discharges.progress(d.id(), d.version(), d.hubDecisionOn(), d.dischargedOn(), d.reablement(), null, SYSTEM));
            audit(d, (change.endsOn() == null ? "Reopened: " : "91 days after discharge: no longer " + SupportOnDeath.DIED + ": ")
                    + change.why() + (referral ? "" : " (the follow-up is to be recorded)"));
        }

        @Override
        protected void moveEnd(DischargeStore.Row d, Change change) {
            changed(discharges.end(d.id(), d.version(), change.endsOn(), DischargeEnd.DIED, SYSTEM));
            audit(d, "End moved " + change.ending().endedOn() + " to " + change.endsOn() + " (" + change.why() + ")");
        }

        private boolean referral(Ending e) {
            return SupportOnDeath.DISCHARGE.equals(e.recordKind());
        }

        private void changed(boolean changed) {
            if (!changed) {
                throw new IllegalStateException("A discharge changed while the system was working on it; the event will be delivered again");
            }
        }
    }
}
