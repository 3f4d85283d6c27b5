-- A person's chronology reads each of their records by person, so no table of them is scanned whole at county scale.
create index application_person on liberty.application (person_id);
create index mha_assessment_person on liberty.mha_assessment (person_id);
