-- The returns need the autism flag too (SAC SG1e); the view gains a column at its end.
create or replace view people.person_facts as
  select id, date_of_birth, date_of_death, gender, ethnicity, primary_support_reason, autism
  from people.person;
