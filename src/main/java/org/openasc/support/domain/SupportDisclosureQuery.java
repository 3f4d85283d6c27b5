package org.openasc.support.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Everything care and support holds about a person, for a subject access request: one query per kind of record, oldest
 * first, whichever team holds it, free text in full. A record's parts (a plan's outcomes, a service's terms) are read
 * through the person's records.
 */
@Repository
public class SupportDisclosureQuery {

    /** A plan with the assessment it meets, as the assessment module publishes it. */
    public record Plan(UUID id, LocalDate startsOn, BigDecimal budgetAmount, String budgetPeriod, BigDecimal weeklyBudget,
                       String deliveryMechanism, long teamId, String worker, String signedOffBy, LocalDate signedOffOn, String assessmentType,
                       Long assessmentNumber) {
    }

    public record PlanOutcome(UUID planId, int position, String wanted, String howMet) {
    }

    public record Service(UUID id, long serviceNumber, String serviceType, String serviceComponent, String deliveryMechanism,
                          String locationName, String cqcLocationId, String clientFundingStatus, LocalDate startDate, LocalDate endDate,
                          String endOutcome, String suspensionOverride, long teamId, String worker, LocalDate planStartsOn) {
    }

    public record Terms(UUID serviceId, LocalDate effectiveFrom, BigDecimal unitCost, String costFrequency, BigDecimal plannedUnitsPerWeek,
                        BigDecimal weeklyCost, String reason) {
    }

    public record Review(LocalDate reviewedOn, String reason, String method, String outcomesAchieved, String whatChanged, String worker) {
    }

    public record Discharge(String hospital, String ward, LocalDate referredOn, int pathway, boolean dischargeToAssess,
                            LocalDate hubDecisionOn, LocalDate dischargedOn, boolean reablement, String status91Day, long teamId) {
    }

    public record DirectPayment(UUID id, LocalDate agreementSignedOn, BigDecimal amount, String period, LocalDate startsOn, LocalDate endsOn,
                                Long serviceNumber) {
    }

    /** A monitoring check of a direct payment, due or done. */
    public record Check(UUID directPaymentId, LocalDate dueOn, LocalDate doneOn, String outcome, String notes, String doneBy) {
    }

    public record PackageRequest(UUID id, long requestNumber, long teamId, String zone, String priceLevel, BigDecimal hoursPerWeek,
                                 LocalDate neededBy, String requirements, LocalDate requestedOn, Long serviceNumber, LocalDate sourcedOn,
                                 LocalDate cancelledOn) {
    }

    public record Offer(UUID requestId, String locationName, String tier, LocalDate offeredOn, String answer, LocalDate answeredOn,
                        String declineReason) {
    }

    private final JdbcClient jdbc;

    SupportDisclosureQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Plan> plans(UUID personId) {
        return jdbc.sql("""
                select p.id, p.starts_on, p.budget_amount, p.budget_period, p.weekly_budget, p.delivery_mechanism, p.team_id, p.worker,
                  p.signed_off_by, p.signed_off_on, a.assessment_type, a.assessment_number
                from support.plan p left join assessment.assessment_facts a on a.id = p.assessment_id
                where p.person_id = :person order by p.starts_on, p.created_at""")
                .param("person", personId).query(Plan.class).list();
    }

    public List<PlanOutcome> planOutcomes(UUID personId) {
        return jdbc.sql("""
                select o.plan_id, o.position, o.wanted, o.how_met
                from support.plan_outcome o join support.plan p on p.id = o.plan_id
                where p.person_id = :person order by o.plan_id, o.position""")
                .param("person", personId).query(PlanOutcome.class).list();
    }

    public List<Service> services(UUID personId) {
        return jdbc.sql("""
                select s.id, s.service_number, s.service_type, s.service_component, s.delivery_mechanism, s.location_name, s.cqc_location_id,
                  s.client_funding_status, s.start_date, s.end_date, s.end_outcome, s.suspension_override, s.team_id, s.worker,
                  p.starts_on as plan_starts_on
                from support.service s left join support.plan p on p.id = s.plan_id
                where s.person_id = :person order by s.start_date, s.service_number""")
                .param("person", personId).query(Service.class).list();
    }

    public List<Terms> terms(UUID personId) {
        return jdbc.sql("""
                select t.service_id, t.effective_from, t.unit_cost, t.cost_frequency, t.planned_units_per_week, t.weekly_cost, t.reason
                from support.service_terms t join support.service s on s.id = t.service_id
                where s.person_id = :person order by t.service_id, t.effective_from""")
                .param("person", personId).query(Terms.class).list();
    }

    public List<Review> reviews(UUID personId) {
        return jdbc.sql("""
                select reviewed_on, reason, method, outcomes_achieved, what_changed, worker from support.review
                where person_id = :person order by reviewed_on, recorded_at""")
                .param("person", personId).query(Review.class).list();
    }

    public List<Discharge> discharges(UUID personId) {
        return jdbc.sql("""
                select hospital, ward, referred_on, pathway, discharge_to_assess, hub_decision_on, discharged_on, reablement,
                  status_91_day as status91_day, team_id
                from support.discharge where person_id = :person order by referred_on, recorded_at""")
                .param("person", personId).query(Discharge.class).list();
    }

    public List<DirectPayment> directPayments(UUID personId) {
        return jdbc.sql("""
                select d.id, d.agreement_signed_on, d.amount, d.period, d.starts_on, d.ends_on, s.service_number
                from support.direct_payment d left join support.service s on s.id = d.service_id
                where d.person_id = :person order by d.agreement_signed_on, d.recorded_at""")
                .param("person", personId).query(DirectPayment.class).list();
    }

    public List<Check> checks(UUID personId) {
        return jdbc.sql("""
                select m.direct_payment_id, m.due_on, m.done_on, m.outcome, m.notes, m.done_by
                from support.dp_monitoring m join support.direct_payment d on d.id = m.direct_payment_id
                where d.person_id = :person order by m.due_on""")
                .param("person", personId).query(Check.class).list();
    }

    /** The person's home care package requests; there is no index on their person, so this reads the table (as the person's support page does). */
    public List<PackageRequest> packageRequests(UUID personId) {
        return jdbc.sql("""
                select r.id, r.request_number, r.team_id, r.zone, z.price_level, r.hours_per_week, r.needed_by, r.requirements, r.requested_on,
                  s.service_number, r.sourced_on, r.cancelled_on
                from support.package_request r join support.zone z on z.name = r.zone left join support.service s on s.id = r.service_id
                where r.person_id = :person order by r.requested_on, r.request_number""")
                .param("person", personId).query(PackageRequest.class).list();
    }

    /** The offers of the person's package requests, by their ids, so the requests are not read a second time. */
    public List<Offer> offers(List<UUID> requestIds) {
        return jdbc.sql("""
                select request_id, location_name, tier, offered_on, answer, answered_on, decline_reason from support.offer
                where request_id in (:requests) order by offered_on, location_name""")
                .param("requests", requestIds).query(Offer.class).list();
    }
}
