-- Service accounts are staff_user rows of kind 'service' (roles and teams as for staff, so every module scopes
-- them as it scopes a member of staff); they have no password and sign in only with API tokens.
alter table platform.staff_user add column kind text not null default 'staff';
alter table platform.staff_user add constraint staff_user_kind_check check (kind in ('staff', 'service'));
alter table platform.staff_user alter column password_hash drop not null;
alter table platform.staff_user add constraint staff_user_password_for_staff_only
  check ((kind = 'staff' and password_hash is not null) or (kind = 'service' and password_hash is null));

-- An API token is kept only as the SHA-256 of its text: it is long and random, so a fast unsalted hash is enough,
-- and the token itself is shown once when issued and never again.
create table platform.api_token (
  id           bigserial primary key,
  account_id   bigint not null references platform.staff_user (id),
  token_hash   text not null,
  expires_on   date not null,
  created_at   timestamptz not null default now(),
  created_by   text not null,
  revoked_at   timestamptz,
  revoked_by   text,
  last_used_at timestamptz
);
create unique index api_token_hash_unique on platform.api_token (token_hash);
create index api_token_account on platform.api_token (account_id);

-- Which API token a request signed in with, so the trail names the token as well as its service account.
alter table platform.audit_event add column token_id bigint;
