-- Platform: staff accounts, teams, roles and the append-only audit trail.
create schema if not exists platform;

create table platform.team (
  id          bigserial primary key,
  name        text not null,
  description text,
  created_at  timestamptz not null default now(),
  created_by  text not null
);
create unique index team_name_unique on platform.team (lower(name));

create table platform.staff_user (
  id              bigserial primary key,
  username        text not null,
  display_name    text not null,
  email           text,
  password_hash   text not null,
  enabled         boolean not null default true,
  failed_sign_ins integer not null default 0,
  locked_until    timestamptz,
  last_sign_in_at timestamptz,
  version         integer not null default 0,
  created_at      timestamptz not null default now(),
  created_by      text not null,
  changed_at      timestamptz,
  changed_by      text,
  constraint staff_user_username_format check (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$')
);
create unique index staff_user_username_unique on platform.staff_user (username);

create table platform.staff_role (
  user_id bigint not null references platform.staff_user (id),
  role    text not null check (role in ('PRACTITIONER', 'TEAM_MANAGER', 'SAFEGUARDING', 'DOLS', 'BROKERAGE',
                                        'FINANCE', 'CUSTOMER_RELATIONS', 'PERFORMANCE', 'ADMIN', 'COUNCILLOR')),
  primary key (user_id, role)
);

create table platform.team_membership (
  team_id bigint not null references platform.team (id),
  user_id bigint not null references platform.staff_user (id),
  primary key (team_id, user_id)
);
create index team_membership_user on platform.team_membership (user_id);

-- Who viewed, created, changed or was refused which record, and when. Never updated or deleted.
create table platform.audit_event (
  id           bigserial primary key,
  occurred_at  timestamptz not null default now(),
  actor        text not null,
  action       text not null check (action in ('VIEWED', 'CREATED', 'CHANGED', 'REFUSED', 'SEARCHED', 'RESTRICTED', 'SIGNED_IN', 'SIGN_IN_FAILED', 'LOCKED_OUT')),
  subject_type text not null,
  subject_id   text,
  subject_ref  text,
  detail       text
);
create index audit_event_subject on platform.audit_event (subject_type, subject_id, occurred_at desc);
create index audit_event_actor on platform.audit_event (actor, occurred_at desc);
create index audit_event_time on platform.audit_event (occurred_at desc);

create function platform.audit_event_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'The audit trail is append-only: % is not allowed', tg_op;
end;
$$;
create trigger audit_event_no_update_or_delete before update or delete on platform.audit_event
  for each row execute function platform.audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on platform.audit_event
  for each statement execute function platform.audit_event_is_append_only();
