-- A concern opened from a front-door contact recorded as a safeguarding concern (ADR 20) links back to it; one concern
-- a contact, so the same announcement delivered twice opens one concern.
alter table safeguarding.concern add column contact_id uuid unique;
