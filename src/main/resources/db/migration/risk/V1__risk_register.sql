-- Risk registers: risks scored impact x likelihood (1 to 5 each) gross, net of controls and at target,
-- rated by configurable bands, with further actions and reviews that keep the scores of the day.
create schema if not exists risk;

create table risk.register (
  name text primary key check (length(name) <= 100)
);
insert into risk.register (name) values ('Strategic'), ('Departmental');

-- Score bands for the rating; the defaults are 1-3 low, 4-6 medium, 8-12 high, 15-25 very high.
create table risk.rating_band (
  rating    text primary key check (rating in ('LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH')),
  min_score integer not null,
  max_score integer not null,
  check (min_score between 1 and 25 and max_score between min_score and 25)
);
insert into risk.rating_band (rating, min_score, max_score) values ('LOW', 1, 3), ('MEDIUM', 4, 6), ('HIGH', 8, 12), ('VERY_HIGH', 15, 25);

create table risk.risk (
  id                uuid primary key,
  reference         text not null unique check (length(reference) <= 20),
  register          text not null references risk.register (name),
  title             text not null check (length(title) <= 300),
  description       text not null check (length(description) <= 8000),
  category          text not null check (length(category) <= 100),
  owners            text not null check (length(owners) <= 300),
  appetite          text not null check (appetite in ('AVERSE', 'MINIMALIST', 'CAUTIOUS', 'OPEN', 'EAGER')),
  impact            text check (length(impact) <= 4000),
  opportunities     text check (length(opportunities) <= 4000),
  controls          text check (length(controls) <= 8000),
  barriers          text check (length(barriers) <= 4000),
  financial_impact  numeric(14, 2),
  gross_impact      integer not null check (gross_impact between 1 and 5),
  gross_likelihood  integer not null check (gross_likelihood between 1 and 5),
  net_impact        integer not null check (net_impact between 1 and 5),
  net_likelihood    integer not null check (net_likelihood between 1 and 5),
  target_impact     integer not null check (target_impact between 1 and 5),
  target_likelihood integer not null check (target_likelihood between 1 and 5),
  review_due_on     date not null,
  version           integer not null default 0,
  created_at        timestamptz not null default now(),
  created_by        text not null,
  changed_at        timestamptz,
  changed_by        text
);

create table risk.action (
  id       uuid primary key,
  risk_id  uuid not null references risk.risk (id),
  action   text not null check (length(action) <= 2000),
  owner    text not null check (length(owner) <= 200),
  due_on   date not null,
  status   text not null check (status in ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETE')),
  progress text check (length(progress) <= 4000)
);

-- A review keeps the scores as they were that day, so movement and history come from the record.
create table risk.review (
  id                bigserial primary key,
  risk_id           uuid not null references risk.risk (id),
  reviewed_on       date not null,
  gross_impact      integer not null,
  gross_likelihood  integer not null,
  net_impact        integer not null,
  net_likelihood    integer not null,
  target_impact     integer not null,
  target_likelihood integer not null,
  notes             text check (length(notes) <= 4000),
  reviewed_by       text not null
);
create index review_risk on risk.review (risk_id, reviewed_on desc, id desc);

create table risk.link (
  risk_id  uuid not null references risk.risk (id),
  other_id uuid not null references risk.risk (id),
  primary key (risk_id, other_id),
  check (risk_id <> other_id)
);
