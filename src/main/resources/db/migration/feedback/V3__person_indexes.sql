-- A person's chronology reads each of their records by person, so no table of them is scanned whole at county scale.
create index complaint_person on feedback.complaint (person_id);
create index item_person on feedback.item (person_id) where person_id is not null;
create index complaint_complainant_person on feedback.complaint (complainant_person_id) where complainant_person_id is not null;
