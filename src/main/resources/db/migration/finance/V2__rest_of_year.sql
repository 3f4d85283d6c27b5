-- How a line that pays for no services forecasts the months after the period: nothing (officers adjust), its
-- budget profile (a twelfth of the budget a month) or its run rate (the average month so far).
alter table finance.budget_line add column rest_of_year text not null default 'NONE'
  check (rest_of_year in ('NONE', 'BUDGET_PROFILE', 'RUN_RATE'));
alter table finance.forecast_snapshot add column rest_of_year numeric(14, 2) not null default 0;
