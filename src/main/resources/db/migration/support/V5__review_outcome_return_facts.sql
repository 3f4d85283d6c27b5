-- A review's CLD event outcome (what followed it) and a number to refer to it by in returns.
alter table support.review add column outcome text;
alter table support.review add column review_number bigint generated always as identity (start with 500001) unique;

create view support.review_facts as
  select id, review_number, person_id, reason, method, reviewed_on, outcomes_achieved, outcome
  from support.review;

-- A service's terms from each date: a change of price or hours adds a line and the service goes on.
create view support.service_term_facts as
  select service_id, effective_from, unit_cost, cost_frequency, planned_units_per_week, weekly_cost
  from support.service_terms;

-- The provider location's name, as the return carries it beside the CQC location ID.
create or replace view support.service_facts as
  select s.id, s.service_number, s.person_id, s.team_id, s.service_type, s.service_component, s.delivery_mechanism, s.cqc_location_id,
         s.client_funding_status, s.start_date, s.end_date, s.end_outcome, s.long_term, s.location_name
  from support.service s;
