package org.openasc.support.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.openasc.platform.database.RowsByParent;
import org.openasc.support.ServiceView;

/** Services and their dated terms. The row keeps what identifies the CLD event; costs live in the terms. */
@Repository
public class ServiceStore {

    /** A service as stored, with the terms in force on the date asked for (or its first, if it starts later). */
    public record Row(UUID id, long serviceNumber, UUID personId, UUID planId, long teamId, String worker, String serviceType,
                      String serviceComponent, String deliveryMechanism, UUID locationId, String locationName, String cqcLocationId,
                      String clientFundingStatus, LocalDate startDate, LocalDate endDate, String endOutcome, String suspensionOverride,
                      boolean longTerm, int version, Instant createdAt, String createdBy) {
    }

    private static final String COLUMNS = """
            s.id, s.service_number, s.person_id, s.plan_id, s.team_id, s.worker, s.service_type, s.service_component, s.delivery_mechanism,
            s.location_id, s.location_name, s.cqc_location_id, s.client_funding_status, s.start_date, s.end_date, s.end_outcome,
            s.suspension_override, s.long_term, s.version, s.created_at, s.created_by""";

    private final JdbcClient jdbc;

    ServiceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(UUID id, UUID personId, UUID planId, long teamId, String worker, String type, String component, String mechanism,
                       UUID locationId, String locationName, String cqcLocationId, String funding, LocalDate start, String override, String by) {
        return jdbc.sql("""
                insert into support.service (id, person_id, plan_id, team_id, worker, service_type, service_component, delivery_mechanism,
                  location_id, location_name, cqc_location_id, client_funding_status, start_date, suspension_override, created_by)
                values (:id, :person, :plan, :team, :worker, :type, :component, :mechanism, :location, :locationName, :cqc, :funding, :start,
                  :override, :by)
                returning service_number""")
                .param("id", id).param("person", personId).param("plan", planId).param("team", teamId).param("worker", worker)
                .param("type", type).param("component", component).param("mechanism", mechanism).param("location", locationId)
                .param("locationName", locationName).param("cqc", cqcLocationId).param("funding", funding).param("start", start)
                .param("override", override).param("by", by).query(Long.class).single();
    }

    public void addTerms(UUID serviceId, LocalDate from, BigDecimal unitCost, String frequency, BigDecimal units, BigDecimal weekly,
                         String reason, String by) {
        jdbc.sql("""
                insert into support.service_terms (service_id, effective_from, unit_cost, cost_frequency, planned_units_per_week, weekly_cost,
                  reason, recorded_by)
                values (:id, :from, :cost, :frequency, :units, :weekly, :reason, :by)""")
                .param("id", serviceId).param("from", from).param("cost", unitCost).param("frequency", frequency).param("units", units)
                .param("weekly", weekly).param("reason", reason).param("by", by).update();
    }

    public boolean termsFrom(UUID serviceId, LocalDate from) {
        return jdbc.sql("select exists(select 1 from support.service_terms where service_id = :id and effective_from = :from)")
                .param("id", serviceId).param("from", from).query(Boolean.class).single();
    }

    public LocalDate lastTermsFrom(UUID serviceId) {
        return jdbc.sql("select max(effective_from) from support.service_terms where service_id = :id")
                .param("id", serviceId).query(LocalDate.class).single();
    }

    public void end(UUID id, LocalDate endDate, String outcome) {
        jdbc.sql("update support.service set end_date = :end, end_outcome = :outcome where id = :id")
                .param("id", id).param("end", endDate).param("outcome", outcome).update();
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from support.service s where s.id = :id").param("id", id).query(Row.class).optional();
    }

    /** The person each of these services is for, in one query. */
    public java.util.Map<UUID, UUID> peopleOf(java.util.Collection<UUID> ids) {
        java.util.Map<UUID, UUID> people = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, person_id from support.service where id in (:ids)").param("ids", ids)
                    .query((rs, n) -> people.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
        }
        return people;
    }

    /** The person's services still running after the day (open, or ending later), for a death recorded. */
    public List<Row> runningAfter(UUID personId, LocalDate day) {
        return jdbc.sql("select " + COLUMNS + " from support.service s where s.person_id = :p and (s.end_date is null or s.end_date > :day)"
                        + " order by s.start_date, s.service_number")
                .param("p", personId).param("day", day).query(Row.class).list();
    }

    public List<Row> ofPerson(UUID personId) {
        return jdbc.sql("select " + COLUMNS + " from support.service s where s.person_id = :p order by s.end_date is not null, s.start_date desc, s.service_number desc")
                .param("p", personId).query(Row.class).list();
    }

    public List<ServiceView.Terms> terms(UUID serviceId) {
        return terms(List.of(serviceId)).getOrDefault(serviceId, List.of());
    }

    /** Each service's dated terms, earliest first, for a whole list in one query. */
    public java.util.Map<UUID, List<ServiceView.Terms>> terms(java.util.Collection<UUID> services) {
        return RowsByParent.of(jdbc, """
                select service_id, effective_from, unit_cost, cost_frequency, planned_units_per_week, weekly_cost, reason, recorded_by
                from support.service_terms where service_id in (:ids) order by effective_from""", "service_id", services, ServiceView.Terms.class);
    }

    /** Whether the person has a long-term service open on the date (start and end dates count as days of service). */
    public boolean longTermOpenOn(UUID personId, LocalDate on) {
        return jdbc.sql("""
                select exists(select 1 from support.service where person_id = :p and long_term and start_date <= :on
                  and (end_date is null or end_date >= :on))""")
                .param("p", personId).param("on", on).query(Boolean.class).single();
    }

    /** Of the (person, day) pairs at each index, the indices whose person had a long-term service open that day: one query. */
    public java.util.Set<Integer> longTermOpenOnEach(List<UUID> personIds, List<LocalDate> days) {
        if (personIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("""
                select (q.i - 1)::int from unnest(cast(:people as uuid[]), cast(:days as date[])) with ordinality as q(person_id, on_day, i)
                where exists(select 1 from support.service s where s.person_id = q.person_id and s.long_term and s.start_date <= q.on_day
                  and (s.end_date is null or s.end_date >= q.on_day))""")
                .param("people", personIds.stream().map(UUID::toString).toArray(String[]::new))
                .param("days", days.stream().map(LocalDate::toString).toArray(String[]::new))
                .query(Integer.class).list());
    }

    public boolean anyServiceOn(UUID personId, LocalDate on) {
        return jdbc.sql("""
                select exists(select 1 from support.service where person_id = :p and start_date <= :on and (end_date is null or end_date >= :on))""")
                .param("p", personId).param("on", on).query(Boolean.class).single();
    }

    public boolean planOf(UUID planId, UUID personId) {
        return jdbc.sql("select exists(select 1 from support.plan where id = :plan and person_id = :p)")
                .param("plan", planId).param("p", personId).query(Boolean.class).single();
    }

    public boolean componentOfType(String type, String component) {
        return jdbc.sql("select exists(select 1 from support.component_type where service_type = :t and component = :c)")
                .param("t", type).param("c", component).query(Boolean.class).single();
    }

    public List<String> componentsOf(String type) {
        return jdbc.sql("""
                select m.component from support.component_type m join platform.code_value v on v.list_name = 'service-component' and v.value = m.component
                where m.service_type = :t order by v.sort_order""").param("t", type).query(String.class).list();
    }
}
