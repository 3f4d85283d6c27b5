-- Case notes: what happened and when (not only when it was typed), who was there, and the note itself,
-- with a significant-event category and links to the records it belongs to. A finalised note never
-- changes: it is corrected by addenda that keep who, when and why.
create schema if not exists casework;

create table casework.note (
  id                   uuid primary key,
  note_number          bigserial unique,
  person_id            uuid not null,
  occurred_at          timestamptz not null,
  type                 text not null check (type in ('VISIT', 'PHONE_CALL', 'EMAIL', 'LETTER', 'MEETING', 'OBSERVATION',
                                                     'MANAGEMENT_OVERSIGHT', 'SUPERVISION_DECISION')),
  present              text check (length(present) <= 1000),
  text                 text not null check (length(text) between 1 and 20000),
  significant_category text check (length(significant_category) <= 100),
  status               text not null default 'DRAFT' check (status in ('DRAFT', 'FINAL')),
  finalised_at         timestamptz,
  finalised_by         text,
  version              integer not null default 0,
  created_at           timestamptz not null default now(),
  created_by           text not null,
  changed_at           timestamptz,
  changed_by           text,
  check ((status = 'FINAL') = (finalised_at is not null))
);
create index note_person on casework.note (person_id, occurred_at desc);

create table casework.note_link (
  note_id   uuid not null references casework.note (id),
  kind      text not null check (kind in ('REQUEST', 'ASSESSMENT', 'SERVICE', 'CONCERN', 'ENQUIRY', 'DOLS_APPLICATION', 'COMPLAINT')),
  record_id uuid not null,
  primary key (note_id, kind, record_id)
);
create index note_link_record on casework.note_link (kind, record_id);

create table casework.addendum (
  id         uuid primary key,
  note_id    uuid not null references casework.note (id),
  text       text not null check (length(text) between 1 and 8000),
  reason     text not null check (length(reason) between 1 and 1000),
  created_at timestamptz not null default now(),
  created_by text not null
);

create function casework.final_note_is_kept() returns trigger language plpgsql as $$
begin
  if old.status = 'FINAL' then
    raise exception 'Case note % is final: it is corrected by an addendum, never changed', old.note_number;
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger note_final_is_kept before update or delete on casework.note for each row execute function casework.final_note_is_kept();

create function casework.links_of_final_note_are_kept() returns trigger language plpgsql as $$
begin
  if exists (select 1 from casework.note where id = coalesce(old.note_id, new.note_id) and status = 'FINAL') then
    raise exception 'The links of a final case note are kept as they were';
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger note_links_kept before insert or update or delete on casework.note_link for each row execute function casework.links_of_final_note_are_kept();
