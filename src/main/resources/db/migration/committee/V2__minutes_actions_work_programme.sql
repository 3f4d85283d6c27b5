-- What happened at a meeting: who attended, apologies, declarations of interest and, item by item,
-- a summary and the resolutions. Minutes are approved at the next meeting and then locked.
create table committee.minutes (
  meeting_id   uuid primary key references committee.meeting (id),
  attendance   jsonb not null default '[]',
  apologies    jsonb not null default '[]',
  declarations jsonb not null default '[]',
  items        jsonb not null default '[]',
  approved_at_meeting uuid references committee.meeting (id),
  approved_on  date,
  version      integer not null default 0,
  changed_at   timestamptz not null default now(),
  changed_by   text not null,
  check ((approved_at_meeting is null) = (approved_on is null))
);

create function committee.approved_minutes_are_locked() returns trigger language plpgsql as $$
begin
  if old.approved_on is not null then
    raise exception 'The minutes of meeting % were approved on %: they cannot be changed', old.meeting_id, old.approved_on;
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger minutes_locked_once_approved before update or delete on committee.minutes
  for each row execute function committee.approved_minutes_are_locked();

-- A member's request for information or a follow-up, the officer who answers it and when it is due.
create table committee.action (
  id           uuid primary key,
  action_number bigserial unique,
  meeting_id   uuid not null references committee.meeting (id),
  item_number  integer,
  request      text not null check (length(request) between 1 and 2000),
  asked_by     text not null check (length(asked_by) <= 200),
  officer      text not null,
  due_on       date not null,
  response     text check (length(response) <= 8000),
  responded_on date,
  status       text not null default 'OPEN' check (status in ('OPEN', 'ANSWERED', 'CLOSED')),
  version      integer not null default 0,
  created_at   timestamptz not null default now(),
  created_by   text not null,
  changed_at   timestamptz,
  changed_by   text,
  check ((status = 'OPEN') = (response is null))
);
create index action_open on committee.action (status, due_on);

-- Items planned for future meetings: the committee's workplan.
create table committee.work_programme_item (
  id             uuid primary key,
  committee_id   uuid not null references committee.committee (id),
  title          text not null check (length(title) between 1 and 300),
  purpose        text not null check (purpose in ('FOR_DECISION', 'FOR_INFORMATION', 'TO_NOTE')),
  lead_officer   text check (length(lead_officer) <= 200),
  requested_by   text check (length(requested_by) <= 200),
  meeting_id     uuid references committee.meeting (id),
  status         text not null default 'PLANNED' check (status in ('PLANNED', 'CONFIRMED', 'DEFERRED', 'DONE')),
  deferred_reason text check (length(deferred_reason) <= 2000),
  version        integer not null default 0,
  created_at     timestamptz not null default now(),
  created_by     text not null,
  changed_at     timestamptz,
  changed_by     text,
  check ((status = 'DEFERRED') = (deferred_reason is not null))
);
