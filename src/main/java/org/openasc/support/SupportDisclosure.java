package org.openasc.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import org.openasc.platform.records.Disclosed;
import org.openasc.platform.records.ModuleDisclosure;
import org.openasc.platform.staff.StaffDirectory;
import org.openasc.platform.web.DateDisplay;
import org.openasc.support.domain.SupportDisclosureQuery;

/**
 * Care and support in a subject access request: every plan with its outcomes and personal budget, every service with
 * each change of its cost and hours, reviews, hospital discharges, direct payments with their monitoring checks, and home
 * care packages with the offers made to providers, whichever team holds them.
 */
@Component
class SupportDisclosure extends ModuleDisclosure<SupportDisclosureQuery> {

    private static final DateDisplay DATES = new DateDisplay();

    /** Discharge pathways 0 to 3, as the chronology tells them. */
    private static final List<String> PATHWAYS = List.of("home with no new support", "home with support", "a bed-based step-down",
            "a care home");
    private static final Map<String, String> CHECK_OUTCOMES = Map.of("SATISFACTORY", "Satisfactory",
            "CONCERNS_SUPPORT_AGREED", "Concerns: support agreed", "SURPLUS_TO_RECOVER", "Surplus to recover", "MISUSE_REFERRED", "Misuse: referred");

    SupportDisclosure(SupportDisclosureQuery query, StaffDirectory staff) {
        super(query, staff);
    }

    @Override
    protected void collect(UUID personId, Sections sections) {
        List<SupportDisclosureQuery.Plan> plans = query.plans(personId);
        List<SupportDisclosureQuery.Service> services = query.services(personId);
        List<SupportDisclosureQuery.Review> reviews = query.reviews(personId);
        List<SupportDisclosureQuery.Discharge> discharges = query.discharges(personId);
        List<SupportDisclosureQuery.DirectPayment> directPayments = query.directPayments(personId);
        List<SupportDisclosureQuery.PackageRequest> packages = query.packageRequests(personId);
        if (Stream.of(plans, services, reviews, discharges, directPayments, packages).allMatch(List::isEmpty)) {
            return;
        }
        Map<UUID, List<SupportDisclosureQuery.PlanOutcome>> outcomes = plans.isEmpty() ? Map.of()
                : query.planOutcomes(personId).stream().collect(Collectors.groupingBy(SupportDisclosureQuery.PlanOutcome::planId));
        Map<UUID, List<SupportDisclosureQuery.Terms>> terms = services.isEmpty() ? Map.of()
                : query.terms(personId).stream().collect(Collectors.groupingBy(SupportDisclosureQuery.Terms::serviceId));
        Map<UUID, List<SupportDisclosureQuery.Check>> checks = directPayments.isEmpty() ? Map.of()
                : query.checks(personId).stream().collect(Collectors.groupingBy(SupportDisclosureQuery.Check::directPaymentId));
        Map<UUID, List<SupportDisclosureQuery.Offer>> offers = packages.isEmpty() ? Map.of()
                : query.offers(packages.stream().map(SupportDisclosureQuery.PackageRequest::id).toList()).stream()
                        .collect(Collectors.groupingBy(SupportDisclosureQuery.Offer::requestId));

        Names names = new Names(teamNames(), staffNames(Stream.of(
                plans.stream().flatMap(p -> Stream.of(p.worker(), p.signedOffBy())),
                services.stream().map(SupportDisclosureQuery.Service::worker),
                reviews.stream().map(SupportDisclosureQuery.Review::worker),
                checks.values().stream().flatMap(List::stream).map(SupportDisclosureQuery.Check::doneBy)).flatMap(s -> s)));

        sections.add("Care and support plans", plans, p -> plan(p, outcomes.getOrDefault(p.id(), List.of()), names))
                .add("Services", services, s -> service(s, terms.getOrDefault(s.id(), List.of()), names))
                .add("Reviews", reviews, r -> new Disclosed()
                        .field("Held", r.reviewedOn())
                        .field("Reason", r.reason())
                        .field("Method", r.method())
                        .field("Outcomes achieved", r.outcomesAchieved())
                        .field("Worker", names.worker(r.worker()))
                        .passage("What changed", r.whatChanged())
                        .item("Review", r.reviewedOn()))
                .add("Hospital discharges", discharges, d -> discharge(d, names))
                .add("Direct payments", directPayments, p -> directPayment(p, checks.getOrDefault(p.id(), List.of()), names))
                .add("Home care packages", packages, r -> homeCarePackage(r, offers.getOrDefault(r.id(), List.of()), names));
    }

    private static Item plan(SupportDisclosureQuery.Plan p, List<SupportDisclosureQuery.PlanOutcome> outcomes, Names names) {
        Disclosed record = new Disclosed()
                .field("Starts", p.startsOn())
                .field("Personal budget", pounds(p.budgetAmount()) + " " + BudgetPeriod.valueOf(p.budgetPeriod()).label())
                .field("Personal budget a week", pounds(p.weeklyBudget()))
                .field("How it is taken", p.deliveryMechanism())
                .field("Assessment", p.assessmentNumber() == null ? null : p.assessmentType() + " " + p.assessmentNumber())
                .field("Team", names.team(p.teamId()))
                .field("Worker", names.worker(p.worker()))
                .field("Signed off", p.signedOffOn())
                .field("Signed off by", names.worker(p.signedOffBy()));
        outcomes.forEach(o -> record.passage("Outcome " + o.position() + ": what the person wants", o.wanted())
                .passage("Outcome " + o.position() + ": how it is met", o.howMet()));
        return record.item("Care and support plan from " + DATES.day(p.startsOn()), p.startsOn());
    }

    /** The service with its terms from each date, and why each change of cost or hours was made. */
    private static Item service(SupportDisclosureQuery.Service s, List<SupportDisclosureQuery.Terms> terms, Names names) {
        Disclosed record = new Disclosed()
                .field("Service type", s.serviceType())
                .field("Service component", s.serviceComponent())
                .field("Delivery mechanism", s.deliveryMechanism())
                .field("Provider", s.locationName())
                .field("CQC location ID", s.cqcLocationId())
                .field("Client funding status", s.clientFundingStatus())
                .field("Care and support plan", s.planStartsOn() == null ? null : "Plan from " + DATES.day(s.planStartsOn()))
                .field("Started", s.startDate())
                .field("Ended", s.endDate())
                .field("How it ended", s.endOutcome())
                .field("Team", names.team(s.teamId()))
                .field("Worker", names.worker(s.worker()))
                .passage("Placed while the provider was suspended because", s.suspensionOverride());
        terms.forEach(t -> record.field("Cost from " + DATES.day(t.effectiveFrom()), terms(t))
                .passage("Why the cost or hours changed from " + DATES.day(t.effectiveFrom()), t.reason()));
        return record.item("Service " + s.serviceNumber(), s.startDate());
    }

    /** "£21.50 hourly, 10.5 hours a week: £225.75 a week", or the price and what it is for when nothing is bought by the unit. */
    private static String terms(SupportDisclosureQuery.Terms t) {
        String units = t.plannedUnitsPerWeek() == null ? ""
                : ", " + t.plannedUnitsPerWeek().stripTrailingZeros().toPlainString() + " " + unitsOf(t.costFrequency()) + " a week";
        return pounds(t.unitCost()) + " " + t.costFrequency().toLowerCase() + units + ": " + pounds(t.weeklyCost()) + " a week";
    }

    private static String unitsOf(String costFrequency) {
        return switch (costFrequency) {
            case "Hourly" -> "hours";
            case "Daily" -> "days";
            case "Nightly" -> "nights";
            default -> "sessions";
        };
    }

    private static Item discharge(SupportDisclosureQuery.Discharge d, Names names) {
        return new Disclosed()
                .field("Hospital", d.hospital())
                .field("Ward", d.ward())
                .field("Referred", d.referredOn())
                .field("Pathway", d.pathway() + ": " + PATHWAYS.get(d.pathway()))
                .field("Discharge to assess", d.dischargeToAssess())
                .field("Hub decision", d.hubDecisionOn())
                .field("Discharged", d.dischargedOn())
                .field("Reablement after discharge", d.reablement())
                .field("Where the person is 91 days after discharge", d.status91Day())
                .field("Team", names.team(d.teamId()))
                .item("Discharge from " + d.hospital() + ", " + d.ward(), d.referredOn());
    }

    /** The agreement with each monitoring check, due or done, and the notes of each. */
    private static Item directPayment(SupportDisclosureQuery.DirectPayment p, List<SupportDisclosureQuery.Check> checks, Names names) {
        Disclosed record = new Disclosed()
                .field("Agreement signed", p.agreementSignedOn())
                .field("Amount", pounds(p.amount()) + " " + BudgetPeriod.valueOf(p.period()).label())
                .field("Payments start", p.startsOn())
                .field("Payments end", p.endsOn())
                .field("For service", p.serviceNumber() == null ? null : "Service " + p.serviceNumber());
        checks.forEach(c -> record.field("Monitoring check due " + DATES.day(c.dueOn()), c.doneOn() == null ? "Not yet done"
                        : CHECK_OUTCOMES.getOrDefault(c.outcome(), c.outcome()) + ", done " + DATES.day(c.doneOn())
                                + (c.doneBy() == null ? "" : " by " + names.worker(c.doneBy())))
                .passage("Notes of the monitoring check due " + DATES.day(c.dueOn()), c.notes()));
        return record.item("Direct payment from " + DATES.day(p.startsOn()), p.agreementSignedOn());
    }

    /** The package with each provider it was offered to, in order, and why any declined. */
    private static Item homeCarePackage(SupportDisclosureQuery.PackageRequest r, List<SupportDisclosureQuery.Offer> offers, Names names) {
        Disclosed record = new Disclosed()
                .field("Requested", r.requestedOn())
                .field("Hours a week", r.hoursPerWeek().stripTrailingZeros().toPlainString())
                .field("Zone", r.zone())
                .field("Price level", capitalised(r.priceLevel()))
                .field("Needed by", r.neededBy())
                .field("Team", names.team(r.teamId()))
                .passage("Requirements", r.requirements());
        offers.forEach(o -> record.field("Offered to " + o.locationName() + " (" + capitalised(o.tier()) + " provider) on " + DATES.day(o.offeredOn()),
                        o.answer() == null ? "Waiting for an answer" : capitalised(o.answer()) + " on " + DATES.day(o.answeredOn()))
                .passage("Why " + o.locationName() + " declined", o.declineReason()));
        return record
                .field("Sourced", r.sourcedOn())
                .field("Service", r.serviceNumber() == null ? null : "Service " + r.serviceNumber())
                .field("Cancelled", r.cancelledOn())
                .item("Home care package " + r.requestNumber(), r.requestedOn());
    }

    private static String pounds(BigDecimal amount) {
        return "£" + amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** "URBAN" as "Urban". */
    private static String capitalised(String code) {
        return code.charAt(0) + code.substring(1).toLowerCase();
    }

    /** Team names by id and staff display names by username, read once for the whole disclosure. */
    private record Names(Map<Long, String> teams, Map<String, String> staff) {

        String team(long id) {
            return teams.getOrDefault(id, "Team " + id);
        }

        String worker(String username) {
            return name(staff, username);
        }
    }
}
