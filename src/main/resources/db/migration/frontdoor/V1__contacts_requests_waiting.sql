-- The front door: contacts, requests for support (CLD Request events), where each request waits, who it
-- is allocated to, waiting-well check-ins and 3 Conversations. Stage and priority are dated histories so
-- the waiting list can be rebuilt for any past date.
create schema if not exists frontdoor;

create sequence frontdoor.contact_number start with 100001;
create sequence frontdoor.request_number start with 200001;

create table frontdoor.support_request (
  id               uuid primary key,
  request_number   bigint not null unique default nextval('frontdoor.request_number'),
  person_id        uuid not null,
  contact_id       uuid,
  client_type      text not null,
  existing_client  boolean not null,
  route_of_access  text not null,
  received_on      date not null,
  summary          text not null check (length(summary) <= 2000),
  stage            text not null check (stage in ('AWAITING_TRIAGE', 'AWAITING_ALLOCATION', 'AWAITING_ASSESSMENT', 'ASSESSMENT_IN_PROGRESS', 'CLOSED')),
  priority         text check (priority in ('URGENT', 'HIGH', 'MEDIUM', 'LOW')),
  priority_reason  text,
  priority_from    date,
  team_id          bigint,
  worker           text,
  allocated_on     date,
  first_allocated_on date,
  last_check_in_on date,
  assessment_started_on   date,
  assessment_completed_on date,
  closed_on        date,
  outcome          text,
  version          integer not null default 0,
  created_at       timestamptz not null default now(),
  created_by       text not null,
  changed_at       timestamptz,
  changed_by       text,
  check ((stage = 'CLOSED') = (closed_on is not null and outcome is not null)),
  check (closed_on is null or closed_on >= received_on)
);
create index support_request_person on frontdoor.support_request (person_id);
-- The current waiting list reads the request rows themselves; dated histories serve past dates.
create index support_request_waiting on frontdoor.support_request (received_on, request_number) where closed_on is null;
create index support_request_open on frontdoor.support_request (team_id, stage) where closed_on is null;
create index support_request_first_allocated on frontdoor.support_request (first_allocated_on);
create index support_request_assessed on frontdoor.support_request (assessment_completed_on);
create index support_request_worker on frontdoor.support_request (worker) where closed_on is null;
create index support_request_received on frontdoor.support_request (received_on);
create index support_request_closed on frontdoor.support_request (closed_on);

create table frontdoor.contact (
  id                   uuid primary key,
  contact_number       bigint not null unique default nextval('frontdoor.contact_number'),
  received_at          timestamptz not null,
  channel              text not null,
  source               text not null,
  contact_name         text check (length(contact_name) <= 200),
  contact_phone        text check (length(contact_phone) <= 40),
  person_id            uuid,
  unknown_person       text check (length(unknown_person) <= 500),
  reason               text not null check (length(reason) <= 4000),
  outcome              text not null,
  signposted_to        text check (length(signposted_to) <= 500),
  passed_to            text check (length(passed_to) <= 500),
  request_id           uuid references frontdoor.support_request (id),
  -- The layer of need: the outcome's grouping when logged, or for a request the layer of the request's
  -- outcome when it closes (null while it is open). Kept on the contact so county-sized figures need no join.
  layer                text check (layer in ('prevent', 'reduce', 'delay', 'meet')),
  created_at           timestamptz not null default now(),
  created_by           text not null,
  check (person_id is not null or unknown_person is not null or outcome in ('Information and advice', 'Signposting'))
);
create index contact_received on frontdoor.contact (received_at);
create index contact_person on frontdoor.contact (person_id);

alter table frontdoor.support_request
  add constraint support_request_contact foreign key (contact_id) references frontdoor.contact (id);

-- Dated stage, priority and allocation histories: the waiting list on any date is read from these. On
-- the same date the later entry (higher id) wins.
create table frontdoor.request_stage (
  id          bigserial primary key,
  request_id uuid not null references frontdoor.support_request (id),
  stage      text not null,
  from_date  date not null,
  recorded_at timestamptz not null default now(),
  recorded_by text not null
);
create index request_stage_request on frontdoor.request_stage (request_id, from_date);

create table frontdoor.request_priority (
  id          bigserial primary key,
  request_id  uuid not null references frontdoor.support_request (id),
  priority    text not null,
  reason      text not null,
  from_date   date not null,
  recorded_at timestamptz not null default now(),
  recorded_by text not null
);
create index request_priority_request on frontdoor.request_priority (request_id, from_date);

create table frontdoor.request_allocation (
  id          bigserial primary key,
  request_id  uuid not null references frontdoor.support_request (id),
  team_id     bigint not null,
  worker      text,
  from_date   date not null,
  recorded_at timestamptz not null default now(),
  recorded_by text not null
);
create index request_allocation_request on frontdoor.request_allocation (request_id, from_date);

-- Everything that changed a request, who and when, in words.
create table frontdoor.request_history (
  id          bigserial primary key,
  request_id  uuid not null references frontdoor.support_request (id),
  occurred_at timestamptz not null default now(),
  actor       text not null,
  what        text not null,
  detail      text
);
create index request_history_request on frontdoor.request_history (request_id, id);

create table frontdoor.check_in (
  id          uuid primary key,
  request_id  uuid not null references frontdoor.support_request (id),
  held_on     date not null,
  outcome     text not null,
  notes       text check (length(notes) <= 4000),
  recorded_at timestamptz not null default now(),
  recorded_by text not null
);
create index check_in_request on frontdoor.check_in (request_id, held_on);

create table frontdoor.conversation (
  id            uuid primary key,
  request_id    uuid not null references frontdoor.support_request (id),
  number        smallint not null check (number between 1 and 3),
  held_on       date not null,
  what_matters  text not null check (length(what_matters) <= 4000),
  agreed        text not null check (length(agreed) <= 4000),
  next_step     text not null check (length(next_step) <= 1000),
  worker        text not null,
  recorded_at   timestamptz not null default now(),
  recorded_by   text not null
);
create index conversation_request on frontdoor.conversation (request_id, held_on);

-- Which layer of need each request outcome represents (prevent, reduce, delay, meet). Data, so a council
-- can align it with how it reports; contacts take their layer from contact-outcome or, for a request,
-- from the request's outcome.
create table frontdoor.outcome_layer (
  outcome text primary key,
  layer   text not null check (layer in ('prevent', 'reduce', 'delay', 'meet'))
);
insert into frontdoor.outcome_layer (outcome, layer) values
  ('Progress to reablement/ST-Max', 'delay'),
  ('Progress to assessment, review or reassessment', 'meet'),
  ('Progress to support planning or services', 'meet'),
  ('Continuation of support or services', 'meet'),
  ('Admitted to hospital', 'prevent'),
  ('NFA: Responsibility moved to another local authority', 'prevent'),
  ('NFA: Referral to NHS services or NHS funded social care', 'prevent'),
  ('NFA: Self-funded client or under 12wk disregard', 'prevent'),
  ('NFA: Information and advice or signposting', 'prevent'),
  ('NFA: Referral to other service within the local authority', 'reduce'),
  ('NFA: Support declined', 'prevent'),
  ('NFA: Deceased', 'prevent'),
  ('NFA: Support ended as planned', 'reduce'),
  ('NFA: Support ended for other reason', 'prevent'),
  ('NFA: No services offered for other reason', 'prevent'),
  ('NFA: Other', 'prevent');

-- Assessments started for a request, as the assessment module reports them: the request's own copy of
-- the dates the waiting list and the front-door figures need (the flow of modules is one way).
create table frontdoor.request_assessment (
  assessment_id   uuid primary key,
  request_id      uuid not null references frontdoor.support_request (id),
  assessment_type text not null,
  started_on      date not null,
  completed_on    date
);
create index request_assessment_request on frontdoor.request_assessment (request_id);
create index request_assessment_completed on frontdoor.request_assessment (completed_on);

-- Check-in intervals per priority, in days: data a council can change.
create table frontdoor.check_in_interval (
  priority text primary key check (priority in ('URGENT', 'HIGH', 'MEDIUM', 'LOW')),
  days     integer not null check (days between 1 and 365)
);
insert into frontdoor.check_in_interval (priority, days) values ('URGENT', 7), ('HIGH', 14), ('MEDIUM', 28), ('LOW', 42);
