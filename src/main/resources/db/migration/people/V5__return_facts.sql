-- The statutory returns' contract (Client Level Data): the council person ID, NHS number and the CLD person
-- fields as held now. No names, and no address beyond the postcode the return asks for. Retracted records
-- (created in error) are not people the council supports.
create view people.person_return_facts as
  select id, person_number, nhs_number, date_of_birth, date_of_death, gender, ethnicity, postcode, gp_practice_name, gp_practice_code,
         primary_support_reason, has_unpaid_carer, autism, visual_impairment, hearing_impairment, dementia
  from people.person
  where retracted_at is null;

-- Who cares for whom, whichever side the relationship was recorded from: the carer's row links the people cared for.
create view people.caring_facts as
  select person_id as carer_id, related_person_id as cared_for_id, start_date, end_date
  from people.relationship where relationship_type = 'Unpaid carer of'
  union
  select related_person_id, person_id, start_date, end_date
  from people.relationship where relationship_type = 'Cared for by';
