-- England and Wales bank holidays published after the list shipped with OpenASC, added by an administrator from
-- GOV.UK's bank-holidays.json. A year given here replaces the shipped list's year; after the last published year the
-- calendar counts the regular holidays by rule.
create table platform.bank_holiday (
  holiday_date date primary key,
  title        text not null check (length(title) between 1 and 200),
  recorded_at  timestamptz not null default now(),
  recorded_by  text not null
);
