-- Customer feedback: statutory complaints (Local Authority Social Services and NHS Complaints (England)
-- Regulations 2009) with their clocks, the other kinds of feedback the annual report counts, and lessons learnt.
create schema if not exists feedback;

create table feedback.complaint (
  id                       uuid primary key,
  complaint_number         bigint generated always as identity (start with 100001) unique,
  received_on              date not null,
  how_received             text not null,
  complainant              text not null check (length(complainant) <= 200),
  complainant_person_id    uuid,
  representative           boolean not null default false,
  consent_recorded         boolean not null default false,
  person_id                uuid,
  service_area             text not null,
  team_id                  bigint,
  location_id              uuid,
  theme                    text not null,
  elements                 text not null check (length(elements) <= 8000),
  investigating_officer    text check (length(investigating_officer) <= 200),
  acknowledgement_due_on   date not null,
  acknowledged_on          date,
  response_due_on          date not null,
  agreed_response_due_on   date,
  extension_reason         text check (length(extension_reason) <= 2000),
  complainant_told_on      date,
  responded_on             date,
  outcome                  text check (outcome in ('UPHELD', 'PARTIALLY_UPHELD', 'NOT_UPHELD')),
  signed_by                text check (length(signed_by) <= 200),
  withdrawn_on             date,
  withdrawn_reason         text check (length(withdrawn_reason) <= 2000),
  passed_to_safeguarding_on date,
  version                  integer not null default 0,
  created_at               timestamptz not null default now(),
  created_by               text not null,
  changed_at               timestamptz,
  changed_by               text,
  check (not representative or consent_recorded),
  check (acknowledged_on is null or acknowledged_on >= received_on),
  check (responded_on is null or (responded_on >= received_on and outcome is not null and withdrawn_on is null)),
  check ((responded_on is null) = (outcome is null)),
  check (withdrawn_on is null or withdrawn_on >= received_on),
  check (agreed_response_due_on is null or (agreed_response_due_on > response_due_on and extension_reason is not null))
);
create index complaint_received on feedback.complaint (received_on);
create index complaint_open on feedback.complaint (response_due_on) where responded_on is null and withdrawn_on is null;

-- Compliments, comments, MP and councillor enquiries, Ombudsman contacts and FOI requests.
create table feedback.item (
  id               uuid primary key,
  item_number      bigint generated always as identity (start with 200001) unique,
  kind             text not null check (kind in ('COMPLIMENT', 'COMMENT', 'MEMBER_ENQUIRY', 'OMBUDSMAN', 'FOI')),
  received_on      date not null,
  service_area     text not null,
  summary          text not null check (length(summary) <= 8000),
  person_id        uuid,
  above_and_beyond boolean,
  member_type      text check (member_type in ('MP', 'COUNCILLOR')),
  member_name      text check (length(member_name) <= 200),
  category         text,
  due_on           date,
  responded_on     date,
  case_reference   text check (length(case_reference) <= 100),
  complaint_id     uuid references feedback.complaint (id),
  ombudsman_outcome text check (ombudsman_outcome in ('PREMATURE', 'OUTSIDE_JURISDICTION', 'NOT_UPHELD', 'FAULT_NO_INJUSTICE', 'FAULT_INJUSTICE')),
  remedy           text check (length(remedy) <= 4000),
  compliance_due_on date,
  exemptions       text[] not null default '{}',
  version          integer not null default 0,
  created_at       timestamptz not null default now(),
  created_by       text not null,
  check (kind <> 'COMPLIMENT' or above_and_beyond),
  check (kind <> 'MEMBER_ENQUIRY' or (member_type is not null and category is not null and due_on is not null)),
  check (kind <> 'FOI' or due_on is not null),
  check (responded_on is null or responded_on >= received_on)
);
create index item_received on feedback.item (kind, received_on);

create table feedback.lesson (
  id           uuid primary key,
  complaint_id uuid references feedback.complaint (id),
  item_id      uuid references feedback.item (id),
  lesson       text not null check (length(lesson) <= 4000),
  action       text not null check (length(action) <= 4000),
  owner        text not null check (length(owner) <= 200),
  due_on       date not null,
  done_on      date,
  recorded_by  text not null,
  recorded_at  timestamptz not null default now(),
  check ((complaint_id is null) <> (item_id is null))
);
