-- A signed-in session carries the account's access stamp; raising the stamp (account disabled,
-- roles changed, password reset) ends every session of the account on its next request.
alter table platform.staff_user add column access_stamp bigint not null default 0;

-- Failed sign-ins slow down further attempts by key (a username from one address, an address,
-- a username from anywhere) instead of locking the account, so a stranger cannot lock a worker out.
create table platform.sign_in_throttle (
  throttle_key    text primary key,
  failures        integer not null,
  last_failure_at timestamptz not null,
  blocked_until   timestamptz
);

alter table platform.audit_event drop constraint audit_event_action_check;
alter table platform.audit_event add constraint audit_event_action_check
  check (action in ('VIEWED', 'CREATED', 'CHANGED', 'REFUSED', 'SEARCHED', 'RESTRICTED', 'SIGNED_IN', 'SIGN_IN_FAILED', 'LOCKED_OUT', 'SIGNED_OUT'));
