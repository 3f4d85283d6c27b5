-- A rate per 100,000 names the age band of the population it is counted out of (such as 65+).
alter table performance.measure add column population_band text check (population_band ~ '^[0-9]{1,3}(-[0-9]{1,3}|\+)$');
