-- A local account's second factor: a TOTP secret (RFC 6238). The row is written when enrolment starts and counts
-- only once confirmed with a valid code, so a mistyped secret cannot lock anyone out.
-- last_used_step is the last accepted 30-second step, so a code is accepted at most once.
create table platform.second_factor (
  account_id     bigint primary key references platform.staff_user (id),
  secret         bytea not null,
  confirmed_at   timestamptz,
  last_used_step bigint,
  created_at     timestamptz not null default now(),
  constraint second_factor_secret_length check (octet_length(secret) = 20)
);
