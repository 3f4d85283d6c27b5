package org.openasc.returns.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Repository;

import org.openasc.platform.database.ReportReads;

/**
 * The Client Level Data events of a reporting period, read from the modules' published views and written as the
 * file writes them (dates dd/mm/yyyy, costs to the penny), so the validation that checks an imported file checks
 * this one too. Requests, assessments and reviews are sent once ended in the period; services that overlap it,
 * one row for each of their terms: the first starts on the service's own start date (never reset at a
 * financial year), and a price or hours change ends a row the day before and starts the next on the change date,
 * with the outcome 'Continuation of support or services' (ADR 19); an end after the period is not yet known to the file. A price per
 * period (weekly, monthly, ...) has planned units a week of its share of a week, as DHSC's rules ask planned units of every
 * costed service (not confirmed: DHSC's guidance gives no example for a period price). The person's accommodation, employment
 * and funding are as they stood on the event's last day in the period.
 */
@Repository
public class CldQuery {

    /** A file row: its values in {@link CldFields#HEADER} order, and the record it came from. */
    public record Event(String[] values, String kind, UUID recordId, UUID personId) {
    }

    private static final String SQL = """
            with terms as (
              -- CLD asks planned units a week of every costed service: a price per week, month or other period is
              -- its share of a week (a weekly price 1, a monthly one 0.23), the weekly cost over the unit cost.
              select t.service_id, t.effective_from, t.unit_cost, t.cost_frequency,
                     coalesce(t.planned_units_per_week, case when t.unit_cost > 0 and t.weekly_cost > 0
                                                             then round(t.weekly_cost / t.unit_cost, 2) end) as planned_units_per_week,
                     lead(t.effective_from) over (partition by t.service_id order by t.effective_from) - 1 as effective_to,
                     row_number() over (partition by t.service_id order by t.effective_from) as term
              from support.service_term_facts t
            ), events as (
              select 'Request' as event_type, 'R' || r.request_number as event_ref, 'request' as kind, r.id as record_id, r.person_id,
                     r.client_type, r.received_on as start_date, r.closed_on as end_date,
                     case when r.conversation then 'Conversation' end as description, r.outcome, r.route_of_access,
                     null as assessment_type, null as eligible_needs, null as assessment_method,
                     null as service_type, null as service_component, null as delivery_mechanism, null as location_name, null as cqc_location_id,
                     null as review_reason, null as review_outcomes, null as review_method,
                     null::numeric as unit_cost, null as cost_frequency, null::numeric as planned_units, null as funding_status
              from frontdoor.request_facts r
              where r.closed_on between :from and :to
              union all
              select 'Assessment', 'A' || a.assessment_number, 'assessment', a.id, a.person_id,
                     case when a.assessment_type = 'Unpaid carer assessment' then 'Unpaid carer' else 'Service user' end,
                     a.started_on, a.completed_on, null, a.outcome, null, a.assessment_type, a.eligible_needs_identified, a.method,
                     null, null, null, null, null, null, null, null, null, null, null, null
              from assessment.assessment_facts a
              where a.completed_on between :from and :to and a.assessment_type <> 'Mental capacity assessment'
              union all
              select 'Service', 'S' || s.service_number || coalesce('-' || nullif(t.term, 1), ''), 'service', s.id, s.person_id,
                     case when s.service_type like 'Unpaid carer support:%' then 'Unpaid carer' else 'Service user' end,
                     case when t.term > 1 then t.effective_from else s.start_date end, e.end_date, null, e.outcome, null, null, null, null,
                     s.service_type, s.service_component, s.delivery_mechanism, s.location_name, s.cqc_location_id, null, null, null,
                     t.unit_cost, t.cost_frequency, t.planned_units_per_week, s.client_funding_status
              from support.service_facts s
              left join terms t on t.service_id = s.id
              cross join lateral (
                select case when t.effective_to is not null and t.effective_to < coalesce(s.end_date, 'infinity') then t.effective_to
                            else s.end_date end as end_date,
                       case when t.effective_to is not null and t.effective_to < coalesce(s.end_date, 'infinity') then 'Continuation of support or services'
                            else s.end_outcome end as outcome) e
              where s.start_date <= :to and (s.end_date is null or s.end_date >= :from)
                and (t.service_id is null or (greatest(s.start_date, t.effective_from) <= :to and (e.end_date is null or e.end_date >= :from)))
              union all
              select 'Review', 'V' || v.review_number, 'review', v.id, v.person_id, 'Service user',
                     v.reviewed_on, v.reviewed_on, null, v.outcome, null, null, null, null, null, null, null, null, null,
                     v.reason, v.outcomes_achieved, v.method, null, null, null, null
              from support.review_facts v
              where v.reviewed_on between :from and :to
            ), in_file as (
              select e.*, case when e.end_date <= :to then e.end_date else :to end as as_at
              from events e
            ), rows as (
              select e.*, p.person_number, p.nhs_number, p.gp_practice_name, p.gp_practice_code, p.gender, p.ethnicity, p.date_of_birth,
                     case when p.date_of_death <= :to then p.date_of_death end as date_of_death, p.primary_support_reason, p.postcode,
                     p.has_unpaid_carer, p.autism, p.visual_impairment, p.hearing_impairment, p.dementia
              from in_file e join people.person_return_facts p on p.id = e.person_id
              union all
              -- Unpaid carers known by association: caring for someone in the file, with no event of their own in it.
              select 'Carer', null, 'person', p.id, p.id, 'Unpaid carer known by association', null, null, null, null, null, null, null, null,
                     null, null, null, null, null, null, null, null, null, null, null, null, :to,
                     p.person_number, p.nhs_number, p.gp_practice_name, p.gp_practice_code, p.gender, p.ethnicity, p.date_of_birth,
                     case when p.date_of_death <= :to then p.date_of_death end, p.primary_support_reason, p.postcode,
                     p.has_unpaid_carer, p.autism, p.visual_impairment, p.hearing_impairment, p.dementia
              from people.person_return_facts p
              where exists (select 1 from people.caring_facts c join in_file f on f.person_id = c.cared_for_id and f.client_type = 'Service user'
                            where c.carer_id = p.id and (c.start_date is null or c.start_date <= :to) and (c.end_date is null or c.end_date >= :from))
                and not exists (select 1 from in_file f where f.person_id = p.id)
            )
            select to_char(cast(:from as date), 'DD/MM/YYYY') as period_start, to_char(cast(:to as date), 'DD/MM/YYYY') as period_end,
                   r.nhs_number, r.person_number::text as person_number, r.gp_practice_name, r.gp_practice_code, r.gender, r.ethnicity,
                   to_char(r.date_of_birth, 'DD/MM/YYYY') as date_of_birth, to_char(r.date_of_death, 'DD/MM/YYYY') as date_of_death,
                   r.client_type, r.primary_support_reason, r.postcode, acc.value as accommodation, emp.value as employment, r.has_unpaid_carer,
                   case when r.client_type = 'Service user' then r.autism end as autism,
                   case when r.client_type = 'Service user' then r.visual_impairment end as visual,
                   case when r.client_type = 'Service user' then r.hearing_impairment end as hearing,
                   case when r.client_type = 'Service user' then r.dementia end as dementia,
                   case when r.client_type = 'Service user' then coalesce(r.funding_status, fund.client_funding_status) end as funding,
                   case when r.event_type <> 'Carer' then r.event_type end as event_type, r.event_ref,
                   to_char(r.start_date, 'DD/MM/YYYY') as start_date,
                   to_char(case when r.end_date <= :to then r.end_date end, 'DD/MM/YYYY') as end_date, r.description,
                   case when r.end_date <= :to then r.outcome end as outcome,
                   r.route_of_access, r.assessment_type, r.eligible_needs, r.assessment_method,
                   null as hours_caring, case when r.client_type like 'Unpaid carer%' then cared.n::text end as adults_cared_for,
                   cared.ids[1] as adult_1, cared.ids[2] as adult_2, cared.ids[3] as adult_3,
                   r.service_type, r.service_component, r.delivery_mechanism, r.location_name, r.cqc_location_id,
                   r.review_reason, r.review_outcomes, r.review_method,
                   to_char(r.unit_cost, 'FM9999999990.00') as unit_cost, r.cost_frequency,
                   to_char(r.planned_units, 'FM9999990.00') as planned_units,
                   r.kind, r.record_id, r.person_id
            from rows r
            left join lateral (select c.value from people.circumstance_facts c
                               where c.person_id = r.person_id and c.kind = 'accommodation-status' and c.valid_from <= r.as_at
                               order by c.valid_from desc limit 1) acc on true
            left join lateral (select c.value from people.circumstance_facts c
                               where c.person_id = r.person_id and c.kind = 'employment-status' and c.valid_from <= r.as_at
                               order by c.valid_from desc limit 1) emp on true
            left join lateral (select s.client_funding_status from support.service_facts s
                               where s.person_id = r.person_id and s.start_date <= r.as_at and r.event_type in ('Request', 'Assessment', 'Review')
                               order by s.start_date desc limit 1) fund on true
            left join lateral (select count(*) as n, array_agg(o.person_number::text order by o.person_number) as ids
                               from people.caring_facts c join people.person_return_facts o on o.id = c.cared_for_id
                               where r.client_type like 'Unpaid carer%' and c.carer_id = r.person_id
                                 and (c.start_date is null or c.start_date <= r.as_at) and (c.end_date is null or c.end_date >= r.as_at)) cared on true
            order by r.person_number, r.start_date nulls first, r.event_type, r.event_ref
            """;

    private final ReportReads reads;

    CldQuery(ReportReads reads) {
        this.reads = reads;
    }

    /** Every row of the file for the period, ordered by person, then date. */
    public List<Event> events(LocalDate from, LocalDate to) {
        int columns = CldFields.HEADER.size();
        List<Event> events = new ArrayList<>();
        reads.jdbc().sql(SQL).param("from", from).param("to", to).query(rs -> {
            String[] values = new String[columns];
            for (int i = 0; i < columns; i++) {
                values[i] = rs.getString(i + 1);
            }
            events.add(new Event(values, rs.getString("kind"), rs.getObject("record_id", UUID.class), rs.getObject("person_id", UUID.class)));
        });
        return events;
    }
}
