-- Demo: remembers that the synthetic council was loaded, so a restart does not load it again.
create schema if not exists demo;
create table demo.council_load (
  id        bigserial primary key,
  loaded_at timestamptz not null default now(),
  people    integer not null,
  seed      bigint not null
);
