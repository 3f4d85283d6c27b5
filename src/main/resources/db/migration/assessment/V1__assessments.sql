-- Care Act assessments: needs (short and long term), unpaid carer's, financial and mental capacity.
-- The eligibility determination is computed from the answers and stored with its reasons when the
-- answers change, so what was decided is kept exactly as it was shown.
create schema if not exists assessment;

create sequence assessment.assessment_number start with 300001;

create table assessment.assessment (
  id                         uuid primary key,
  assessment_number          bigint not null unique default nextval('assessment.assessment_number'),
  person_id                  uuid not null,
  request_id                 uuid,
  assessment_type            text not null,
  method                     text,
  started_on                 date not null,
  completed_on               date,
  worker                     text not null,
  eligible                   boolean,
  eligibility_reasons        text,
  eligible_needs_identified  text check (eligible_needs_identified in ('Yes', 'No')),
  carer_needs_from_caring    boolean,
  carer_health_at_risk       boolean,
  carer_significant_impact   boolean,
  decision_in_question       text check (length(decision_in_question) <= 1000),
  impairment_of_mind         boolean,
  unable_to_understand       boolean,
  unable_to_retain           boolean,
  unable_to_weigh            boolean,
  unable_to_communicate      boolean,
  caused_by_impairment       boolean,
  lacks_capacity             boolean,
  best_interests_decision    text check (length(best_interests_decision) <= 4000),
  notes                      text check (length(notes) <= 8000),
  authorised_by              text,
  authorised_at              timestamptz,
  version                    integer not null default 0,
  created_at                 timestamptz not null default now(),
  created_by                 text not null,
  changed_at                 timestamptz,
  changed_by                 text,
  check (completed_on is null or completed_on >= started_on),
  check (authorised_by is null or completed_on is not null)
);
create index assessment_person on assessment.assessment (person_id);
create index assessment_request on assessment.assessment (request_id);
create index assessment_completed on assessment.assessment (completed_on);

-- One row per eligibility outcome answered (the ten adult outcomes, or the eight carer outcomes).
create table assessment.outcome_answer (
  assessment_id          uuid not null references assessment.assessment (id),
  outcome                text not null,
  unable                 boolean not null,
  arises_from_impairment boolean,
  significant_impact     boolean,
  primary key (assessment_id, outcome)
);

create table assessment.assessment_history (
  id            bigserial primary key,
  assessment_id uuid not null references assessment.assessment (id),
  occurred_at   timestamptz not null default now(),
  actor         text not null,
  what          text not null,
  detail        text
);
create index assessment_history_assessment on assessment.assessment_history (assessment_id, id);

-- The reporting contract other modules read: one row per assessment.
create view assessment.assessment_facts as
  select id, assessment_number, person_id, request_id, assessment_type, method, started_on, completed_on, worker,
         eligible, eligible_needs_identified, lacks_capacity, authorised_at is not null as authorised
  from assessment.assessment;
