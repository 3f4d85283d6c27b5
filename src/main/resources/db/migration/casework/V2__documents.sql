-- Documents on a person (letters, consent forms, other agencies' reports, photos of signed plans), kept in
-- PostgreSQL beside the record (ADR 16): one backup holds both, and a document is saved or not with its
-- details in one transaction. The file type is checked from the content, not trusted from the name.
create table casework.document (
  id             uuid primary key,
  document_number bigserial unique,
  person_id      uuid not null,
  title          text not null check (length(title) between 1 and 300),
  kind           text not null check (kind in ('LETTER', 'CONSENT', 'AGENCY_REPORT', 'CARE_PLAN', 'ASSESSMENT', 'PHOTO', 'OTHER')),
  dated_on       date not null,
  file_name      text not null check (length(file_name) between 1 and 255),
  media_type     text not null,
  size_bytes     integer not null check (size_bytes between 1 and 10485760),
  sha256         text not null,
  content        bytea not null,
  created_at     timestamptz not null default now(),
  created_by     text not null
);
create index document_person on casework.document (person_id, dated_on desc);
