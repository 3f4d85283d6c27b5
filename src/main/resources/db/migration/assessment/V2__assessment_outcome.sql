-- What followed a completed assessment, from the CLD event outcome list (a financial assessment needs none).
alter table assessment.assessment add column outcome text;

create or replace view assessment.assessment_facts as
  select id, assessment_number, person_id, request_id, assessment_type, method, started_on, completed_on, worker,
         eligible, eligible_needs_identified, lacks_capacity, authorised_at is not null as authorised, outcome
  from assessment.assessment;
