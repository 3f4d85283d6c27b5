-- Safeguarding (Care Act 2014 s42): concerns with their screening decision, and enquiries with their
-- allegations, Making Safeguarding Personal, capacity, conclusion and risk outcome. Persons, teams and
-- provider locations are referred to by id only.
create schema if not exists safeguarding;

create table safeguarding.concern (
  id                   uuid primary key,
  concern_number       bigint generated always as identity (start with 500001) unique,
  person_id            uuid not null,
  received_at          timestamptz not null,
  received_on          date not null,
  source               text not null,
  location             text check (length(location) <= 500),
  what_happened        text not null check (length(what_happened) <= 8000),
  immediate_risk       text check (length(immediate_risk) <= 4000),
  action_taken         text check (length(action_taken) <= 4000),
  location_id          uuid,
  provider_name        text,
  organisational       boolean generated always as (location_id is not null) stored,
  screening_due_on     date not null,
  screened_on          date,
  needs_care_support   boolean,
  experiencing_risk    boolean,
  unable_to_protect    boolean,
  decision             text check (decision in ('S42', 'OTHER_ENQUIRY', 'INCIDENT_ONLY', 'NOT_SAFEGUARDING')),
  decision_reasons     text check (length(decision_reasons) <= 4000),
  routed_to            text check (routed_to in ('SAFEGUARDING_TEAM', 'LOCALITY', 'PROVIDER')),
  routed_team_id       bigint,
  decided_by           text,
  version              integer not null default 0,
  created_at           timestamptz not null default now(),
  created_by           text not null,
  changed_at           timestamptz,
  changed_by           text,
  check (screened_on is null or screened_on >= received_on),
  check ((screened_on is null) = (decision is null)),
  check (decision <> 'S42' or (needs_care_support and experiencing_risk and unable_to_protect))
);
create index concern_received on safeguarding.concern (received_on);
create index concern_unscreened on safeguarding.concern (screening_due_on) where screened_on is null;
create index concern_person on safeguarding.concern (person_id);
create index concern_location on safeguarding.concern (location_id) where location_id is not null;

create table safeguarding.enquiry (
  id                      uuid primary key,
  enquiry_number          bigint generated always as identity (start with 700001) unique,
  concern_id              uuid not null unique references safeguarding.concern (id),
  person_id               uuid not null,
  kind                    text not null check (kind in ('S42', 'OTHER')),
  team_id                 bigint,
  started_on              date not null,
  strategy_on             date,
  strategy_agencies       text check (length(strategy_agencies) <= 2000),
  caused_to               text check (length(caused_to) <= 200),
  caused_due_on           date,
  caused_response_on      date,
  caused_response         text check (length(caused_response) <= 4000),
  msp_asked               text,
  msp_outcomes            text check (length(msp_outcomes) <= 4000),
  msp_achieved            text,
  lacked_capacity         text,
  advocate                boolean,
  conclusion              text,
  risk_assessment_outcome text,
  risk_result             text,
  concluded_on            date,
  version                 integer not null default 0,
  created_at              timestamptz not null default now(),
  created_by              text not null,
  changed_at              timestamptz,
  changed_by              text,
  check (concluded_on is null or concluded_on >= started_on),
  check ((concluded_on is null) = (conclusion is null))
);
create index enquiry_started on safeguarding.enquiry (started_on);
create index enquiry_concluded on safeguarding.enquiry (concluded_on);

create table safeguarding.allegation (
  id             bigserial primary key,
  enquiry_id     uuid not null references safeguarding.enquiry (id),
  type_of_risk   text not null,
  location_of_risk text not null,
  source_of_risk text not null,
  recorded_at    timestamptz not null default now(),
  recorded_by    text not null
);
create index allegation_enquiry on safeguarding.allegation (enquiry_id);

-- The reporting contract other modules read (returns, performance).
create view safeguarding.concern_facts as
  select c.id, c.concern_number, c.person_id, c.received_on, c.screening_due_on, c.screened_on, c.decision, c.routed_to, c.organisational,
         c.location_id, e.id as enquiry_id, e.kind, e.started_on, e.concluded_on, e.conclusion
  from safeguarding.concern c left join safeguarding.enquiry e on e.concern_id = c.id;
