-- What the system ended because a person died, one row a record, so that a date of death corrected or withdrawn moves or
-- undoes exactly that and nothing a practitioner did (ADR 29). version is the record's version once the death had changed
-- it (a record moved on since was changed by someone after); was_on and was_value keep what the death replaced (a planned
-- end date, an outcome or a stage) so it can be put back.
create table support.ended_at_death (
  record_kind text not null check (record_kind in ('SERVICE', 'DIRECT_PAYMENT', 'PACKAGE_REQUEST', 'DISCHARGE', 'FOLLOW_UP')),
  record_id   uuid not null,
  person_id   uuid not null,
  died_on     date not null,
  ended_on    date not null,
  version     integer,
  was_on      date,
  was_value   text,
  noted_at    timestamptz not null default now(),
  primary key (record_kind, record_id)
);
create index ended_at_death_person on support.ended_at_death (person_id, died_on);

-- A referral still in hospital when the person died ends then, with why (DischargeEnd), rather than waiting for a discharge.
alter table support.discharge
  add column ended_on date,
  add column end_reason text check (end_reason in ('DIED')),
  add constraint discharge_ended check ((ended_on is null) = (end_reason is null)
    and (ended_on is null or (discharged_on is null and ended_on >= referred_on)));
