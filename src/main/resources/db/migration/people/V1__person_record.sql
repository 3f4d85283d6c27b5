-- People: the person record (the Client Level Data person module and what practitioners need),
-- dated circumstances, relationships and restricted-record access.
create schema if not exists people;
create extension if not exists pg_trgm with schema public;
create extension if not exists fuzzystrmatch with schema public;

-- Council person IDs come from a sequence: stable, and never reused even when a record is retracted.
create sequence people.person_number start with 1000001;

create table people.person (
  id                   uuid primary key,
  person_number        bigint not null unique default nextval('people.person_number'),
  nhs_number           text check (nhs_number ~ '^[0-9]{10}$'),
  given_name           text not null,
  family_name          text not null,
  preferred_name       text,
  name_key             text not null,
  search_name          text not null,
  phonetic             text[] not null default '{}',
  date_of_birth        date,
  date_of_death        date,
  gender               text,
  ethnicity            text,
  address_line_1       text,
  address_line_2       text,
  town                 text,
  postcode             text,
  gp_practice_code     text,
  gp_practice_name     text,
  preferred_language   text,
  communication_needs  text[] not null default '{}',
  communication_notes  text,
  phone                text,
  email                text,
  primary_support_reason text,
  has_unpaid_carer     text,
  autism               text,
  visual_impairment    text,
  hearing_impairment   text,
  dementia             text,
  restricted           boolean not null default false,
  restriction_reason   text,
  retracted_at         timestamptz,
  retraction_reason    text,
  version              integer not null default 0,
  created_at           timestamptz not null default now(),
  created_by           text not null,
  changed_at           timestamptz,
  changed_by           text,
  constraint person_death_after_birth check (date_of_death is null or date_of_birth is null or date_of_death >= date_of_birth)
);
-- One live record per NHS number.
create unique index person_live_nhs_number on people.person (nhs_number) where nhs_number is not null and retracted_at is null;
create index person_search_name_trgm on people.person using gin (search_name gin_trgm_ops);
create index person_phonetic on people.person using gin (phonetic);
create index person_name_key_dob on people.person (name_key, date_of_birth);
create index person_date_of_birth on people.person (date_of_birth);
create index person_postcode on people.person (postcode);

-- Accommodation and employment status are dated histories: a change adds a line, never overwrites.
create table people.circumstance (
  id          bigserial primary key,
  person_id   uuid not null references people.person (id),
  kind        text not null check (kind in ('accommodation-status', 'employment-status')),
  value       text not null,
  valid_from  date not null,
  recorded_at timestamptz not null default now(),
  recorded_by text not null,
  unique (person_id, kind, valid_from)
);

create table people.relationship (
  id                bigserial primary key,
  person_id         uuid not null references people.person (id),
  related_person_id uuid not null references people.person (id),
  relationship_type text not null,
  start_date        date,
  end_date          date,
  notes             text,
  created_at        timestamptz not null default now(),
  created_by        text not null,
  constraint relationship_not_to_self check (person_id <> related_person_id),
  constraint relationship_dates check (end_date is null or start_date is null or end_date >= start_date)
);
create index relationship_person on people.relationship (person_id);
create index relationship_related on people.relationship (related_person_id);

-- Staff named on a restricted record; everyone else is refused and the attempt audited.
create table people.restriction_access (
  person_id  uuid not null references people.person (id),
  username   text not null,
  granted_at timestamptz not null default now(),
  granted_by text not null,
  primary key (person_id, username)
);
