package org.openasc.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.openasc.platform.records.ChronologyEntry;
import org.openasc.platform.records.ModuleChronology;
import org.openasc.support.domain.DischargeEnd;
import org.openasc.support.domain.SupportChronologyQuery;

/**
 * Care and support in a person's chronology: plans signed off, services started, changed and ended,
 * reviews held, hospital discharges (or a referral's end at death) and direct payments. A referral from a
 * hospital ward is the record's evidence that the person was admitted, so it is significant, as a death is.
 */
@Component
class SupportChronology extends ModuleChronology<SupportChronologyQuery> {

    static final String PLAN = "PLAN";
    static final String SERVICE = "SERVICE";
    static final String SERVICE_CHANGE = "SERVICE_CHANGE";
    static final String REVIEW = "REVIEW";
    static final String DISCHARGE = "DISCHARGE";
    static final String DIRECT_PAYMENT = "DIRECT_PAYMENT";
    /** Service end outcomes that record a death or a hospital admission. */
    private static final Set<String> SIGNIFICANT_ENDS = Set.of("NFA: Deceased", "Admitted to hospital");
    private static final List<String> PATHWAYS = List.of("home with no new support", "home with support", "a bed-based step-down",
            "a care home");
    private static final Map<String, String> CHECK_OUTCOMES = Map.of("SATISFACTORY", "Satisfactory",
            "CONCERNS_SUPPORT_AGREED", "Concerns: support agreed", "SURPLUS_TO_RECOVER", "Surplus to recover", "MISUSE_REFERRED", "Misuse: referred");
    private static final String MODULE = "support";

    SupportChronology(SupportChronologyQuery query) {
        super(query, PLAN, "Care and support plans", SERVICE, "Services started and ended", SERVICE_CHANGE, "Service changes",
                REVIEW, "Reviews", DISCHARGE, "Hospital discharges", DIRECT_PAYMENT, "Direct payments");
    }

    // Any case-working role reads a person's care and support once the person may be opened (continuity of care): none is withheld.
    @Override
    protected Entries read(UUID personId, LocalDate from, LocalDate to, Set<String> wanted) {
        String personPage = "/people/" + personId + "/support";
        List<ChronologyEntry> shown = new ArrayList<>();
        if (wanted.contains(PLAN)) {
            query.plans(personId, from, to).forEach(p -> shown.add(ChronologyEntry.onDay(p.signedOffOn(), PLAN, "Care and support plan signed off",
                    "Personal budget " + pounds(p.weeklyBudget()) + " a week, " + p.deliveryMechanism() + ", from " + p.startsOn(), MODULE,
                    "/support-plans/" + p.id(), false)));
        }
        if (wanted.contains(SERVICE)) {
            query.services(personId, from, to).forEach(s -> addService(s, from, to, shown));
        }
        if (wanted.contains(SERVICE_CHANGE)) {
            query.changes(personId, from, to).forEach(c -> shown.add(serviceChange(c)));
        }
        if (wanted.contains(REVIEW)) {
            query.reviews(personId, from, to).forEach(r -> shown.add(ChronologyEntry.onDay(r.reviewedOn(), REVIEW, "Review held: " + r.reason(),
                    r.method() + (r.outcomesAchieved() == null ? "" : "; outcomes " + r.outcomesAchieved().toLowerCase())
                            + (r.whatChanged() == null ? "" : ". " + r.whatChanged()), MODULE, personPage, false)));
        }
        if (wanted.contains(DISCHARGE)) {
            query.discharges(personId, from, to).forEach(d -> addDischarge(d, from, to, shown));
        }
        if (wanted.contains(DIRECT_PAYMENT)) {
            query.directPayments(personId, from, to).forEach(p -> addDirectPayment(p, from, to, personPage, shown));
            query.monitoring(personId, from, to).forEach(m -> shown.add(ChronologyEntry.onDay(m.doneOn(), DIRECT_PAYMENT,
                    "Direct payment checked: " + CHECK_OUTCOMES.getOrDefault(m.outcome(), m.outcome()), m.notes(), MODULE, personPage, false)));
        }
        return new Entries(shown, 0);
    }

    private static void addService(SupportChronologyQuery.ServiceEvent s, LocalDate from, LocalDate to, List<ChronologyEntry> shown) {
        String link = "/services/" + s.id();
        if (within(s.startDate(), from, to)) {
            shown.add(ChronologyEntry.onDay(s.startDate(), SERVICE, "Service started: " + s.serviceComponent(),
                    "Service " + s.serviceNumber() + ", " + s.serviceType() + (s.locationName() == null ? "" : ", " + s.locationName())
                            + (s.weeklyCost() == null ? "" : ", " + pounds(s.weeklyCost()) + " a week"), MODULE, link, false));
        }
        if (s.endDate() != null && within(s.endDate(), from, to)) {
            shown.add(ChronologyEntry.onDay(s.endDate(), SERVICE, "Service ended: " + s.serviceComponent(),
                    "Service " + s.serviceNumber() + ": " + s.endOutcome(), MODULE, link, SIGNIFICANT_ENDS.contains(s.endOutcome())));
        }
    }

    private static ChronologyEntry serviceChange(SupportChronologyQuery.ServiceChange c) {
        String cost = pounds(c.weeklyCost()) + " a week" + (c.previousWeeklyCost() == null ? "" : ", was " + pounds(c.previousWeeklyCost()));
        return ChronologyEntry.onDay(c.effectiveFrom(), SERVICE_CHANGE, "Service changed: " + c.serviceComponent(),
                "Service " + c.serviceNumber() + ": " + cost + "; " + terms(c) + (c.reason() == null ? "" : ". " + c.reason()), MODULE,
                "/services/" + c.serviceId(), false);
    }

    private static void addDischarge(SupportChronologyQuery.DischargeEvent d, LocalDate from, LocalDate to, List<ChronologyEntry> shown) {
        String link = "/discharges/" + d.id();
        String pathway = "pathway " + d.pathway() + " (" + PATHWAYS.get(d.pathway()) + ")";
        if (within(d.referredOn(), from, to)) {
            shown.add(ChronologyEntry.onDay(d.referredOn(), DISCHARGE, "In hospital, referred for discharge: " + d.hospital(),
                    d.ward() + " ward; " + pathway + (d.dischargeToAssess() ? ", discharge to assess" : ""), MODULE, link, true));
        }
        if (d.dischargedOn() != null && within(d.dischargedOn(), from, to)) {
            shown.add(ChronologyEntry.onDay(d.dischargedOn(), DISCHARGE, "Discharged from hospital: " + d.hospital(),
                    "Discharged on " + pathway + (d.reablement() ? ", with reablement" : ""), MODULE, link, false));
        }
        if (d.endedOn() != null && within(d.endedOn(), from, to)) {
            boolean died = DischargeEnd.DIED.name().equals(d.endReason());
            shown.add(ChronologyEntry.onDay(d.endedOn(), DISCHARGE, "Discharge referral ended: " + d.hospital(),
                    (died ? "The person died on " + d.endedOn() : "Ended on " + d.endedOn()) + ", before a discharge", MODULE, link, died));
        }
    }

    private static void addDirectPayment(SupportChronologyQuery.DirectPaymentEvent p, LocalDate from, LocalDate to, String personPage,
                                         List<ChronologyEntry> shown) {
        String amount = pounds(p.amount()) + " " + BudgetPeriod.valueOf(p.period()).label();
        if (within(p.agreementSignedOn(), from, to)) {
            shown.add(ChronologyEntry.onDay(p.agreementSignedOn(), DIRECT_PAYMENT, "Direct payment agreed: " + amount,
                    "Payments from " + p.startsOn(), MODULE, personPage, false));
        }
        if (p.endsOn() != null && within(p.endsOn(), from, to)) {
            shown.add(ChronologyEntry.onDay(p.endsOn(), DIRECT_PAYMENT, "Direct payment ended", amount + ", agreed on " + p.agreementSignedOn(),
                    MODULE, personPage, false));
        }
    }

    /** The new terms in words: "10.5 hours a week at £21.50" for a unit bought by the week, else the price and what it is for. */
    private static String terms(SupportChronologyQuery.ServiceChange c) {
        if (c.plannedUnitsPerWeek() == null) {
            return pounds(c.unitCost()) + " " + c.costFrequency().toLowerCase();
        }
        String units = switch (c.costFrequency()) {
            case "Hourly" -> "hours";
            case "Daily" -> "days";
            case "Nightly" -> "nights";
            default -> "sessions";
        };
        return c.plannedUnitsPerWeek().stripTrailingZeros().toPlainString() + " " + units + " a week at " + pounds(c.unitCost());
    }

    private static String pounds(BigDecimal amount) {
        return "£" + amount.toPlainString();
    }
}
