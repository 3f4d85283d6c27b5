-- Quality monitoring visits to a provider location, their findings, and the action plan agreed.
create table providers.quality_visit (
  id          uuid primary key,
  location_id uuid not null references providers.location (id),
  visited_on  date not null,
  findings    text not null check (length(findings) <= 8000),
  recorded_at timestamptz not null default now(),
  recorded_by text not null
);
create index quality_visit_location on providers.quality_visit (location_id, visited_on desc);

create table providers.action_item (
  id        uuid primary key,
  visit_id  uuid not null references providers.quality_visit (id),
  action    text not null check (length(action) <= 2000),
  owner     text not null check (length(owner) <= 200),
  due_on    date not null,
  done_on   date,
  done_by   text
);
create index action_item_visit on providers.action_item (visit_id);
create index action_item_open on providers.action_item (due_on) where done_on is null;
