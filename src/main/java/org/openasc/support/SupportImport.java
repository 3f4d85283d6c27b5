package org.openasc.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.records.ImportedRecords;
import org.openasc.platform.security.Access;

/**
 * Services (with their terms) and reviews brought in from a council's previous system. A service is the same service
 * when the person, start date, type and component match (DHSC's key); its rows' costs become its terms from each row's
 * start, and its end and outcome are its last row's. A review is the person's of the same reason on the same day.
 * Numbers are kept when the file's references are ours and free. Runs inside the import's transaction.
 */
@Service
@PreAuthorize(Access.IMPORT_RECORDS)
@Transactional(propagation = Propagation.MANDATORY)
public class SupportImport extends ImportedRecords {

    /** One cost from a date: a service's row in the file. */
    public record Term(LocalDate from, BigDecimal unitCost, String costFrequency, BigDecimal plannedUnitsPerWeek) {
    }

    public record ImportedService(UUID personId, Long number, long teamId, String serviceType, String serviceComponent, String deliveryMechanism,
                                  String locationName, String cqcLocationId, String fundingStatus, LocalDate startDate, LocalDate endDate,
                                  String outcome, List<Term> terms) {
    }

    public record ImportedReview(UUID personId, Long number, String reason, String method, LocalDate reviewedOn, String outcomesAchieved,
                                 String outcome) {
    }

    SupportImport(JdbcClient jdbc, AuditTrail audit) {
        super(jdbc, audit);
    }

    public int[] services(List<ImportedService> services, String by) {
        int[] counts = apply(services, s -> jdbc.sql("""
                        select id from support.service where person_id = :p and start_date = :start and service_type = :type and service_component = :component
                        order by service_number limit 1""")
                .param("p", s.personId()).param("start", s.startDate()).param("type", s.serviceType()).param("component", s.serviceComponent())
                .query(UUID.class).optional(), (held, s) -> {
                    int changed = update(held, s, by);
                    terms(held, s, by);
                    return changed;
                }, s -> {
                    UUID id = create(s, by);
                    terms(id, s, by);
                    return id;
                });
        jdbc.sql("select setval(pg_get_serial_sequence('support.service', 'service_number'), (select max(service_number) from support.service))")
                .query(Long.class).optional();
        return counts;
    }

    private UUID create(ImportedService s, String by) {
        UUID id = UUID.randomUUID();
        long number = jdbc.sql("""
                insert into support.service (id, service_number, person_id, team_id, worker, service_type, service_component, delivery_mechanism,
                  location_name, cqc_location_id, client_funding_status, start_date, end_date, end_outcome, created_by)
                overriding system value
                values (:id, case when cast(:number as bigint) is not null and not exists (select 1 from support.service where service_number = :number)
                              then :number else nextval(pg_get_serial_sequence('support.service', 'service_number')) end,
                  :p, :team, null, :type, :component, :mechanism, :location, :cqc, :funding, :start, :end, :outcome, :by)
                returning service_number""")
                .param("id", id).param("number", s.number()).param("p", s.personId()).param("team", s.teamId()).param("type", s.serviceType())
                .param("component", s.serviceComponent()).param("mechanism", s.deliveryMechanism()).param("location", s.locationName())
                .param("cqc", s.cqcLocationId()).param("funding", s.fundingStatus()).param("start", s.startDate()).param("end", s.endDate())
                .param("outcome", s.outcome()).param("by", by).query(Long.class).single();
        broughtIn(by, CarePackages.SUBJECT, id, number);
        return id;
    }

    private int update(UUID held, ImportedService s, String by) {
        return jdbc.sql("""
                update support.service set end_date = :end, end_outcome = :outcome, delivery_mechanism = :mechanism,
                  client_funding_status = :funding, version = version + 1, changed_at = now(), changed_by = :by
                where id = :id and (end_date is distinct from :end or end_outcome is distinct from :outcome
                  or delivery_mechanism is distinct from :mechanism or client_funding_status is distinct from :funding)""")
                .param("id", held).param("end", s.endDate()).param("outcome", s.outcome()).param("mechanism", s.deliveryMechanism())
                .param("funding", s.fundingStatus()).param("by", by).update();
    }

    /** The service's costs from each date in the file; a date it already has is kept as it is. */
    private void terms(UUID serviceId, ImportedService s, String by) {
        for (Term t : s.terms()) {
            BigDecimal weekly = CostFrequency.fromLabel(t.costFrequency()).map(f -> f.weeklyCost(t.unitCost(), t.plannedUnitsPerWeek()))
                    .orElse(BigDecimal.ZERO);
            jdbc.sql("""
                    insert into support.service_terms (service_id, effective_from, unit_cost, cost_frequency, planned_units_per_week, weekly_cost, reason,
                      recorded_by)
                    values (:id, :from, :cost, :frequency, :units, :weekly, 'Brought in from a Client Level Data file', :by)
                    on conflict (service_id, effective_from) do nothing""")
                    .param("id", serviceId).param("from", t.from()).param("cost", t.unitCost()).param("frequency", t.costFrequency())
                    .param("units", t.plannedUnitsPerWeek()).param("weekly", weekly).param("by", by).update();
        }
    }

    public int[] reviews(List<ImportedReview> reviews, String by) {
        int[] counts = apply(reviews, r -> jdbc.sql("""
                        select id from support.review where person_id = :p and reviewed_on = :on and reason = :reason order by review_number limit 1""")
                .param("p", r.personId()).param("on", r.reviewedOn()).param("reason", r.reason()).query(UUID.class).optional(), (held, r) -> jdbc.sql("""
                        update support.review set method = :method, outcomes_achieved = :achieved, outcome = :outcome
                        where id = :id and (method is distinct from :method or outcomes_achieved is distinct from :achieved or outcome is distinct from :outcome)""")
                .param("id", held).param("method", r.method()).param("achieved", r.outcomesAchieved()).param("outcome", r.outcome()).update(),
                r -> create(r, by));
        jdbc.sql("select setval(pg_get_serial_sequence('support.review', 'review_number'), (select max(review_number) from support.review))")
                .query(Long.class).optional();
        return counts;
    }

    private UUID create(ImportedReview r, String by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into support.review (id, review_number, person_id, reason, method, reviewed_on, outcomes_achieved, outcome, worker, recorded_by)
                overriding system value
                values (:id, case when cast(:number as bigint) is not null and not exists (select 1 from support.review where review_number = :number)
                              then :number else nextval(pg_get_serial_sequence('support.review', 'review_number')) end,
                  :p, :reason, :method, :on, :achieved, :outcome, :by, :by)""")
                .param("id", id).param("number", r.number()).param("p", r.personId()).param("reason", r.reason()).param("method", r.method())
                .param("on", r.reviewedOn()).param("achieved", r.outcomesAchieved()).param("outcome", r.outcome()).param("by", by).update();
        broughtIn(by, Reviews.SUBJECT, id, null);
        return id;
    }
}
