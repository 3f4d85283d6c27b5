-- When a person record was anonymised at the end of its retention period (names replaced, identifiers, address and
-- contact details removed): null for a record that never was. The coded facts figures read are kept.
alter table people.person add column anonymised_at timestamptz;
