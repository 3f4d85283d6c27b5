-- Retention rules, and the disposals made under them. A disposal keeps only the person's id (which
-- names nobody), what was done, why, by whom and when, so a person is never disposed of twice.
create schema if not exists retention;

create table retention.rule (
  kind        text primary key,
  title       text not null,
  years       integer not null check (years between 1 and 100),
  counted_from text not null,
  source      text not null,
  version     integer not null default 0,
  changed_at  timestamptz,
  changed_by  text
);

insert into retention.rule (kind, title, years, counted_from, source) values
  ('person', 'Adult social care record', 8, 'the last service or other activity, or death',
   'Records Management Code of Practice for Health and Social Care 2021: adult social care records');

create table retention.disposal (
  id            uuid primary key,
  kind          text not null references retention.rule (kind),
  record_id     uuid not null,
  action        text not null check (action in ('DELETE', 'ANONYMISE')),
  reason        text not null check (length(reason) between 1 and 2000),
  last_activity date not null,
  disposed_at   timestamptz not null default now(),
  disposed_by   text not null,
  unique (kind, record_id)
);
