-- Liberty: Deprivation of Liberty Safeguards applications from managing authorities (care homes and
-- hospitals) with their six qualifying assessments and outcome, and Mental Health Act assessments by AMHPs.
create schema if not exists liberty;

-- Assessors the DoLS team allocates work to (Best Interests Assessors and mental health assessors).
create table liberty.assessor (
  id            bigserial primary key,
  name          text not null unique check (length(name) <= 200),
  qualification text not null check (qualification in ('BEST_INTERESTS_ASSESSOR', 'MENTAL_HEALTH_ASSESSOR')),
  active        boolean not null default true
);

create table liberty.application (
  id                     uuid primary key,
  application_number     bigint generated always as identity (start with 300001) unique,
  person_id              uuid not null,
  location_id            uuid,
  managing_authority     text not null check (length(managing_authority) <= 200),
  cqc_location_code      text,
  received_on            date not null,
  urgent                 boolean not null default false,
  urgent_granted_on      date,
  urgent_extended_days   integer check (urgent_extended_days between 1 and 7),
  priority               text check (priority in ('HIGH', 'MEDIUM', 'LOW')),
  priority_reason        text check (length(priority_reason) <= 2000),
  best_interests_assessor bigint references liberty.assessor (id),
  signed_off_on          date,
  outcome                text check (outcome in ('GRANTED', 'NOT_GRANTED', 'WITHDRAWN')),
  outcome_reason         text check (length(outcome_reason) <= 2000),
  authorised_from        date,
  authorised_to          date,
  conditions             text check (length(conditions) <= 4000),
  version                integer not null default 0,
  created_at             timestamptz not null default now(),
  created_by             text not null,
  changed_at             timestamptz,
  changed_by             text,
  check (urgent or urgent_granted_on is null),
  check (urgent_granted_on is null or urgent_granted_on <= received_on),
  check ((outcome is null) = (signed_off_on is null)),
  check (signed_off_on is null or signed_off_on >= received_on),
  check (outcome <> 'GRANTED' or (authorised_from is not null and authorised_to > authorised_from)),
  check (outcome = 'GRANTED' or (authorised_from is null and authorised_to is null))
);
create index application_open on liberty.application (received_on) where outcome is null;
create index application_received on liberty.application (received_on);
create index application_authorised_to on liberty.application (authorised_to) where outcome = 'GRANTED';

create table liberty.qualifying_assessment (
  application_id uuid not null references liberty.application (id),
  requirement    text not null check (requirement in ('AGE', 'MENTAL_HEALTH', 'MENTAL_CAPACITY', 'NO_REFUSALS', 'ELIGIBILITY', 'BEST_INTERESTS')),
  status         text not null check (status in ('NOT_ASSESSED', 'SATISFIED', 'NOT_SATISFIED', 'EQUIVALENT')),
  assessor_id    bigint references liberty.assessor (id),
  assessed_on    date,
  recorded_by    text not null,
  recorded_at    timestamptz not null default now(),
  primary key (application_id, requirement)
);

create table liberty.mha_assessment (
  id              uuid primary key,
  assessment_number bigint generated always as identity (start with 800001) unique,
  person_id       uuid not null,
  requested_at    timestamptz not null,
  amhp            text not null check (length(amhp) <= 200),
  doctors         text[] not null default '{}',
  assessed_at     timestamptz,
  outcome         text check (outcome in ('SECTION_2', 'SECTION_3', 'INFORMAL_ADMISSION', 'COMMUNITY_SUPPORT', 'NO_FURTHER_ACTION')),
  bed_found_at    timestamptz,
  out_of_area     boolean not null default false,
  delays          text[] not null default '{}',
  delay_notes     text check (length(delay_notes) <= 4000),
  recorded_by     text not null,
  recorded_at     timestamptz not null default now(),
  check (assessed_at is null or assessed_at >= requested_at),
  check (bed_found_at is null or outcome in ('SECTION_2', 'SECTION_3', 'INFORMAL_ADMISSION'))
);
create index mha_requested on liberty.mha_assessment (requested_at);
