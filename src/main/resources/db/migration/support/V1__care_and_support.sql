-- Care and support: plans with personal budgets, services (CLD Service events) with dated terms, reviews,
-- direct payments, hospital discharges and home-care brokerage. Person, team and provider location ids
-- refer to other modules' records by id only.
create schema if not exists support;

-- Which service components a CLD service type may have: a component outside its type is refused.
create table support.component_type (
  service_type text not null,
  component    text not null,
  primary key (service_type, component)
);
insert into support.component_type (service_type, component)
select t, c from (values
  ('Short term support: ST-Max', array['Reablement', 'Short Term Residential Care', 'Short Term Nursing Care', 'Other Short Term Support']),
  ('Short term support: Ongoing low level', array['Equipment', 'Meals', 'Transport', 'Professional Support', 'Professional Support- Social Worker',
     'Other Short Term Support']),
  ('Short term support: Other short term', array['Short Term Residential Care', 'Short Term Nursing Care', 'Home Support', 'Emergency Support',
     'End of Life Care', 'Equipment', 'Other Short Term Support']),
  ('Long term support: Nursing care', array['Long Term Nursing Care']),
  ('Long term support: Residential care', array['Long Term Residential Care']),
  ('Long term support: Community', array['Home Support', 'Day Support', 'Meals', 'Transport', 'Equipment', 'Direct Payment', 'Shared Lives',
     'Community Supported Living', 'Professional Support', 'Professional Support- Social Worker', 'Learning/Education/Employment Support',
     'End of Life Care', 'Other Long Term Support']),
  ('Long term support: Prison', array['Home Support', 'Equipment', 'Professional Support', 'Other Long Term Support']),
  ('Unpaid carer support: Direct to unpaid carer', array['Direct Payment', 'Carer Universal Services', 'Professional Support', 'Other Carer Support']),
  ('Unpaid carer support: Support involving the person cared-for', array['Carer Respite', 'Carer Sitting Service', 'Other Carer Support'])
) as m (t, cs), unnest(cs) as c;

create table support.plan (
  id                 uuid primary key,
  person_id          uuid not null,
  assessment_id      uuid not null,
  team_id            bigint not null,
  worker             text,
  starts_on          date not null,
  budget_amount      numeric(12, 2) not null check (budget_amount >= 0),
  budget_period      text not null check (budget_period in ('WEEKLY', 'FOUR_WEEKLY', 'MONTHLY', 'ANNUAL')),
  weekly_budget      numeric(12, 2) not null check (weekly_budget >= 0),
  delivery_mechanism text not null,
  signed_off_by      text,
  signed_off_on      date,
  version            integer not null default 0,
  created_at         timestamptz not null default now(),
  created_by         text not null,
  changed_at         timestamptz,
  changed_by         text
);
create index plan_person on support.plan (person_id, starts_on desc);

create table support.plan_outcome (
  plan_id  uuid not null references support.plan (id),
  position integer not null,
  wanted   text not null check (length(wanted) <= 2000),
  how_met  text not null check (length(how_met) <= 4000),
  primary key (plan_id, position)
);

create table support.service (
  id                    uuid primary key,
  service_number        bigint generated always as identity unique,
  person_id             uuid not null,
  plan_id               uuid references support.plan (id),
  team_id               bigint not null,
  worker                text,
  service_type          text not null,
  service_component     text not null,
  delivery_mechanism    text,
  location_id           uuid,
  location_name         text,
  cqc_location_id       text,
  client_funding_status text not null,
  start_date            date not null,
  end_date              date,
  end_outcome           text,
  suspension_override   text check (length(suspension_override) <= 2000),
  long_term             boolean generated always as (service_type like 'Long term support:%') stored,
  version               integer not null default 0,
  created_at            timestamptz not null default now(),
  created_by            text not null,
  changed_at            timestamptz,
  changed_by            text,
  foreign key (service_type, service_component) references support.component_type (service_type, component),
  check (end_date is null or end_date >= start_date),
  check ((end_date is null) = (end_outcome is null))
);
create index service_person on support.service (person_id, start_date);
create index service_long_term_dates on support.service (start_date, end_date) include (person_id, service_type, delivery_mechanism) where long_term;

-- What a service costs from a date: a price change or a change of hours adds a line, the service goes on.
create table support.service_terms (
  id                     bigserial primary key,
  service_id             uuid not null references support.service (id),
  effective_from         date not null,
  unit_cost              numeric(10, 2) not null check (unit_cost >= 0),
  cost_frequency         text not null,
  planned_units_per_week numeric(8, 2) check (planned_units_per_week >= 0),
  weekly_cost            numeric(12, 2) not null check (weekly_cost >= 0),
  reason                 text check (length(reason) <= 2000),
  recorded_at            timestamptz not null default now(),
  recorded_by            text not null,
  unique (service_id, effective_from)
);

create table support.review (
  id                uuid primary key,
  person_id         uuid not null,
  reason            text not null,
  method            text not null,
  reviewed_on       date not null,
  outcomes_achieved text,
  what_changed      text check (length(what_changed) <= 4000),
  worker            text not null,
  recorded_at       timestamptz not null default now(),
  recorded_by       text not null,
  check (reason <> 'Planned' or outcomes_achieved is not null)
);
create index review_person on support.review (person_id, reviewed_on desc);

create table support.direct_payment (
  id                  uuid primary key,
  person_id           uuid not null,
  service_id          uuid references support.service (id),
  agreement_signed_on date not null,
  amount              numeric(12, 2) not null check (amount > 0),
  period              text not null check (period in ('WEEKLY', 'FOUR_WEEKLY', 'MONTHLY', 'ANNUAL')),
  starts_on           date not null,
  ends_on             date,
  recorded_at         timestamptz not null default now(),
  recorded_by         text not null,
  check (starts_on >= agreement_signed_on),
  check (ends_on is null or ends_on >= starts_on)
);
create index direct_payment_person on support.direct_payment (person_id);

create table support.dp_monitoring (
  id                uuid primary key,
  direct_payment_id uuid not null references support.direct_payment (id),
  due_on            date not null,
  done_on           date,
  outcome           text check (outcome in ('SATISFACTORY', 'CONCERNS_SUPPORT_AGREED', 'SURPLUS_TO_RECOVER', 'MISUSE_REFERRED')),
  notes             text check (length(notes) <= 4000),
  done_by           text,
  check ((done_on is null) = (outcome is null))
);
create index dp_monitoring_due on support.dp_monitoring (due_on) where done_on is null;

create table support.discharge (
  id                  uuid primary key,
  person_id           uuid not null,
  team_id             bigint not null,
  hospital            text not null check (length(hospital) <= 200),
  ward                text not null check (length(ward) <= 200),
  referred_on         date not null,
  pathway             integer not null check (pathway between 0 and 3),
  discharge_to_assess boolean not null default false,
  hub_decision_on     date,
  discharged_on       date,
  reablement          boolean not null default false,
  status_91_day       text,
  version             integer not null default 0,
  recorded_at         timestamptz not null default now(),
  recorded_by         text not null,
  changed_at          timestamptz,
  changed_by          text,
  check (hub_decision_on is null or hub_decision_on >= referred_on),
  check (discharged_on is null or (hub_decision_on is not null and discharged_on >= hub_decision_on)),
  check (status_91_day is null or (reablement and discharged_on is not null))
);
create index discharge_dates on support.discharge (discharged_on);

-- Home-care brokerage: zones at a price level, hourly rates per level from a date, and each zone's
-- framework providers in the order packages are offered to them (prime providers first).
create table support.zone (
  name        text primary key check (length(name) <= 100),
  price_level text not null check (price_level in ('URBAN', 'FRINGE', 'RURAL', 'ISOLATED'))
);

create table support.price_rate (
  price_level    text not null check (price_level in ('URBAN', 'FRINGE', 'RURAL', 'ISOLATED')),
  effective_from date not null,
  hourly_rate    numeric(8, 2) not null check (hourly_rate > 0),
  primary key (price_level, effective_from)
);

create table support.zone_provider (
  zone        text not null references support.zone (name),
  location_id uuid not null,
  tier        text not null check (tier in ('PRIME', 'SUPPLEMENTARY')),
  rank        integer not null,
  primary key (zone, location_id)
);

create table support.package_request (
  id             uuid primary key,
  request_number bigint generated always as identity unique,
  person_id      uuid not null,
  team_id        bigint not null,
  zone           text not null references support.zone (name),
  hours_per_week numeric(6, 2) not null check (hours_per_week > 0 and hours_per_week <= 168),
  needed_by      date not null,
  requirements   text check (length(requirements) <= 4000),
  requested_on   date not null,
  service_id     uuid references support.service (id),
  sourced_on     date,
  cancelled_on   date,
  version        integer not null default 0,
  recorded_at    timestamptz not null default now(),
  recorded_by    text not null
);
create index package_request_open on support.package_request (requested_on) where service_id is null and cancelled_on is null;

create table support.offer (
  id             uuid primary key,
  request_id     uuid not null references support.package_request (id),
  location_id    uuid not null,
  location_name  text not null,
  tier           text not null,
  offered_on     date not null,
  answer         text check (answer in ('ACCEPTED', 'DECLINED')),
  answered_on    date,
  decline_reason text check (length(decline_reason) <= 2000),
  answered_by    text,
  unique (request_id, location_id),
  check ((answer is null) = (answered_on is null)),
  check (answer <> 'DECLINED' or decline_reason is not null)
);

-- The reporting contract: one row per service with its current weekly cost.
create view support.service_facts as
  select s.id, s.service_number, s.person_id, s.team_id, s.service_type, s.service_component, s.delivery_mechanism, s.cqc_location_id,
         s.client_funding_status, s.start_date, s.end_date, s.end_outcome, s.long_term
  from support.service s;
