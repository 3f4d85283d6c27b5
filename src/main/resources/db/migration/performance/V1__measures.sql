-- The performance framework: measures (computed from the record by the modules, or entered from outside it),
-- targets and RAG rules per measure, month-end values kept when the month closes (revisions recorded, never
-- silent), comparator benchmarks and population estimates imported with their source.
create schema if not exists performance;

create table performance.measure (
  reference       text primary key check (length(reference) between 1 and 30 and reference ~ '^[A-Za-z0-9][A-Za-z0-9 ().-]*$'),
  name            text not null check (length(name) <= 300),
  measure_group   text not null check (length(measure_group) <= 100),
  numerator       text not null check (length(numerator) <= 1000),
  denominator     text check (length(denominator) <= 1000),
  unit            text not null check (unit in ('PERCENTAGE', 'COUNT', 'RATE_PER_100000', 'DAYS', 'POUNDS')),
  polarity        text not null check (polarity in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'WITHIN_BAND', 'NEITHER')),
  basis           text not null check (basis in ('SNAPSHOT', 'ROLLING_12_MONTHS', 'YEAR_TO_DATE', 'MONTH')),
  owner           text not null check (length(owner) <= 200),
  source          text not null check (source in ('COMPUTED', 'ENTERED')),
  position        integer not null default 0,
  -- the measure's own RAG rule; null columns mean the performance team's default applies
  green_within    numeric(10, 2),
  amber_within    numeric(10, 2),
  rag_basis       text check (rag_basis in ('RELATIVE', 'ABSOLUTE')),
  -- a recalculated SPC baseline from this month (after a process change)
  baseline_from   text check (baseline_from ~ '^[0-9]{4}-[0-9]{2}$'),
  version         integer not null default 0,
  created_by      text not null,
  created_at      timestamptz not null default now(),
  changed_by      text,
  changed_at      timestamptz,
  check ((green_within is null) = (amber_within is null) and (green_within is null) = (rag_basis is null)),
  check (green_within is null or (green_within >= 0 and amber_within >= green_within))
);

-- The default RAG rule, one row.
create table performance.rag_default (
  id            boolean primary key default true check (id),
  green_within  numeric(10, 2) not null check (green_within >= 0),
  amber_within  numeric(10, 2) not null,
  rag_basis     text not null check (rag_basis in ('RELATIVE', 'ABSOLUTE')),
  version       integer not null default 0,
  changed_by    text,
  changed_at    timestamptz,
  check (amber_within >= green_within)
);
insert into performance.rag_default (green_within, amber_within, rag_basis) values (0, 5, 'RELATIVE');

-- A financial year's target: a value (optionally profiled by month) or a band.
create table performance.target (
  reference       text not null references performance.measure (reference),
  financial_year  integer not null check (financial_year between 2000 and 2100),
  target          numeric(14, 2),
  band_lower      numeric(14, 2),
  band_upper      numeric(14, 2),
  version         integer not null default 0,
  set_by          text not null,
  set_at          timestamptz not null default now(),
  primary key (reference, financial_year),
  check ((target is null) <> (band_lower is null)),
  check ((band_lower is null) = (band_upper is null) and (band_lower is null or band_lower <= band_upper))
);

create table performance.target_profile (
  reference       text not null,
  financial_year  integer not null,
  period          text not null check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  target          numeric(14, 2) not null,
  primary key (reference, financial_year, period),
  foreign key (reference, financial_year) references performance.target (reference, financial_year) on delete cascade
);

-- Every target set, as it was set: the history shown on the measure's page.
create table performance.target_history (
  id              bigint generated always as identity primary key,
  reference       text not null references performance.measure (reference),
  financial_year  integer not null,
  description     text not null,
  set_by          text not null,
  set_at          timestamptz not null default now()
);

-- A measure's value for a month: kept at the month end for computed measures, typed for entered ones.
create table performance.measure_value (
  reference       text not null references performance.measure (reference),
  period          text not null check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  value           numeric(14, 2),
  numerator       numeric(16, 2),
  denominator     numeric(16, 2),
  source          text check (length(source) <= 500),
  recorded_by     text not null,
  recorded_at     timestamptz not null default now(),
  version         integer not null default 0,
  primary key (reference, period)
);

-- A kept or entered value changed after the fact: from what to what, when, by whom and why.
create table performance.value_revision (
  id              bigint generated always as identity primary key,
  reference       text not null,
  period          text not null,
  previous_value  numeric(14, 2),
  value           numeric(14, 2),
  reason          text not null,
  revised_by      text not null,
  revised_at      timestamptz not null default now(),
  foreign key (reference, period) references performance.measure_value (reference, period)
);

-- Published comparator values (for example the ASCOF publication), by measure, year and area.
create table performance.benchmark (
  reference    text not null references performance.measure (reference),
  year         integer not null check (year between 2000 and 2100),
  area_code    text not null check (length(area_code) between 1 and 20),
  area_name    text not null check (length(area_name) <= 200),
  value        numeric(14, 2) not null,
  imported_by  text not null,
  imported_at  timestamptz not null default now(),
  primary key (reference, year, area_code)
);

create table performance.comparator_group (
  name         text primary key check (length(name) between 1 and 100),
  description  text check (length(description) <= 500),
  created_by   text not null,
  created_at   timestamptz not null default now()
);

create table performance.comparator_member (
  group_name  text not null references performance.comparator_group (name) on delete cascade,
  area_code   text not null check (length(area_code) between 1 and 20),
  primary key (group_name, area_code)
);

-- ONS mid-year population estimates for the council's area by age band, for rates per 100,000.
create table performance.population (
  year         integer not null check (year between 2000 and 2100),
  age_band     text not null check (age_band ~ '^[0-9]{1,3}(-[0-9]{1,3}|\+)$'),
  population   integer not null check (population >= 0),
  imported_by  text not null,
  imported_at  timestamptz not null default now(),
  primary key (year, age_band)
);
