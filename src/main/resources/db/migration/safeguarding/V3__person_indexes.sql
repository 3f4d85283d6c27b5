-- A person's chronology reads each of their records by person, so no table of them is scanned whole at county scale.
create index enquiry_person on safeguarding.enquiry (person_id);
create index sar_person on safeguarding.sar (person_id);
