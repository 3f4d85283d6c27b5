-- Finance: budget lines with their budgets and every change to them, ledger actuals imported in batches,
-- forecast adjustments and demand assumptions, closed periods that keep their forecasts, officers'
-- commentary and the medium-term financial strategy. Amounts are pounds (numeric, 2 places).
create schema if not exists finance;

create table finance.report_section (
  name     text primary key check (length(name) between 1 and 100),
  position integer not null
);

create table finance.budget_line (
  id             uuid primary key,
  cost_centre    text not null unique check (length(cost_centre) between 1 and 20),
  name           text not null check (length(name) between 1 and 200),
  service_group  text not null check (length(service_group) between 1 and 100),
  report_section text not null references finance.report_section (name),
  version        integer not null default 0,
  created_at     timestamptz not null default now(),
  created_by     text not null
);

-- Which services a line pays for: a type (all its components) or a type and component; the more exact wins.
create table finance.line_service (
  line_id           uuid not null references finance.budget_line (id),
  service_type      text not null,
  service_component text
);
create unique index line_service_exact on finance.line_service (service_type, coalesce(service_component, ''));

create table finance.budget (
  line_id         uuid not null references finance.budget_line (id),
  financial_year  integer not null check (financial_year between 2000 and 2100),
  original_budget numeric(14, 2) not null,
  version         integer not null default 0,
  set_at          timestamptz not null default now(),
  set_by          text not null,
  primary key (line_id, financial_year)
);

-- Adjustments and virements to a line's budget; a virement is a pair of rows that sum to nothing.
create table finance.budget_adjustment (
  id             bigserial primary key,
  line_id        uuid not null references finance.budget_line (id),
  financial_year integer not null,
  period         integer not null check (period between 1 and 12),
  kind           text not null check (kind in ('ADJUSTMENT', 'VIREMENT')),
  virement_id    uuid,
  amount         numeric(14, 2) not null,
  adjusted_on    date not null,
  reason         text not null check (length(reason) between 1 and 2000),
  recorded_at    timestamptz not null default now(),
  recorded_by    text not null,
  foreign key (line_id, financial_year) references finance.budget (line_id, financial_year)
);

create table finance.actuals_batch (
  id          uuid primary key,
  file_name   text not null check (length(file_name) <= 300),
  row_count   integer not null,
  total       numeric(16, 2) not null,
  imported_at timestamptz not null default now(),
  imported_by text not null
);

-- One amount per line, year and period: importing a period again replaces it.
create table finance.actual (
  line_id        uuid not null references finance.budget_line (id),
  financial_year integer not null,
  period         integer not null check (period between 1 and 12),
  amount         numeric(14, 2) not null,
  batch_id       uuid not null references finance.actuals_batch (id),
  primary key (line_id, financial_year, period)
);

-- Expected new demand: net new packages a week at an average weekly cost, each running to the year end.
create table finance.demand_assumption (
  line_id             uuid not null references finance.budget_line (id),
  financial_year      integer not null,
  packages_per_week   numeric(8, 2) not null,
  average_weekly_cost numeric(12, 2) not null check (average_weekly_cost >= 0),
  basis               text not null check (length(basis) between 1 and 2000),
  version             integer not null default 0,
  set_at              timestamptz not null default now(),
  set_by              text not null,
  primary key (line_id, financial_year)
);

create table finance.forecast_adjustment (
  id             bigserial primary key,
  line_id        uuid not null references finance.budget_line (id),
  financial_year integer not null,
  period         integer not null check (period between 1 and 12),
  amount         numeric(14, 2) not null,
  reason         text not null check (length(reason) between 1 and 2000),
  recorded_at    timestamptz not null default now(),
  recorded_by    text not null
);

create table finance.closed_period (
  financial_year integer not null,
  period         integer not null check (period between 1 and 12),
  closed_at      timestamptz not null default now(),
  closed_by      text not null,
  primary key (financial_year, period)
);

-- The forecast of each line as it stood when its period closed.
create table finance.forecast_snapshot (
  financial_year integer not null,
  period         integer not null,
  line_id        uuid not null references finance.budget_line (id),
  final_budget   numeric(14, 2) not null,
  actual         numeric(14, 2) not null,
  committed      numeric(14, 2) not null,
  demand         numeric(14, 2) not null,
  adjustments    numeric(14, 2) not null,
  forecast       numeric(14, 2) not null,
  primary key (financial_year, period, line_id),
  foreign key (financial_year, period) references finance.closed_period (financial_year, period)
);

create table finance.commentary (
  financial_year integer not null,
  period         integer not null check (period between 1 and 12),
  section        text not null references finance.report_section (name),
  text           text not null check (length(text) <= 8000),
  version        integer not null default 0,
  changed_at     timestamptz not null default now(),
  changed_by     text not null,
  primary key (financial_year, period, section)
);

-- The medium-term financial strategy from a year: its base and four years of cumulative growth and savings.
create table finance.mtfs (
  from_year                 integer primary key check (from_year between 2000 and 2100),
  original_prior_year_budget numeric(16, 2) not null,
  transfers                 numeric(16, 2)[] not null check (array_length(transfers, 1) = 4),
  version                   integer not null default 0,
  set_at                    timestamptz not null default now(),
  set_by                    text not null
);

create table finance.mtfs_item (
  id          uuid primary key,
  from_year   integer not null references finance.mtfs (from_year),
  kind        text not null check (kind in ('GROWTH', 'SAVING')),
  reference   text not null check (length(reference) between 1 and 20),
  description text not null check (length(description) between 1 and 1000),
  status      text not null check (status in ('UNCHANGED', 'AMENDED', 'NEW')),
  saving_type text check (saving_type in ('EFFICIENCY', 'SERVICE_REDUCTION', 'INCOME')),
  amounts     numeric(16, 2)[] not null check (array_length(amounts, 1) = 4),
  recorded_at timestamptz not null default now(),
  recorded_by text not null,
  unique (from_year, reference),
  check ((kind = 'SAVING') = (saving_type is not null))
);
