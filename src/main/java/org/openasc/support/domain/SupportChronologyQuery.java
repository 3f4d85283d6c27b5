package org.openasc.support.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A person's care and support events on UK days {@code from} to {@code to}, one query per kind of
 * record, for their chronology. A record with two events (a service started and ended) comes back
 * when either falls in the period.
 */
@Repository
public class SupportChronologyQuery {

    public record PlanEvent(UUID id, LocalDate startsOn, BigDecimal weeklyBudget, String deliveryMechanism, LocalDate signedOffOn) {
    }

    /** A service with the weekly cost of its first terms. */
    public record ServiceEvent(UUID id, long serviceNumber, String serviceType, String serviceComponent, String locationName,
                               LocalDate startDate, LocalDate endDate, String endOutcome, BigDecimal weeklyCost) {
    }

    /** New terms of a service after its start, with the weekly cost they replaced. */
    public record ServiceChange(UUID serviceId, long serviceNumber, String serviceComponent, LocalDate effectiveFrom, BigDecimal unitCost,
                                String costFrequency, BigDecimal plannedUnitsPerWeek, BigDecimal weeklyCost, BigDecimal previousWeeklyCost,
                                String reason) {
    }

    public record ReviewEvent(LocalDate reviewedOn, String reason, String method, String outcomesAchieved, String whatChanged) {
    }

    /** A referral and its discharge, or its end without one ({@code endedOn}, {@code endReason}: DischargeEnd). */
    public record DischargeEvent(UUID id, String hospital, String ward, LocalDate referredOn, int pathway, boolean dischargeToAssess,
                                 LocalDate dischargedOn, boolean reablement, LocalDate endedOn, String endReason) {
    }

    public record DirectPaymentEvent(UUID id, LocalDate agreementSignedOn, BigDecimal amount, String period, LocalDate startsOn,
                                     LocalDate endsOn) {
    }

    /** A direct payment monitoring check done. */
    public record MonitoringEvent(UUID directPaymentId, LocalDate doneOn, String outcome, String notes) {
    }

    private final JdbcClient jdbc;

    SupportChronologyQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Plans signed off in the period; a plan awaiting sign-off has no event yet. */
    public List<PlanEvent> plans(UUID personId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select id, starts_on, weekly_budget, delivery_mechanism, signed_off_on from support.plan
                where person_id = :person and signed_off_on between :from and :to""")
                .param("person", personId).param("from", from).param("to", to).query(PlanEvent.class).list();
    }

    public List<ServiceEvent> services(UUID personId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select s.id, s.service_number, s.service_type, s.service_component, s.location_name, s.start_date, s.end_date, s.end_outcome,
                  (select t.weekly_cost from support.service_terms t where t.service_id = s.id order by t.effective_from limit 1) as weekly_cost
                from support.service s
                where s.person_id = :person and (s.start_date between :from and :to or s.end_date between :from and :to)""")
                .param("person", personId).param("from", from).param("to", to).query(ServiceEvent.class).list();
    }

    /** Terms taking effect after the start: a change of price or hours (the first terms are the start itself). */
    public List<ServiceChange> changes(UUID personId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select s.id as service_id, s.service_number, s.service_component, t.effective_from, t.unit_cost, t.cost_frequency,
                  t.planned_units_per_week, t.weekly_cost,
                  (select p.weekly_cost from support.service_terms p where p.service_id = t.service_id and p.effective_from < t.effective_from
                   order by p.effective_from desc limit 1) as previous_weekly_cost,
                  left(t.reason, 200) as reason
                from support.service s join support.service_terms t on t.service_id = s.id
                where s.person_id = :person and t.effective_from > s.start_date and t.effective_from between :from and :to""")
                .param("person", personId).param("from", from).param("to", to).query(ServiceChange.class).list();
    }

    public List<ReviewEvent> reviews(UUID personId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select reviewed_on, reason, method, outcomes_achieved, left(what_changed, 200) as what_changed from support.review
                where person_id = :person and reviewed_on between :from and :to""")
                .param("person", personId).param("from", from).param("to", to).query(ReviewEvent.class).list();
    }

    public List<DischargeEvent> discharges(UUID personId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select id, hospital, ward, referred_on, pathway, discharge_to_assess, discharged_on, reablement, ended_on, end_reason
                from support.discharge
                where person_id = :person and (referred_on between :from and :to or discharged_on between :from and :to
                  or ended_on between :from and :to)""")
                .param("person", personId).param("from", from).param("to", to).query(DischargeEvent.class).list();
    }

    public List<DirectPaymentEvent> directPayments(UUID personId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select id, agreement_signed_on, amount, period, starts_on, ends_on from support.direct_payment
                where person_id = :person and (agreement_signed_on between :from and :to or ends_on between :from and :to)""")
                .param("person", personId).param("from", from).param("to", to).query(DirectPaymentEvent.class).list();
    }

    public List<MonitoringEvent> monitoring(UUID personId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select m.direct_payment_id, m.done_on, m.outcome, left(m.notes, 200) as notes
                from support.dp_monitoring m join support.direct_payment d on d.id = m.direct_payment_id
                where d.person_id = :person and m.done_on between :from and :to""")
                .param("person", personId).param("from", from).param("to", to).query(MonitoringEvent.class).list();
    }
}
