package org.openasc.support;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.openasc.platform.security.WithoutStaffCheck;

/**
 * Loads care and support history in batches for the demo and benchmark councils. Weekly costs are
 * worked out by the same {@link CostFrequency} rule the live service uses.
 */
@Service
@WithoutStaffCheck("loads synthetic and benchmark records in bulk for the demo council and bench commands, with nobody signed in")
public class SupportBulkLoad {

    private static final int BATCH = 5000;

    private final JdbcTemplate jdbc;

    SupportBulkLoad(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void load(List<HistoricSupport.Service> services, List<HistoricSupport.Review> reviews, List<HistoricSupport.Discharge> discharges,
                     List<HistoricSupport.DirectPayment> directPayments, String by) {
        List<Object[]> serviceRows = new ArrayList<>();
        List<Object[]> termRows = new ArrayList<>();
        for (HistoricSupport.Service s : services) {
            serviceRows.add(new Object[] {s.id(), s.personId(), s.teamId(), s.worker(), s.serviceType(), s.serviceComponent(), s.deliveryMechanism(),
                    s.locationId(), s.locationName(), s.cqcLocationId(), s.clientFundingStatus(), date(s.startDate()), date(s.endDate()), s.endOutcome(), by});
            for (HistoricSupport.Terms t : s.terms()) {
                termRows.add(new Object[] {s.id(), date(t.effectiveFrom()), t.unitCost(), t.frequency().label(), t.plannedUnitsPerWeek(),
                        t.frequency().weeklyCost(t.unitCost(), t.plannedUnitsPerWeek()), t.reason(), by});
            }
        }
        batch("""
                insert into support.service (id, person_id, team_id, worker, service_type, service_component, delivery_mechanism, location_id,
                  location_name, cqc_location_id, client_funding_status, start_date, end_date, end_outcome, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", serviceRows);
        batch("""
                insert into support.service_terms (service_id, effective_from, unit_cost, cost_frequency, planned_units_per_week, weekly_cost, reason, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", termRows);
        batch("""
                insert into support.review (id, person_id, reason, method, reviewed_on, outcomes_achieved, worker, recorded_by, outcome)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'Continuation of support or services')""", reviews.stream().map(r -> new Object[] {UUID.randomUUID(), r.personId(), r.reason(), r.method(),
                date(r.reviewedOn()), r.outcomesAchieved(), r.worker(), by}).toList());
        batch("""
                insert into support.discharge (id, person_id, team_id, hospital, ward, referred_on, pathway, discharge_to_assess, hub_decision_on,
                  discharged_on, reablement, status_91_day, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", discharges.stream().map(d -> new Object[] {UUID.randomUUID(), d.personId(), d.teamId(),
                d.hospital(), d.ward(), date(d.referredOn()), d.pathway(), d.dischargeToAssess(), date(d.hubDecisionOn()), date(d.dischargedOn()),
                d.reablement(), d.status91Day(), by}).toList());
        List<Object[]> dpRows = new ArrayList<>();
        List<Object[]> checkRows = new ArrayList<>();
        for (HistoricSupport.DirectPayment d : directPayments) {
            UUID id = UUID.randomUUID();
            dpRows.add(new Object[] {id, d.personId(), d.serviceId(), date(d.agreementSignedOn()), d.amount(), d.period().name(), date(d.startsOn()), by});
            java.time.LocalDate previous = d.startsOn().plusWeeks(DirectPayments.FIRST_CHECK_WEEKS);
            for (java.time.LocalDate done : d.checksDone()) {
                checkRows.add(new Object[] {UUID.randomUUID(), id, date(previous), date(done), "SATISFACTORY", by});
                previous = done.plusMonths(DirectPayments.CHECK_EVERY_MONTHS);
            }
            checkRows.add(new Object[] {UUID.randomUUID(), id, date(previous), null, null, null});
        }
        batch("""
                insert into support.direct_payment (id, person_id, service_id, agreement_signed_on, amount, period, starts_on, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", dpRows);
        batch("insert into support.dp_monitoring (id, direct_payment_id, due_on, done_on, outcome, done_by) values (?, ?, ?, ?, ?, ?)", checkRows);
    }

    /** Refreshes planner statistics after a bulk load, so the first queries plan well. */
    public void refreshStatistics() {
        jdbc.execute("analyze support.service, support.service_terms, support.review, support.discharge, support.direct_payment");
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int i = 0; i < rows.size(); i += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(i, Math.min(i + BATCH, rows.size())));
        }
    }

    private static Date date(java.time.LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
