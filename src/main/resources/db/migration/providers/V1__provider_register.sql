-- The provider register: CQC locations (the care services the council contracts with and the CQC rates),
-- each under its registered provider, with dated ratings and a dated history of contract status.
create schema if not exists providers;

create table providers.location (
  id               uuid primary key,
  provider_name    text not null check (length(provider_name) <= 200),
  cqc_provider_id  text check (cqc_provider_id ~ '^1-[0-9]{6,12}$'),
  cqc_location_id  text unique check (cqc_location_id ~ '^1-[0-9]{6,12}$'),
  name             text not null check (length(name) <= 200),
  address          text check (length(address) <= 500),
  postcode         text,
  services         text[] not null,
  registered_beds  integer not null default 0 check (registered_beds between 0 and 2000),
  zone             text check (length(zone) <= 100),
  version          integer not null default 0,
  created_at       timestamptz not null default now(),
  created_by       text not null,
  changed_at       timestamptz,
  changed_by       text
);
create index location_name on providers.location (lower(name));

create table providers.rating (
  id          bigserial primary key,
  location_id uuid not null references providers.location (id),
  rating      text not null,
  rated_on    date not null,
  recorded_at timestamptz not null default now(),
  recorded_by text not null
);
create index rating_location on providers.rating (location_id, rated_on desc, id desc);

-- Contract status over time. ACTIVE is the absence of any other status; each entry runs from its start
-- date until its end date (exclusive) or, with no end date, until further notice.
create table providers.contract_status (
  id            bigserial primary key,
  location_id   uuid not null references providers.location (id),
  status        text not null check (status in ('ENHANCED_MONITORING', 'SUSPENDED', 'NOTICE_OF_PROPOSAL', 'CLOSING')),
  start_date    date not null,
  end_date      date,
  reason        text not null check (length(reason) <= 2000),
  latest_update text check (length(latest_update) <= 2000),
  recorded_at   timestamptz not null default now(),
  recorded_by   text not null,
  check (end_date is null or end_date > start_date)
);
create index contract_status_location on providers.contract_status (location_id, start_date);
