-- Committees, their meetings and agendas, and the reports that go to them. A report reads the live
-- record until it is published; publishing freezes what it shows (its snapshot, content hash and PDF),
-- and the database refuses any later change to a published report.
create schema if not exists committee;

create table committee.committee (
  id         uuid primary key,
  name       text not null unique check (length(name) between 1 and 200),
  remit      text check (length(remit) <= 4000),
  version    integer not null default 0,
  created_at timestamptz not null default now(),
  created_by text not null,
  changed_at timestamptz,
  changed_by text
);

-- Councillors sit as chair, vice-chair or member; officers support the committee, and clearing
-- officers (the director or a head of service) clear its reports for publication.
create table committee.membership (
  committee_id uuid not null references committee.committee (id),
  username     text not null,
  role         text not null check (role in ('CHAIR', 'VICE_CHAIR', 'MEMBER', 'OFFICER', 'CLEARING_OFFICER')),
  primary key (committee_id, username)
);

create table committee.meeting (
  id           uuid primary key,
  committee_id uuid not null references committee.committee (id),
  starts_at    timestamptz not null,
  venue        text check (length(venue) <= 300),
  online_link  text check (length(online_link) <= 500),
  status       text not null default 'SCHEDULED' check (status in ('SCHEDULED', 'AGENDA_PUBLISHED', 'HELD', 'MINUTES_APPROVED')),
  version      integer not null default 0,
  created_at   timestamptz not null default now(),
  created_by   text not null,
  changed_at   timestamptz,
  changed_by   text
);
create index meeting_committee on committee.meeting (committee_id, starts_at);

create table committee.report (
  id              uuid primary key,
  template        text not null check (template in ('PERFORMANCE', 'BUDGET_MONITORING', 'RISK', 'SAFEGUARDING', 'COMPLAINTS', 'DOLS_MHA',
                                                    'CARE_MARKET', 'MTFS', 'FREE')),
  parameters      jsonb not null,
  title           text not null check (length(title) between 1 and 300),
  purpose         text check (length(purpose) <= 4000),
  recommendations jsonb not null default '[]',
  background      text check (length(background) <= 20000),
  sections        jsonb not null default '[]',
  appendices      jsonb not null default '[]',
  author          text not null,
  status          text not null default 'DRAFT' check (status in ('DRAFT', 'SUBMITTED', 'CLEARED', 'PUBLISHED')),
  submitted_at    timestamptz,
  cleared_by      text,
  cleared_at      timestamptz,
  published_at    timestamptz,
  published_by    text,
  snapshot        text,
  content_hash    text,
  pdf             bytea,
  version         integer not null default 0,
  created_at      timestamptz not null default now(),
  created_by      text not null,
  changed_at      timestamptz,
  changed_by      text,
  check ((status = 'PUBLISHED') = (snapshot is not null and content_hash is not null and pdf is not null and published_at is not null))
);

create function committee.published_report_is_frozen() returns trigger language plpgsql as $$
begin
  if old.status = 'PUBLISHED' then
    raise exception 'Report % was published on %: it cannot be changed', old.id, old.published_at;
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger report_frozen_once_published before update or delete on committee.report
  for each row execute function committee.published_report_is_frozen();

create table committee.agenda_item (
  id               uuid primary key,
  meeting_id       uuid not null references committee.meeting (id),
  item_number      integer not null check (item_number between 1 and 99),
  kind             text not null check (kind in ('APOLOGIES', 'DECLARATIONS', 'MINUTES', 'ACTIONS', 'WORK_PROGRAMME', 'REPORT', 'OTHER')),
  title            text not null check (length(title) between 1 and 300),
  purpose          text not null check (purpose in ('FOR_DECISION', 'FOR_INFORMATION', 'TO_NOTE')),
  lead_officer     text check (length(lead_officer) <= 200),
  exempt           boolean not null default false,
  exempt_paragraph integer check (exempt_paragraph between 1 and 7),
  report_id        uuid unique references committee.report (id),
  version          integer not null default 0,
  unique (meeting_id, item_number),
  check (exempt = (exempt_paragraph is not null))
);
