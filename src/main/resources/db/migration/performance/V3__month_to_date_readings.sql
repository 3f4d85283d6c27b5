-- The month in progress of measures whose reading is costly (a year of Client Level Data rows), read by the scheduler
-- every quarter hour and shown with the time it was read. One row a measure, replaced by each newer reading; a row
-- read on an earlier day is not shown.
create table performance.month_to_date_reading (
  reference    text primary key references performance.measure (reference) on delete cascade,
  read_on      date not null,
  value        numeric(14, 2),
  numerator    numeric(16, 2),
  denominator  numeric(16, 2),
  read_at      timestamptz not null
);
