-- Client Level Data files kept as submitted: the quarter, who made it and when, its rows by event type, the
-- validation summary and a SHA-256 of the exact file, and the file itself, so a later file can say what changed.
create schema if not exists returns;

create table returns.cld_submission (
  id               bigint generated always as identity primary key,
  quarter_end      date not null,
  period_start     date not null,
  period_end       date not null,
  submitted_by     text not null,
  submitted_at     timestamptz not null default now(),
  row_count        integer not null,
  by_event_type    jsonb not null,
  failures_by_rule jsonb not null,
  failure_count    integer not null,
  sha256           text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  content          text not null
);
create index cld_submission_quarter on returns.cld_submission (quarter_end, id);
