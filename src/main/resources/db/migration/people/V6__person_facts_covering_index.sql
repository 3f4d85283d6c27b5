-- The care and support figures join each person in long-term support (thousands, on several dates per page) to
-- person_facts for their age, death and support reason; a covering index answers that from the index alone instead
-- of reading every person's whole row (a county's person table is mostly names, addresses and contact details).
create index person_facts_covering on people.person (id) include (date_of_birth, date_of_death, primary_support_reason);
