-- A standard authorisation ends before its last day when the person dies: the day it ceased and why are kept beside
-- the period it was granted for (which the DoLS return still reports), so nothing of the decision is overwritten.
alter table liberty.application
  add column ceased_on date,
  add column ceased_reason text check (length(ceased_reason) <= 2000),
  add constraint application_ceased check (ceased_on is null
    or (outcome = 'GRANTED' and ceased_on >= authorised_from and ceased_on < authorised_to and ceased_reason is not null));
