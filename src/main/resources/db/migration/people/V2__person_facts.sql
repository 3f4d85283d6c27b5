-- The reporting contract other modules read (care and support figures, returns): demographics and dated
-- circumstances, with no names or identifiers beyond the record's id.
create view people.person_facts as
  select id, date_of_birth, date_of_death, gender, ethnicity, primary_support_reason
  from people.person;

create view people.circumstance_facts as
  select person_id, kind, value, valid_from from people.circumstance;
