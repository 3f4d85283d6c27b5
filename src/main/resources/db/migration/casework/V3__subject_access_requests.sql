-- Subject access requests (UK GDPR article 15): received, due one calendar month later (the next working
-- day when that falls on a weekend or bank holiday), extended by up to two months with a reason, and
-- answered with a bundle whose content hash is kept with the date it was sent.
create table casework.subject_access_request (
  id               uuid primary key,
  request_number   bigserial unique,
  person_id        uuid not null,
  received_on      date not null,
  requested_by     text not null check (length(requested_by) between 1 and 300),
  on_behalf        boolean not null,
  identity_checked boolean not null,
  due_on           date not null,
  extended_to      date,
  extension_reason text check (length(extension_reason) <= 2000),
  status           text not null default 'OPEN' check (status in ('OPEN', 'SENT', 'WITHDRAWN')),
  sent_on          date,
  sent_bundle_hash text,
  version          integer not null default 0,
  created_at       timestamptz not null default now(),
  created_by       text not null,
  changed_at       timestamptz,
  changed_by       text,
  check ((extended_to is null) = (extension_reason is null)),
  check ((status = 'SENT') = (sent_on is not null and sent_bundle_hash is not null))
);
create index subject_access_request_person on casework.subject_access_request (person_id);
create index subject_access_request_open on casework.subject_access_request (due_on) where status = 'OPEN';

-- Addenda are read by their note, for the notes page and the bundle.
create index addendum_note on casework.addendum (note_id);
